import { describe, expect, it } from 'vitest';
import { cleanDisplayName } from '../../../server/core/display-names';

describe('cleanDisplayName', () => {
  it('drops bidi overrides, isolates and marks', () => {
    expect(cleanDisplayName('Ann\u202Egnp.exe')).toBe('Anngnp.exe');
    expect(cleanDisplayName('\u2067Marco\u2069 \u200FRossi\u200E')).toBe('Marco Rossi');
    expect(cleanDisplayName('a\u061Cb\u202Ac\u202Bd\u202Ce\u202Df')).toBe('abcdef');
  });

  it('drops zero-width spaces and joiners that only make Latin names look alike', () => {
    expect(cleanDisplayName('ad\u200Bmin')).toBe('admin');
    expect(cleanDisplayName('sup\u200Dport\u2060')).toBe('support');
    expect(cleanDisplayName('\uFEFFAlice\u00AD')).toBe('Alice');
    expect(cleanDisplayName('\u200DBob\u200C')).toBe('Bob');
  });

  it('keeps joiners inside scripts and emoji that need them', () => {
    expect(cleanDisplayName('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanDisplayName('👨\u200D👩\u200D👧 family')).toBe('👨\u200D👩\u200D👧 family');
  });

  it('collapses control characters and whitespace, and gives null for a name that was only invisible', () => {
    expect(cleanDisplayName('  Jean\n\tDupont\u0000 ')).toBe('Jean Dupont');
    expect(cleanDisplayName('\u200B\u202E\u2066')).toBeNull();
    expect(cleanDisplayName(null)).toBeNull();
    expect(cleanDisplayName('محمد')).toBe('محمد');
  });
});
