import type { BotLanguage } from './language';

const SEGMENTER_LOCALE: Record<BotLanguage, string> = {
  en: 'en',
  fr: 'fr',
  ar: 'ar',
  ko: 'ko',
  zh: 'zh-CN',
  es: 'es',
  de: 'de',
  pt: 'pt-BR',
  ru: 'ru',
  tr: 'tr',
};
const segmenters = new Map<BotLanguage, Intl.Segmenter>();

/**
 * Words of an already normalised text, by Unicode word boundaries. For
 * Chinese, ICU's dictionary splits 提现要多久 into 提现 / 要 / 多久, which no
 * whitespace split can do. Tokens without a letter (amounts, dates) are left
 * out: "50" says nothing about which article helps.
 */
export function segmentWords(language: BotLanguage, text: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(SEGMENTER_LOCALE[language], { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    const word = cleanWord(language, segment);
    if (word && /\p{L}/u.test(word)) words.push(word);
  }
  return words;
}

/**
 * Apostrophes: French elision drops the article (l'argent → argent, qu'une →
 * une); Turkish puts one before the suffix of a name (Kasa'da → kasa); English
 * contractions lose it (didn't → didnt) so both spellings meet.
 */
export function cleanWord(language: BotLanguage, word: string): string {
  const w = word.replace(/[’ʼ`´]/g, "'");
  if (!w.includes("'")) return w;
  if (language === 'fr') return w.replace(/^(?:qu|[ldjmntsc])'/, '').replace(/'/g, '');
  if (language === 'tr') return w.slice(0, w.indexOf("'")) || w.replace(/'/g, '');
  return w.replace(/'/g, '');
}

/** Overlapping character pairs, so 출금이 and 출금은 (or 提款申请 and 申请提款) share terms whatever the segmentation. */
export function bigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}
