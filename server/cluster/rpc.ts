import { Redis } from 'ioredis';
import { nanoid } from 'nanoid';
import { PitbossError } from '../core/errors';

interface Request {
  id: string;
  from: string;
  method: string;
  args: unknown[];
}
type Reply = { id: string; ok: true; value: unknown } | { id: string; ok: false; code: string; message: string };

/**
 * Calls from any relay node to the cluster leader over Redis pub/sub.
 * Requests go to one channel only the leader listens on; replies come back on
 * the caller's own channel. A call that gets no answer (no leader right now,
 * or it died mid-call) fails with `internal` after `timeoutMs`; clients retry,
 * and every retried operation is idempotent (message ids, statuses).
 */
export class LeaderRpc {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void; timer: ReturnType<typeof setTimeout> }>();
  private serving: ((method: string, args: unknown[]) => Promise<unknown>) | null = null;
  private readonly ready: Promise<unknown>;

  constructor(
    url: string,
    private readonly nodeId: string,
    private readonly prefix = 'pitboss:rpc',
    // Long enough for a leader working through a storm: a dead leader is noticed by the lease changing hands (failPending).
    private readonly timeoutMs = 30_000,
  ) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: null });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null });
    this.subscriber.on('message', (channel: string, payload: string) => void this.onMessage(channel, payload));
    this.ready = this.subscriber.subscribe(this.replyChannel(nodeId));
  }

  async connected(): Promise<void> {
    await this.ready;
  }

  call<T>(method: string, args: unknown[]): Promise<T> {
    const id = nanoid();
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new PitbossError('internal', 'The relay is switching leaders; please retry in a moment.'));
      }, this.timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      const request: Request = { id, from: this.nodeId, method, args };
      this.publisher.publish(this.prefix, JSON.stringify(request)).catch(() => undefined);
    });
  }

  /** Fail every call still waiting: the leader they went to is gone, so the callers should retry now. */
  failPending(): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new PitbossError('internal', 'The relay is switching leaders; please retry in a moment.'));
      this.pending.delete(id);
    }
  }

  /** Start (handler) or stop (null) answering requests: only the leader does. */
  async serve(handler: ((method: string, args: unknown[]) => Promise<unknown>) | null): Promise<void> {
    const was = this.serving !== null;
    this.serving = handler;
    if (handler && !was) await this.subscriber.subscribe(this.prefix);
    if (!handler && was) await this.subscriber.unsubscribe(this.prefix);
  }

  async close(): Promise<void> {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new PitbossError('internal', 'The relay node is shutting down.'));
    }
    this.pending.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private replyChannel(node: string): string {
    return `${this.prefix}:reply:${node}`;
  }

  private async onMessage(channel: string, payload: string): Promise<void> {
    if (channel === this.prefix) {
      const handler = this.serving;
      if (!handler) return;
      const request = JSON.parse(payload) as Request;
      let reply: Reply;
      try {
        reply = { id: request.id, ok: true, value: await handler(request.method, request.args) };
      } catch (error) {
        const e = error as { code?: string; message?: string };
        reply = { id: request.id, ok: false, code: e instanceof PitbossError ? e.code : 'internal', message: e instanceof PitbossError ? e.message : 'Something went wrong on our side; please retry.' };
      }
      await this.publisher.publish(this.replyChannel(request.from), JSON.stringify(reply)).catch(() => undefined);
      return;
    }
    const reply = JSON.parse(payload) as Reply;
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(new PitbossError(reply.code as never, reply.message));
  }
}
