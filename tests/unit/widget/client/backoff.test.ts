import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../../widget/client/backoff';

describe('backoffDelay', () => {
  const extremes = [() => 0, () => 0.5, () => 0.999_999_9];

  it('always waits between 0 and the cap, however many attempts failed', () => {
    for (const random of extremes) {
      for (const attempt of [...Array.from({ length: 64 }, (_, i) => i), 1_000, 1_000_000]) {
        const delay = backoffDelay(attempt, 500, 15_000, random);
        expect(Number.isFinite(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(15_000);
      }
    }
  });

  it('doubles its ceiling per attempt until the cap (full jitter below it)', () => {
    const top = () => 0.999_999_9;
    expect([0, 1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, 500, 15_000, top))).toEqual([499, 999, 1999, 3999, 7999, 14999, 14999]);
    expect(backoffDelay(3, 500, 15_000, () => 0.25)).toBe(1000);
  });

  it('spreads clients out instead of bringing them back in the same millisecond', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(6, 500, 15_000)));
    expect(delays.size).toBeGreaterThan(25);
  });
});
