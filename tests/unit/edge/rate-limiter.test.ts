import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from '../../../server/edge/rate-limiter';

describe('MemoryRateLimiter', () => {
  it('allows a burst per key, then refills at the rate', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter({ burst: 3, perSecond: 2 }, () => now);
    const takes = async (key: string, n: number) => {
      const out: boolean[] = [];
      for (let i = 0; i < n; i += 1) out.push((await limiter.take(key)).allowed);
      return out;
    };
    expect(await takes('a', 4)).toEqual([true, true, true, false]);
    expect(await takes('b', 1)).toEqual([true]);
    expect((await limiter.take('a')).retryAfterMs).toBe(500);
    now = 500;
    expect(await takes('a', 2)).toEqual([true, false]);
  });

  it('stays bounded however many keys come', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter({ burst: 2, perSecond: 1 }, () => now, 100);
    await limiter.take('busy');
    await limiter.take('busy');
    for (let i = 0; i < 99; i += 1) await limiter.take(`idle-${i}`);
    now = 10_000;
    await limiter.take('busy');
    for (let i = 0; i < 500; i += 1) await limiter.take(`sweep-${i}`);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});
