import { describe, expect, it } from 'vitest';
import { durationIso, formatClock, formatDuration, languageName } from '../../../../demo/agent/format';

describe('formatDuration', () => {
  it('writes seconds, minutes and hours the short way', () => {
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(60_000)).toBe('1 min');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(formatDuration(3_600_000)).toBe('1 h');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
  });

  it('rounds a measured figure but never runs a live timer ahead', () => {
    expect(formatDuration(41_600)).toBe('42 s');
    expect(formatDuration(41_600, 'floor')).toBe('41 s');
    expect(formatDuration(59_999, 'floor')).toBe('59 s');
  });

  it('shows a negative duration (clock skew) as zero', () => {
    expect(formatDuration(-3_000)).toBe('0 s');
    expect(durationIso(-3_000)).toBe('PT0S');
  });

  it('gives machine-readable durations for <time>', () => {
    expect(durationIso(42_400)).toBe('PT42S');
  });
});

describe('formatClock', () => {
  it('shows only the time for today and adds the date for another day', () => {
    const now = new Date(2025, 5, 10, 15, 0).getTime();
    const today = formatClock(new Date(2025, 5, 10, 14, 5).getTime(), now, 'en-GB');
    const earlier = formatClock(new Date(2025, 5, 8, 14, 5).getTime(), now, 'en-GB');
    expect(today).toBe('14:05');
    expect(earlier).toContain('14:05');
    expect(earlier).toContain('2025');
  });
});

describe('languageName', () => {
  it('names the locale in English and falls back to the tag', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('pt-BR')).toBe('Brazilian Portuguese');
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
