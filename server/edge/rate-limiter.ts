import type { Rate } from '../config/edge';
import { TokenBucket } from './token-bucket';

export interface LimitDecision {
  allowed: boolean;
  /** When not allowed: how long until it would be. */
  retryAfterMs: number;
}

/**
 * Token buckets by key (a client address). Asynchronous so that several
 * nodes can share one set of buckets in Redis; this node's implementation
 * keeps them in memory.
 */
export interface RateLimiter {
  take(key: string): Promise<LimitDecision>;
}

/** Keys kept before full buckets are dropped (a full bucket is the same as a missing one). */
const MAX_KEYS = 50_000;

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number,
    private readonly maxKeys = MAX_KEYS,
  ) {}

  async take(key: string): Promise<LimitDecision> {
    return this.takeNow(key);
  }

  takeNow(key: string): LimitDecision {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      bucket = new TokenBucket(this.rate.burst, this.rate.perSecond, now);
      this.buckets.set(key, bucket);
    }
    if (bucket.take(now)) return { allowed: true, retryAfterMs: 0 };
    return { allowed: false, retryAfterMs: Math.ceil(1000 / this.rate.perSecond) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
    // Still full of busy keys (an address sweep): forget the oldest rather than grow without bound.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}
