import type { BotLanguage } from './language';

/** Locale for case mapping: Turkish lowercases I to ı and İ to i, which the default mapping gets wrong. */
const CASE_LOCALE: Partial<Record<BotLanguage, string>> = { tr: 'tr', de: 'de', fr: 'fr', es: 'es', pt: 'pt', ru: 'ru', en: 'en' };

/**
 * One form for every way a player may type a word: NFKC (full-width forms,
 * presentation forms), lowercase in the language's rules, accents folded in
 * Latin script (players often type without them: "depot", "sifre",
 * "verificacion"), Arabic letter variants unified, ё as е.
 */
export function normalizeText(language: BotLanguage, text: string): string {
  const lowered = text.normalize('NFKC').toLocaleLowerCase(CASE_LOCALE[language] ?? 'en');
  return foldLatin(normalizeArabic(lowered)).replace(/ё/g, 'е');
}

/** Strip accents from Latin letters (and any stray combining mark, e.g. the dot left by lowercasing İ outside Turkish). */
export function foldLatin(text: string): string {
  return text.replace(/[\p{Script=Latin}\p{M}]+/gu, (run) =>
    run
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/œ/g, 'oe')
      .replace(/ø/g, 'o')
      .replace(/ł/g, 'l')
      .replace(/đ/g, 'd')
      .replace(/ı/g, 'i'),
  );
}

/**
 * Arabic as people type it: with or without diacritics and tatweel, hamza
 * forms of alef written as bare alef, final yeh written as alef maqsura (and
 * back), taa marbuta as heh, Persian yeh and kaf from some keyboards, and
 * Arabic-Indic digits.
 */
export function normalizeArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // آ أ إ ٱ → ا
    .replace(/[\u0649\u06CC]/g, '\u064A') // ى ی → ي
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/\u0624/g, '\u0648') // ؤ → و
    .replace(/\u0626/g, '\u064A') // ئ → ي
    .replace(/\u06A9/g, '\u0643') // ک → ك
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
