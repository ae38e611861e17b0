import { describe, expect, it } from 'vitest';
import { hitRanges, matchExcerpt } from '../../../../demo/agent/transcripts/match-excerpt';

const marked = (text: string, query: string, max?: number) =>
  matchExcerpt(text, query, max)
    .map((p) => (p.hit ? `[${p.text}]` : p.text))
    .join('');

describe('the matching line of a transcript search', () => {
  it('marks words from their start, numbers whole, phrases as one run, case aside', () => {
    expect(marked('My Withdrawals of 500 EUR and 50 EUR are pending', 'withdraw 50 pend')).toBe('My [Withdrawals] of 500 EUR and [50] EUR are [pending]');
    expect(marked('Where is my free spins bonus? Free spins again', '"free spins"')).toBe('Where is my [free spins] bonus? [Free spins] again');
    expect(marked('Where is my free spins bonus?', '"spins free"')).toBe('Where is my free spins bonus?');
    expect(marked('It went to my e-wallet, ana@mail.test', 'e-wallet ana@mail.test')).toBe('It went to my [e-wallet], [ana@mail.test]');
  });

  it('marks text in unspaced scripts where it occurs, and words in Korean and Arabic', () => {
    expect(marked('我的提款还没到账，提款', '提款')).toBe('我的[提款]还没到账，[提款]');
    expect(marked('출금이 안돼요', '출금')).toBe('[출금이] 안돼요');
    expect(marked('السحب معلق منذ يومين', 'السحب')).toBe('[السحب] معلق منذ يومين');
  });

  it('shows a long line around its first hit, cut at a space, with ellipses', () => {
    const long = `${'Hello there, this is a long opening that goes on. '.repeat(4)}Then my withdrawal stalled and ${'nothing happened after it. '.repeat(6)}`;
    const text = marked(long, 'withdrawal', 120);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('[withdrawal]');
    expect(text.length).toBeLessThanOrEqual(120 + 4);
    // Cut at a space, not inside a word.
    expect(text.slice(1, 2)).not.toBe(' ');
    expect(long).toContain(text.slice(1, 10));
  });

  it('merges overlapping hits and finds none for a query without words', () => {
    expect(hitRanges('free spins', 'free "free spins"')).toEqual([[0, 10]]);
    expect(hitRanges('free spins', '" * %%')).toEqual([]);
  });
});
