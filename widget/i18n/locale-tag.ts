/**
 * Normalize a tag from the page (html lang, navigator.language, a casino's
 * setLocale call) to what the protocol's LocaleSchema accepts: "EN_us" → "en-us",
 * "pt-BR" stays. Returns null for anything that is not a plausible tag.
 * Part of the loader, which every page view downloads: kept short.
 */
export function normalizeLocale(tag: string | null | undefined): string | null {
  const t = tag?.trim().replace(/_/g, '-');
  return t && t.length <= 35 && /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(t) ? t.replace(/^[^-]+/, (language) => language.toLowerCase()) : null;
}

/** Most specific first: "pt-BR" → ["pt-br", "pt"]. Catalog keys are lower case. */
export function localeCandidates(locale: string): string[] {
  const parts = locale.toLowerCase().split('-');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('-'));
  return out;
}
