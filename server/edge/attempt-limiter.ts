/**
 * Failed attempts by key (an email, a client address) with a lockout: after
 * `maxFailures` failures within `windowMs`, the key is locked for
 * `lockoutMs`. Asynchronous so that several nodes can share the counts in
 * Redis; this node's implementation keeps them in memory.
 */
export interface AttemptLimiter {
  /** How long `key` is still locked; 0 when it may try. */
  lockedFor(key: string): Promise<number>;
  /** Count a failure; returns how long `key` is now locked (0 while under the bound). */
  fail(key: string): Promise<number>;
  /** Forget `key`'s failures (a success). */
  reset(key: string): Promise<void>;
}

export interface AttemptRule {
  maxFailures: number;
  windowMs: number;
  lockoutMs: number;
}

interface Entry {
  failures: number;
  windowStart: number;
  lockedUntil: number;
}

const MAX_KEYS = 50_000;

export class MemoryAttemptLimiter implements AttemptLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly rule: AttemptRule,
    private readonly now: () => number,
    private readonly maxKeys = MAX_KEYS,
  ) {}

  async lockedFor(key: string): Promise<number> {
    const entry = this.entries.get(key);
    return entry ? Math.max(0, entry.lockedUntil - this.now()) : 0;
  }

  async fail(key: string): Promise<number> {
    const now = this.now();
    let entry = this.entries.get(key);
    if (!entry || this.stale(entry, now)) {
      if (!entry && this.entries.size >= this.maxKeys) this.prune(now);
      entry = { failures: 0, windowStart: now, lockedUntil: 0 };
      this.entries.set(key, entry);
    }
    entry.failures += 1;
    if (entry.failures >= this.rule.maxFailures) {
      entry.lockedUntil = now + this.rule.lockoutMs;
      // The next failure after the lockout starts a new count.
      entry.failures = 0;
      entry.windowStart = entry.lockedUntil;
    }
    return Math.max(0, entry.lockedUntil - now);
  }

  async reset(key: string): Promise<void> {
    this.entries.delete(key);
  }

  private stale(entry: Entry, now: number): boolean {
    return entry.lockedUntil <= now && now - entry.windowStart >= this.rule.windowMs;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) if (this.stale(entry, now)) this.entries.delete(key);
    for (const key of this.entries.keys()) {
      if (this.entries.size < this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}
