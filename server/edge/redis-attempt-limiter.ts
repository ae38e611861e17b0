import { Redis } from 'ioredis';
import type { AttemptLimiter, AttemptRule } from './attempt-limiter';

/**
 * The sign-in lockout of MemoryAttemptLimiter, counted in Redis so that every
 * node of a cluster counts one email or client address together: N nodes
 * behind a load balancer must not allow N× the guesses. Two keys per counted
 * key: the failures of the current window (expiring with the window, which
 * starts at its first failure) and the lock (expiring when it ends). Expiry is
 * Redis's own, so nodes' clocks do not matter.
 *
 * If Redis cannot be reached the node falls back to its own memory counts:
 * failing open would lift the throttle for everyone during an outage, failing
 * closed would lock every agent out of the floor.
 */
const FAIL = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n >= tonumber(ARGV[1]) then
  redis.call('DEL', KEYS[1])
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return tonumber(ARGV[3])
end
local locked = redis.call('PTTL', KEYS[2])
if locked > 0 then return locked end
return 0
`;

export class RedisAttemptLimiter implements AttemptLimiter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly rule: AttemptRule,
    private readonly prefix: string,
    private readonly fallback: AttemptLimiter,
  ) {
    // A sign-in waits at most this long for Redis before the node's own counts answer.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 500 });
    // An outage is handled per call (the fallback); without a listener ioredis prints every reconnect failure.
    this.redis.on('error', () => {});
  }

  async lockedFor(key: string): Promise<number> {
    try {
      return Math.max(0, await this.redis.pttl(this.lockKey(key)));
    } catch {
      return this.fallback.lockedFor(key);
    }
  }

  async fail(key: string): Promise<number> {
    try {
      const locked = await this.redis.eval(FAIL, 2, this.failuresKey(key), this.lockKey(key), String(this.rule.maxFailures), String(this.rule.windowMs), String(this.rule.lockoutMs));
      return Math.max(0, Number(locked));
    } catch {
      return this.fallback.fail(key);
    }
  }

  async reset(key: string): Promise<void> {
    await this.fallback.reset(key);
    try {
      await this.redis.del(this.failuresKey(key));
    } catch {
      // The window expires on its own; a success must not fail because Redis is away.
    }
  }

  close(): void {
    this.redis.disconnect();
  }

  private failuresKey(key: string): string {
    return `${this.prefix}:failures:${key}`;
  }

  private lockKey(key: string): string {
    return `${this.prefix}:lock:${key}`;
  }
}
