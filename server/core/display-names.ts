/**
 * Names chosen by people (a player's casino nickname, passed on by the casino
 * backend) are shown to agents beside other text. Invisible controls in them
 * can make one name pass for another or reorder what is around it:
 * right-to-left overrides ("\u202Egnp.exe" reads "exe.png"), isolates and
 * marks, zero-width spaces that make "admin" and "ad\u200Bmin" two names.
 * They are dropped before a name is stored; the panels also isolate every
 * name they show (`<bdi>`), so a right-to-left name cannot pull the text
 * after it around either.
 *
 * Joiners (ZWJ, ZWNJ) are kept between non-Latin characters, where Persian,
 * Indic scripts and emoji sequences need them, and dropped next to ASCII,
 * where they only serve to look alike.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const JOINER_BY_ASCII = /(?<=[\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\x00-\x7f])|^[\u200c\u200d]+|[\u200c\u200d]+$/g;

export function cleanDisplayName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const cleaned = name
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, '').replace(JOINER_BY_ASCII, '').replace(/\s+/g, ' ').trim();
  return cleaned.length > 0 ? cleaned : null;
}
