import { Redis } from 'ioredis';
import type { Rate } from '../config/edge';
import type { LimitDecision, RateLimiter } from './rate-limiter';

/**
 * The same token buckets as MemoryRateLimiter, kept in Redis so that every
 * node of a cluster counts one client address together (a flood spread over
 * nodes by the load balancer is still one flood). One Lua call per take:
 * refill by elapsed time (Redis's own clock, so nodes' clocks do not matter),
 * take a token if there is one, expire the key once it would be full again.
 */
const TAKE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2]) / 1000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + (now - at) * per_ms)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / per_ms) + 1000)
return allowed
`;

export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly rate: Rate,
    private readonly prefix = 'pitboss:rate',
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1 });
  }

  async take(key: string): Promise<LimitDecision> {
    try {
      const allowed = await this.redis.eval(TAKE, 1, `${this.prefix}:${key}`, String(this.rate.burst), String(this.rate.perSecond));
      return allowed === 1 ? { allowed: true, retryAfterMs: 0 } : { allowed: false, retryAfterMs: Math.ceil(1000 / this.rate.perSecond) };
    } catch {
      // Redis unreachable: fail open (the per-socket bucket still limits each socket) rather than refuse every player.
      return { allowed: true, retryAfterMs: 0 };
    }
  }

  close(): void {
    this.redis.disconnect();
  }
}
