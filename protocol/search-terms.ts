/**
 * What a transcript text search means, decided once for both stores (SQLite
 * FTS5 and PostgreSQL full-text must find the same conversations) and for the
 * panel that marks the hits in a matching line:
 *
 * - every term must occur somewhere in the conversation, each in one message;
 * - a term is a word, or a "quoted phrase" whose words follow one another;
 * - a word matches the start of a word ("withdraw" finds "withdrawals"), a
 *   number only the whole number ("50" is not "500"), case aside;
 * - punctuation separates words ("e-wallet" is the phrase "e wallet");
 * - a term in a script written without spaces (Chinese, Japanese, Thai, ...)
 *   matches anywhere in a message's text, as neither index splits such runs.
 */
export type SearchTerm =
  | { kind: 'words'; words: string[]; raw: string }
  | { kind: 'substring'; text: string };

/** More terms than an agent types; bounds the query the store runs. */
export const MAX_SEARCH_TERMS = 8;
const MAX_WORDS_PER_TERM = 16;

// The same token characters as the SQLite FTS5 tokenizer's `categories 'L* N* Co M*'` (server/store/migrations.ts).
const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const NUMBER = /^\p{N}+$/u;

export function searchTerms(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const [, phrase, bare] of query.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const raw = (phrase ?? bare ?? '').trim();
    if (UNSPACED_SCRIPT.test(raw)) {
      terms.push({ kind: 'substring', text: raw });
    } else {
      const words = (raw.match(WORD) ?? []).slice(0, MAX_WORDS_PER_TERM).map((w) => w.toLowerCase());
      if (words.length > 0) terms.push({ kind: 'words', words, raw });
    }
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/** A word of a query matches a word of the text from its start; a number only whole. */
export function wordMatches(queryWord: string, textWord: string): boolean {
  return isNumber(queryWord) ? textWord === queryWord : textWord.startsWith(queryWord);
}

/** The words of a text, lower-cased, with where each starts and ends. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
}

/** Whether a query word matches only whole words (a number) or word starts. */
export function isNumber(word: string): boolean {
  return NUMBER.test(word);
}
