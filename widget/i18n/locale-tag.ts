/**
 * Normalize a tag from the page (html lang, navigator.language, a casino's
 * setLocale call) to what the protocol's LocaleSchema accepts: "EN_us" → "en-us",
 * "pt-BR" stays. Returns null for anything that is not a plausible tag.
 */
export function normalizeLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, '-').split('-');
  const language = parts[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  const rest = parts.slice(1).filter((p) => /^[A-Za-z0-9]{2,8}$/.test(p));
  return [language, ...rest].join('-').slice(0, 35);
}

/** Most specific first: "pt-BR" → ["pt-br", "pt"]. Catalog keys are lower case. */
export function localeCandidates(locale: string): string[] {
  const parts = locale.toLowerCase().split('-');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('-'));
  return out;
}
