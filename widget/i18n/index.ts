import { en } from './en';
import { localeCandidates } from './locale-tag';
import type { Messages } from './messages';

export type { Messages } from './messages';

/**
 * The panel's catalogs. English ships inside the panel bundle as the
 * fallback; every other locale is its own chunk, fetched when chosen.
 * Keys are lower case (see localeCandidates); "zh" and "pt" alone get the
 * variant we have rather than English.
 */
const catalogs: Record<string, () => Promise<{ default: Partial<Messages> }>> = {
  en: () => Promise.resolve({ default: en }),
  fr: () => import('./fr'),
  ar: () => import('./ar'),
  ko: () => import('./ko'),
  'zh-cn': () => import('./zh-CN'),
  zh: () => import('./zh-CN'),
  es: () => import('./es'),
  de: () => import('./de'),
  'pt-br': () => import('./pt-BR'),
  pt: () => import('./pt-BR'),
  ru: () => import('./ru'),
  tr: () => import('./tr'),
};

export const fallbackMessages: Messages = en;

/** A catalog with English for whatever it lacks, so a forgotten key shows English, never "undefined". */
export function withFallback(catalog: Partial<Messages>): Messages {
  return { ...en, ...catalog, topics: { ...en.topics, ...catalog.topics } };
}

/** The most specific catalog we have for `locale`, English when none matches or loading fails. */
export async function loadMessages(locale: string, available = catalogs): Promise<Messages> {
  for (const candidate of localeCandidates(locale)) {
    const load = available[candidate];
    if (!load) continue;
    try {
      const catalog = (await load()).default;
      return catalog === en ? en : withFallback(catalog);
    } catch {
      break;
    }
  }
  return en;
}
