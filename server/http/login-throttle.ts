import type { LoginLimits } from '../config/edge';
import { PitbossError } from '../core/errors';
import { MemoryAttemptLimiter, type AttemptLimiter, type AttemptRule } from '../edge/attempt-limiter';
import { RedisAttemptLimiter } from '../edge/redis-attempt-limiter';

/**
 * Sign-in lockout by email and by client address. Checked before the
 * password is hashed, so a locked key costs no scrypt work, and a locked
 * key is refused even with the right password (otherwise guessing could go
 * on and the lockout would only slow it).
 */
export class LoginThrottle {
  constructor(
    private readonly byEmail: AttemptLimiter,
    private readonly byAddress: AttemptLimiter,
  ) {}

  static inMemory(limits: LoginLimits, now: () => number): LoginThrottle {
    const rules = loginRules(limits);
    return new LoginThrottle(new MemoryAttemptLimiter(rules.email, now), new MemoryAttemptLimiter(rules.address, now));
  }

  /** Several nodes: the counts live in Redis under `prefix`, with this node's memory as the fallback while Redis is away. */
  static shared(limits: LoginLimits, now: () => number, redisUrl: string, prefix: string): LoginThrottle {
    const rules = loginRules(limits);
    const limiter = (kind: 'email' | 'address') => new RedisAttemptLimiter(redisUrl, rules[kind], `${prefix}:login:${kind}`, new MemoryAttemptLimiter(rules[kind], now));
    return new LoginThrottle(limiter('email'), limiter('address'));
  }

  /** Throws `rate_limited` (with `retryAfterMs`) while the email or the address is locked. */
  async check(email: string, addressKey: string): Promise<void> {
    const lockedMs = Math.max(await this.byEmail.lockedFor(email), await this.byAddress.lockedFor(addressKey));
    if (lockedMs > 0) throw new LockedOutError(lockedMs);
  }

  /** Count a failed sign-in; throws `rate_limited` if this failure locked the email or the address. */
  async failed(email: string, addressKey: string): Promise<void> {
    const lockedMs = Math.max(await this.byEmail.fail(email), await this.byAddress.fail(addressKey));
    if (lockedMs > 0) throw new LockedOutError(lockedMs);
  }

  /**
   * A success clears the email's count. The address's count stays: one valid
   * account must not let an address go on guessing other accounts' passwords.
   */
  async succeeded(email: string): Promise<void> {
    await this.byEmail.reset(email);
  }

  /** Release the Redis connections of a shared throttle. */
  close(): void {
    for (const limiter of [this.byEmail, this.byAddress]) if (limiter instanceof RedisAttemptLimiter) limiter.close();
  }
}

function loginRules(limits: LoginLimits): { email: AttemptRule; address: AttemptRule } {
  const rule = (maxFailures: number) => ({ maxFailures, windowMs: limits.windowMs, lockoutMs: limits.lockoutMs });
  return { email: rule(limits.maxFailuresPerEmail), address: rule(limits.maxFailuresPerAddress) };
}

/** `rate_limited` with how long the lock lasts; the HTTP edge turns it into `Retry-After`. */
export class LockedOutError extends PitbossError {
  constructor(readonly retryAfterMs: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
    super('rate_limited', `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }
}
