import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_TERMS, searchTerms } from '../../../protocol';
import { fts5Query, tsQuery } from '../../../server/store/message-search';

describe('searchTerms', () => {
  it('splits words and quoted phrases, lower-cases words and keeps unspaced scripts whole', () => {
    expect(searchTerms('  Bonus "FREE spins" e-wallet 提款 ')).toEqual([
      { kind: 'words', words: ['bonus'], raw: 'Bonus' },
      { kind: 'words', words: ['free', 'spins'], raw: 'FREE spins' },
      { kind: 'words', words: ['e', 'wallet'], raw: 'e-wallet' },
      { kind: 'substring', text: '提款' },
    ]);
  });

  it('keeps a Hindi or Arabic word whole across its vowel signs', () => {
    expect(searchTerms('नमस्ते السَّحب')).toEqual([
      { kind: 'words', words: ['नमस्ते'], raw: 'नमस्ते' },
      { kind: 'words', words: ['السَّحب'], raw: 'السَّحب' },
    ]);
  });

  it('drops terms without a word and stops at the cap', () => {
    expect(searchTerms('" * %% -- :*')).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(searchTerms(many).map((t) => (t.kind === 'words' ? t.words[0] : ''))).toEqual(Array.from({ length: MAX_SEARCH_TERMS }, (_, i) => `w${i}`));
  });
});

describe('index query text', () => {
  it('quotes every word, prefixes words and not numbers, and joins a phrase in order', () => {
    expect(fts5Query(['free', 'spins', '50'])).toBe('"free"* + "spins"* + "50"');
    expect(tsQuery(['free', 'spins', '50'])).toBe("'free':* <-> 'spins':* <-> '50'");
  });
});
