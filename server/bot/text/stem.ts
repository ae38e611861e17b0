import type { BotLanguage } from './language';

/**
 * Light stemmers: strip inflections so "retraits" meets "retrait" and
 * "выводом" meets "вывод", and no more. Aggressive stemmers merge words a
 * casino FAQ must keep apart; prefix and fuzzy search cover the rest.
 * Input is normalised (lowercase, accents folded).
 */
export function stem(language: BotLanguage, word: string): string {
  switch (language) {
    case 'en':
      return stemEnglish(word);
    case 'fr':
      return stripLongest(word, FRENCH, 4);
    case 'es':
    case 'pt':
      return stripLongest(word, IBERIAN, 4);
    case 'de':
      return stripLongest(word, GERMAN, 4);
    case 'ru':
      return stripLongest(stripLongest(word, ['ся', 'сь'], 4), RUSSIAN, 3);
    case 'tr':
      // Turkish stacks suffixes (hesabımdaki); the first five letters are a well-known, robust stem for search.
      return [...word].slice(0, 5).join('');
    case 'ar':
      return stemArabic(word);
    case 'ko':
      return stripLongest(word, KOREAN_PARTICLES, 1);
    case 'zh':
      return word;
  }
}

const FRENCH = ['ements', 'ement', 'ees', 'ee', 'es', 'er', 'ez', 'e', 's', 'x'];
const IBERIAN = ['oes', 'aes', 'es', 'as', 'os', 's', 'a', 'o', 'e'];
const GERMAN = ['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'];
const RUSSIAN = [
  'иями', 'ями', 'ами', 'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'иях', 'ях', 'ах', 'ия', 'ие', 'ий', 'ый', 'ой', 'ей', 'ая', 'яя', 'ое', 'ее',
  'ые', 'ую', 'юю', 'ом', 'ем', 'ам', 'ям', 'ов', 'ев', 'ть', 'ти', 'ешь', 'ет', 'ют', 'ут', 'ит', 'ат', 'ят', 'ла', 'ло', 'ли', 'а', 'я', 'ы', 'и',
  'у', 'ю', 'е', 'о', 'ь', 'й',
];
const KOREAN_PARTICLES = ['에서는', '으로는', '에서', '에게', '한테', '까지', '부터', '으로', '이랑', '하고', '은', '는', '이', '가', '을', '를', '에', '로', '와', '과', '도', '만', '의', '요'];

function stripLongest(word: string, suffixes: readonly string[], minStem: number): string {
  let best = '';
  for (const suffix of suffixes) {
    if (suffix.length > best.length && word.endsWith(suffix) && [...word].length - [...suffix].length >= minStem) best = suffix;
  }
  return best ? word.slice(0, word.length - best.length) : word;
}

function stemEnglish(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/** After Larkey's light10: the article and attached conjunctions/prepositions in front, common endings behind. */
const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const AR_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
function stemArabic(word: string): string {
  let w = word;
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  for (const prefix of AR_PREFIXES) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 2) {
      w = w.slice(prefix.length);
      break;
    }
  }
  for (const suffix of AR_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 2) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}
