import { describe, expect, it } from 'vitest';
import { LockedOutError, LoginThrottle } from '../../../server/http/login-throttle';

describe('LoginThrottle', () => {
  const limits = { maxFailuresPerEmail: 2, maxFailuresPerAddress: 3, windowMs: 60_000, lockoutMs: 90_000 };

  it('locks by email and by address, and tells how long', async () => {
    let now = 0;
    const throttle = LoginThrottle.inMemory(limits, () => now);
    await throttle.failed('a@x.test', '198.51.100.1');
    const locked = await throttle.failed('a@x.test', '198.51.100.1').catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(LockedOutError);
    expect(locked).toMatchObject({ code: 'rate_limited', retryAfterMs: 90_000, message: 'Too many failed sign-ins. Try again in 2 minutes.' });
    await expect(throttle.check('a@x.test', '203.0.113.5')).rejects.toBeInstanceOf(LockedOutError);
    // The address has two failures of three: another email may still try from it.
    await expect(throttle.check('b@x.test', '198.51.100.1')).resolves.toBeUndefined();
    await expect(throttle.failed('b@x.test', '198.51.100.1')).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(throttle.check('c@x.test', '198.51.100.1')).rejects.toBeInstanceOf(LockedOutError);
    now = 60_000;
    await expect(throttle.check('a@x.test', '203.0.113.5')).rejects.toMatchObject({ message: 'Too many failed sign-ins. Try again in 1 minute.' });
  });

  it('clears the email on success but not the address', async () => {
    const throttle = LoginThrottle.inMemory(limits, () => 0);
    await throttle.failed('a@x.test', '198.51.100.1');
    await throttle.succeeded('a@x.test');
    await throttle.failed('a@x.test', '198.51.100.1');
    await expect(throttle.failed('z@x.test', '198.51.100.1')).rejects.toMatchObject({ code: 'rate_limited' });
  });
});
