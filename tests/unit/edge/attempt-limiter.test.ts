import { describe, expect, it } from 'vitest';
import { MemoryAttemptLimiter } from '../../../server/edge/attempt-limiter';

describe('MemoryAttemptLimiter', () => {
  const rule = { maxFailures: 3, windowMs: 60_000, lockoutMs: 120_000 };

  it('locks a key after maxFailures within the window, for lockoutMs', async () => {
    let now = 0;
    const limiter = new MemoryAttemptLimiter(rule, () => now);
    expect(await limiter.fail('k')).toBe(0);
    expect(await limiter.fail('k')).toBe(0);
    expect(await limiter.fail('k')).toBe(120_000);
    now = 119_000;
    expect(await limiter.lockedFor('k')).toBe(1_000);
    expect(await limiter.lockedFor('other')).toBe(0);
    now = 120_000;
    expect(await limiter.lockedFor('k')).toBe(0);
  });

  it('forgets failures older than the window and on reset', async () => {
    let now = 0;
    const limiter = new MemoryAttemptLimiter(rule, () => now);
    await limiter.fail('k');
    await limiter.fail('k');
    now = 60_000;
    expect(await limiter.fail('k')).toBe(0);
    await limiter.fail('k');
    await limiter.reset('k');
    expect(await limiter.fail('k')).toBe(0);
  });
});
