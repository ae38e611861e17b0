import { en } from './en';
import { localeCandidates } from './locale-tag';
import type { Messages } from './messages';

export type { Messages } from './messages';

/**
 * Locales the panel can show. English ships inside the panel bundle as the
 * fallback; every other locale becomes its own chunk, loaded when chosen:
 *   fr: () => import('./fr'),
 */
const catalogs: Record<string, () => Promise<{ default: Messages }>> = {
  en: () => Promise.resolve({ default: en }),
};

export const fallbackMessages: Messages = en;

/** The most specific catalog we have for `locale`, English when none matches or loading fails. */
export async function loadMessages(locale: string): Promise<Messages> {
  for (const candidate of localeCandidates(locale)) {
    const load = catalogs[candidate];
    if (!load) continue;
    try {
      return (await load()).default;
    } catch {
      break;
    }
  }
  return en;
}
