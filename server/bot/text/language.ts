/** The languages the bot analyses; a locale maps to one of them (pt-BR → pt, zh-CN → zh). */
export const BOT_LANGUAGES = ['en', 'fr', 'ar', 'ko', 'zh', 'es', 'de', 'pt', 'ru', 'tr'] as const;
export type BotLanguage = (typeof BOT_LANGUAGES)[number];

/** The widget's locales, each with a text in the demo FAQ. */
export const BOT_LOCALES = ['en', 'fr', 'ar', 'ko', 'zh-CN', 'es', 'de', 'pt-BR', 'ru', 'tr'] as const;

/** The primary subtag when we analyse that language; English otherwise (the FAQ's fallback text). */
export function languageOf(locale: string): BotLanguage {
  const primary = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return (BOT_LANGUAGES as readonly string[]).includes(primary) ? (primary as BotLanguage) : 'en';
}

/** Scripts written without spaces between words (or with particles glued to them), matched by substring. */
export function isSubstringLanguage(language: BotLanguage): boolean {
  return language === 'zh' || language === 'ko';
}
