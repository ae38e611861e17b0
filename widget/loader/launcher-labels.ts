import { localeCandidates, normalizeLocale } from '../i18n/locale-tag';

/**
 * The only words the loader shows, per supported locale. Kept here rather
 * than in widget/i18n so that every page view does not download the panel's
 * strings; the panel supplies the longer "Open chat, 2 unread messages".
 */
export interface LauncherLabels {
  open: string;
  close: string;
}

/** [open, close]: arrays, not objects, because every page view downloads this table. */
const LABELS: Record<string, [string, string]> = {
  en: ['Open chat', 'Close chat'],
  fr: ['Ouvrir la discussion', 'Fermer la discussion'],
  ar: ['فتح المحادثة', 'إغلاق المحادثة'],
  ko: ['채팅 열기', '채팅 닫기'],
  'zh-cn': ['打开聊天', '关闭聊天'],
  es: ['Abrir el chat', 'Cerrar el chat'],
  de: ['Chat öffnen', 'Chat schließen'],
  'pt-br': ['Abrir o chat', 'Fechar o chat'],
  ru: ['Открыть чат', 'Закрыть чат'],
  tr: ['Sohbeti aç', 'Sohbeti kapat'],
};
/** A bare language gets the variant we have ("pt" → "pt-br", "zh-TW" → "zh-cn"). */
const ALIASES: Record<string, string> = { pt: 'pt-br', zh: 'zh-cn' };

function supported(locale: string): string | null {
  for (const candidate of localeCandidates(locale)) {
    const key = LABELS[candidate] ? candidate : ALIASES[candidate];
    if (key) return key;
  }
  return null;
}

export function launcherLabels(locale: string): LauncherLabels {
  const [open, close] = LABELS[supported(locale) ?? 'en']!;
  return { open, close };
}

/**
 * The first tag we have a translation for, in the order given (script
 * data-locale, the page's lang, the browser's languages); failing that the
 * page's own tag (the conversation is still in its language), then English.
 */
export function pickLocale(tags: readonly (string | null | undefined)[]): string {
  const normalized = tags.map(normalizeLocale).filter((t): t is string => t !== null);
  return normalized.find((tag) => supported(tag) !== null) ?? normalized[0] ?? 'en';
}
