import { afterEach, describe, expect, it } from 'vitest';
import { MemoryAttemptLimiter } from '../../../server/edge/attempt-limiter';
import { RedisAttemptLimiter } from '../../../server/edge/redis-attempt-limiter';
import { LockedOutError, LoginThrottle } from '../../../server/http/login-throttle';

const url = process.env.PITBOSS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const rule = { maxFailures: 3, windowMs: 60_000, lockoutMs: 120_000 };
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function node(prefix: string, redisUrl = url, limits = rule) {
  const fallback = new MemoryAttemptLimiter(limits, () => Date.now());
  const limiter = new RedisAttemptLimiter(redisUrl, limits, prefix, fallback);
  closers.push(() => limiter.close());
  return limiter;
}

const uniquePrefix = (name: string) => `pitboss:test:${process.pid}:${Date.now()}:${name}`;

describe('sign-in failures counted in Redis (real Redis)', () => {
  it('counts one key together across nodes and locks it on every node', async () => {
    const prefix = uniquePrefix('shared');
    const node1 = node(prefix);
    const node2 = node(prefix);
    expect(await node1.fail('alice@site.test')).toBe(0);
    expect(await node2.fail('alice@site.test')).toBe(0);
    // The third failure, on node 1, is the key's third in the cluster: locked.
    const locked = await node1.fail('alice@site.test');
    expect(locked).toBeGreaterThan(119_000);
    expect(locked).toBeLessThanOrEqual(120_000);
    expect(await node2.lockedFor('alice@site.test')).toBeGreaterThan(119_000);
    expect(await node1.lockedFor('bob@site.test')).toBe(0);
  });

  it('forgets a key on reset and when its window ends', async () => {
    const prefix = uniquePrefix('reset');
    const short = { maxFailures: 2, windowMs: 200, lockoutMs: 300 };
    const a = node(prefix, url, short);
    const b = node(prefix, url, short);
    await a.fail('k');
    await b.reset('k');
    expect(await a.fail('k')).toBe(0);
    await new Promise((r) => setTimeout(r, 250));
    // The window of the failure above is over: this is the first of a new one.
    expect(await b.fail('k')).toBe(0);
    expect(await a.fail('k')).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 350));
    expect(await b.lockedFor('k')).toBe(0);
  });

  it('falls back to the node own counts when Redis cannot be reached', async () => {
    const away = node(uniquePrefix('away'), 'redis://127.0.0.1:1');
    expect(await away.fail('k')).toBe(0);
    expect(await away.fail('k')).toBe(0);
    expect(await away.fail('k')).toBe(120_000);
    expect(await away.lockedFor('k')).toBeGreaterThan(0);
  });

  it('locks a sign-in through LoginThrottle.shared on a second node after failures on the first', async () => {
    const prefix = uniquePrefix('throttle');
    const limits = { maxFailuresPerEmail: 2, maxFailuresPerAddress: 100, windowMs: 60_000, lockoutMs: 60_000 };
    const first = LoginThrottle.shared(limits, () => Date.now(), url, prefix);
    const second = LoginThrottle.shared(limits, () => Date.now(), url, prefix);
    closers.push(() => first.close(), () => second.close());
    await first.failed('eve@site.test', '203.0.113.1');
    await expect(second.failed('eve@site.test', '203.0.113.2')).rejects.toBeInstanceOf(LockedOutError);
    await expect(first.check('eve@site.test', '203.0.113.3')).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(first.check('other@site.test', '203.0.113.3')).resolves.toBeUndefined();
  });
});
