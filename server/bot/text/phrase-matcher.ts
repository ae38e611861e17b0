import { isSubstringLanguage, type BotLanguage } from './language';
import { normalizeText } from './normalize';
import { cleanWord } from './segment';
import { stem } from './stem';

/** A word of the text being matched: as typed (normalised) and its stem. */
export interface Token {
  raw: string;
  stem: string;
}

interface PatternWord {
  text: string;
  stem: string;
  prefix: boolean;
  infix: boolean;
}

interface Pattern {
  label: string;
  words: PatternWord[];
  /** For substring languages: the entry without spaces. */
  compact: string;
}

/** What matched: labels per token position (word languages) and the labels found in the running text (substring languages). */
export interface PhraseMatches {
  byToken: Set<string>[];
  inText: string[];
  /** Characters of the compact text explained by a phrase (substring languages). */
  coveredChars: boolean[];
}

/**
 * Finds lexicon phrases in a text: multi-word phrases first, each consuming
 * its words so "free spins" is not also a bare "spin", then single words,
 * which may carry several labels ("einzahlungslimit" is deposit and limit).
 * Words of five letters or more also match with one typo (two from nine), in
 * alphabetic scripts, so "withdrawl" and "pasword" still count.
 */
export class PhraseMatcher {
  private readonly patterns: Pattern[];
  /** Pattern positions by the first letter of their first word; infix patterns can match any word. */
  private readonly byFirstLetter = new Map<string, number[]>();
  private readonly infixes: number[] = [];

  constructor(
    private readonly language: BotLanguage,
    entries: readonly (readonly [label: string, phrase: string])[],
    /** Off for another language's words: "poner" is a Spanish verb, not a typo of "poker". */
    private readonly typos = true,
  ) {
    this.patterns = entries
      .map(([label, phrase]) => compile(language, label, phrase))
      .filter((p): p is Pattern => p !== null)
      .sort((a, b) => b.words.length - a.words.length || b.compact.length - a.compact.length);
    this.patterns.forEach((pattern, index) => {
      const first = pattern.words[0]!;
      if (first.infix) return this.infixes.push(index);
      for (const letter of new Set([first.text[0]!, first.stem[0]!])) {
        const list = this.byFirstLetter.get(letter) ?? [];
        list.push(index);
        this.byFirstLetter.set(letter, list);
      }
    });
  }

  /** Patterns whose first word could match this token: exact, stem and typo matches all share the first letter. */
  private candidates(token: Token): number[] {
    const found = new Set(this.infixes);
    for (const letter of [token.raw[0], token.stem[0]]) for (const index of (letter && this.byFirstLetter.get(letter)) || []) found.add(index);
    return [...found].sort((a, b) => a - b);
  }

  match(tokens: readonly Token[], compactText: string): PhraseMatches {
    const byToken = tokens.map(() => new Set<string>());
    const inText: string[] = [];
    const coveredChars = [...compactText].map(() => false);
    if (isSubstringLanguage(this.language)) {
      this.matchSubstrings(compactText, inText, coveredChars);
      return { byToken, inText, coveredChars };
    }
    const consumed = tokens.map(() => false);
    const candidates = tokens.map((t) => this.candidates(t));
    // Multi-word phrases first, longest first (the patterns' order), each taking its words.
    const starts: [pattern: number, at: number][] = [];
    candidates.forEach((list, at) => list.forEach((p) => this.patterns[p]!.words.length > 1 && starts.push([p, at])));
    starts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [p, at] of starts) {
      const pattern = this.patterns[p]!;
      const n = pattern.words.length;
      if (at + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = !consumed[at + k] && wordMatches(pattern.words[k]!, tokens[at + k]!, this.typos);
      if (!ok) continue;
      for (let k = 0; k < n; k++) {
        byToken[at + k]!.add(pattern.label);
        consumed[at + k] = true;
      }
    }
    candidates.forEach((list, at) => {
      if (consumed[at]) return;
      for (const p of list) {
        const pattern = this.patterns[p]!;
        if (pattern.words.length === 1 && wordMatches(pattern.words[0]!, tokens[at]!, this.typos)) byToken[at]!.add(pattern.label);
      }
    });
    return { byToken, inText, coveredChars };
  }

  private matchSubstrings(text: string, found: string[], covered: boolean[]): void {
    const chars = [...text];
    for (const pattern of this.patterns) {
      const needle = [...pattern.compact];
      if (needle.length === 0) continue;
      for (let i = 0; i + needle.length <= chars.length; i++) {
        let ok = true;
        for (let k = 0; k < needle.length && ok; k++) ok = chars[i + k] === needle[k] && !covered[i + k];
        if (!ok) continue;
        found.push(pattern.label);
        for (let k = 0; k < needle.length; k++) covered[i + k] = true;
        i += needle.length - 1;
      }
    }
  }
}

function compile(language: BotLanguage, label: string, phrase: string): Pattern | null {
  const normalized = normalizeText(language, phrase);
  const words: PatternWord[] = [];
  for (const part of normalized.split(/[\s-]+/)) {
    if (!part) continue;
    const infix = part.length > 2 && part.startsWith('*') && part.endsWith('*');
    const prefix = !infix && part.endsWith('*');
    const core = cleanWord(language, part.replace(/^\*|\*$/g, ''));
    if (!core) continue;
    words.push({ text: core, stem: stem(language, core), prefix, infix });
  }
  if (words.length === 0) return null;
  return { label, words, compact: words.map((w) => w.text).join('') };
}

const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u;

function wordMatches(pattern: PatternWord, token: Token, typos: boolean): boolean {
  if (pattern.infix) return token.raw.includes(pattern.text);
  if (pattern.prefix) {
    if (token.raw.startsWith(pattern.text) || token.stem.startsWith(pattern.text)) return true;
    // Six letters at least: a typo in a short prefix matches the start of too many words ("black|jack" for block*).
    if (!typos || pattern.text.length < 6 || !fuzzyAllowed(pattern.text, token.raw)) return false;
    const budget = typoBudget(pattern.text);
    const len = pattern.text.length;
    for (let cut = len - budget; cut <= len + budget; cut++) {
      // A prefix shorter than the entry only counts as a whole word ("pasword" for password*), never as
      // the start of a longer one ("cash|out" is not "crash*").
      if (cut < len && cut !== token.raw.length) continue;
      if (cut <= token.raw.length && editDistance(token.raw.slice(0, cut), pattern.text, budget) <= budget) return true;
    }
    return false;
  }
  if (token.raw === pattern.text || token.stem === pattern.stem) return true;
  return typos && fuzzyAllowed(pattern.text, token.raw) && editDistance(token.raw, pattern.text, typoBudget(pattern.text)) <= typoBudget(pattern.text);
}

/** Typos seldom hit the first letter; requiring it keeps "pendente" from passing for "atendente". */
function fuzzyAllowed(pattern: string, word: string): boolean {
  return pattern.length >= 5 && word.length >= 4 && pattern[0] === word[0] && ALPHABETIC.test(pattern) && ALPHABETIC.test(word);
}

function typoBudget(pattern: string): number {
  return pattern.length >= 9 ? 2 : 1;
}

/** Damerau-Levenshtein (optimal string alignment) with an early exit once above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}
