import { searchTerms, wordMatches, wordsOf } from '../../../protocol';

/** A piece of an excerpt: `hit` marks what the search matched. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

const CONTEXT_BEFORE = 40;

/**
 * Where a transcript search's terms hit in one line, by the same rules the
 * store searched with (protocol/search-terms.ts): a word or phrase marks the
 * run of words it matched, text in unspaced scripts each place it occurs.
 */
export function hitRanges(text: string, query: string): [number, number][] {
  const ranges: [number, number][] = [];
  const words = wordsOf(text);
  const lower = text.toLowerCase();
  for (const term of searchTerms(query)) {
    if (term.kind === 'substring') {
      const needle = term.text.toLowerCase();
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
      continue;
    }
    for (let i = 0; i + term.words.length <= words.length; i++) {
      if (term.words.every((w, j) => wordMatches(w, words[i + j]!.word))) ranges.push([words[i]!.start, words[i + term.words.length - 1]!.end]);
    }
  }
  return merge(ranges);
}

/**
 * At most `maxChars` of the line around its first hit, hits marked: what a
 * results table can show of a long message. Cut at spaces where it can be.
 */
export function matchExcerpt(text: string, query: string, maxChars = 160): ExcerptPart[] {
  const ranges = hitRanges(text, query);
  let start = 0;
  let end = text.length;
  if (text.length > maxChars) {
    const first = ranges[0]?.[0] ?? 0;
    start = Math.max(0, Math.min(first - CONTEXT_BEFORE, text.length - maxChars));
    const space = text.indexOf(' ', start);
    if (start > 0 && space >= 0 && space < first) start = space + 1;
    end = Math.min(text.length, start + maxChars);
  }
  const parts: ExcerptPart[] = [];
  const push = (from: number, to: number, hit: boolean) => {
    if (to > from) parts.push({ text: text.slice(from, to), hit });
  };
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    push(at, Math.max(at, from), false);
    push(Math.max(at, from), Math.min(to, end), true);
    at = Math.min(to, end);
  }
  push(at, end, false);
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
