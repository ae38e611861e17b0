import { Redis } from 'ioredis';
import type { Bus, BusEvent } from './bus';

/**
 * The multi-node bus: every event goes through one Redis pub/sub channel, so
 * every node's gateway (this one's included) delivers it to the sockets it
 * holds. Everything goes the same way, local or not, so one publisher's events
 * arrive in the order it sent them.
 */
export class RedisBus implements Bus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Set<(event: BusEvent) => void>();
  private readonly ready: Promise<unknown>;

  constructor(
    url: string,
    private readonly channel = 'pitboss:events',
  ) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: null, enableOfflineQueue: true });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null, enableOfflineQueue: true });
    this.subscriber.on('message', (channel: string, payload: string) => {
      if (channel !== this.channel) return;
      let event: BusEvent;
      try {
        event = JSON.parse(payload) as BusEvent;
      } catch {
        return; // not ours
      }
      for (const handler of this.handlers) handler(event);
    });
    this.ready = this.subscriber.subscribe(this.channel);
  }

  /** Resolves once this node is subscribed (events published before that are not seen here). */
  async connected(): Promise<void> {
    await this.ready;
  }

  publish(event: BusEvent): void {
    void this.publisher.publish(this.channel, JSON.stringify(event)).catch(() => {
      // ioredis retries while reconnecting; an event lost in a Redis outage is recovered by clients resuming from their last seq.
    });
  }

  subscribe(handler: (event: BusEvent) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** A trivial round trip, for /healthz. */
  async ping(): Promise<void> {
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    this.handlers.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
