import { afterEach, describe, expect, it } from 'vitest';
import { RedisRateLimiter } from '../../../server/edge/redis-rate-limiter';

const url = process.env.PITBOSS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const limiters: RedisRateLimiter[] = [];
afterEach(() => {
  for (const l of limiters.splice(0)) l.close();
});

function limiter(prefix: string, burst: number, perSecond: number) {
  const l = new RedisRateLimiter(url, { burst, perSecond }, prefix);
  limiters.push(l);
  return l;
}

describe('rate limits shared through Redis (real Redis)', () => {
  it('lets the burst through, refuses the next take, and refills with time', async () => {
    const prefix = `pitboss:test:${process.pid}:${Date.now()}`;
    const l = limiter(prefix, 3, 10);
    const first = await Promise.all([1, 2, 3].map(() => l.take('203.0.113.9')));
    expect(first.every((d) => d.allowed)).toBe(true);
    expect(await l.take('203.0.113.9')).toMatchObject({ allowed: false, retryAfterMs: 100 });
    // Another address has its own bucket.
    expect((await l.take('198.51.100.4')).allowed).toBe(true);
    await new Promise((r) => setTimeout(r, 250));
    expect((await l.take('203.0.113.9')).allowed).toBe(true);
  });

  it('counts one address together across nodes', async () => {
    const prefix = `pitboss:test:${process.pid}:${Date.now()}:shared`;
    const node1 = limiter(prefix, 4, 0.001);
    const node2 = limiter(prefix, 4, 0.001);
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await (i % 2 ? node2 : node1).take('203.0.113.7'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, false, false]);
  });
});
