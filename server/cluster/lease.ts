import type { Redis } from 'ioredis';

/**
 * Leadership of the relay cluster: a Redis key set with NX and a TTL, renewed
 * well before it expires. A leader counts itself leader only until its last
 * successful renewal plus `ttlMs - safetyMs`, so the old leader has stopped
 * before anyone else can take the key: two nodes never route at once (given
 * clocks that drift less than the safety margin).
 */
export class Lease {
  private timer: ReturnType<typeof setInterval> | undefined;
  private validUntil = 0;
  private leading = false;
  private holder: string | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly nodeId: string,
    private readonly onChange: (leading: boolean) => void,
    private readonly options = { key: 'pitboss:leader', ttlMs: 3000, renewMs: 1000, safetyMs: 1000 },
    /** Any node: the lease moved to another holder (calls in flight to the old one will never be answered). */
    private readonly onHolderChange: (holder: string | null) => void = () => undefined,
  ) {}

  start(): void {
    void this.attempt();
    this.timer = setInterval(() => void this.attempt(), this.options.renewMs);
    this.timer.unref();
  }

  isLeader(now = Date.now()): boolean {
    return this.leading && now < this.validUntil;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (this.leading) {
      // Hand over at once on a graceful shutdown instead of making the cluster wait for the TTL.
      await this.redis.eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0", 1, this.options.key, this.nodeId).catch(() => 0);
      this.setLeading(false);
    }
  }

  private async attempt(): Promise<void> {
    const { key, ttlMs, safetyMs } = this.options;
    const started = Date.now();
    try {
      // Renew if ours, take if free; either way answer who holds it, in one round trip.
      const holder = (await this.redis.eval(
        "local v = redis.call('get', KEYS[1]) if v == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return v end if not v then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return ARGV[1] end return v",
        1,
        key,
        this.nodeId,
        String(ttlMs),
      )) as string | null;
      if (holder !== this.holder) {
        this.holder = holder;
        this.onHolderChange(holder);
      }
      if (holder === this.nodeId) {
        this.validUntil = started + ttlMs - safetyMs;
        this.setLeading(true);
      } else {
        this.setLeading(false);
      }
    } catch {
      // Redis unreachable: we cannot prove leadership, so we stop leading when the current term runs out.
      if (!this.isLeader()) this.setLeading(false);
    }
  }

  private setLeading(leading: boolean): void {
    if (leading === this.leading) return;
    this.leading = leading;
    this.onChange(leading);
  }
}
