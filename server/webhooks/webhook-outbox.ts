import type { Bus } from '../bus/bus';
import type { Clock } from '../core/clock';
import type { IdGenerator } from '../core/ids';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import type { WebhookRecord } from '../store/webhook-store';
import { webhookFactsOf, type WebhookFact } from './webhook-events';

/** How long a site's webhook list is reused before it is read again. */
const LIST_TTL_MS = 5_000;
/** Keys recently enqueued here, so the relay's frequent republishing of a conversation costs no insert. */
const RECENT_KEYS = 5_000;

/**
 * Turns bus events into pending deliveries, one per subscribed webhook. The
 * store's unique (webhook, event key) makes this exactly-once across nodes:
 * every node hears the event and tries, one insert wins.
 */
export class WebhookOutbox {
  private readonly lists = new Map<string, { until: number; webhooks: Promise<WebhookRecord[]> }>();
  private readonly recent = new Set<string>();
  private readonly unsubscribe: () => void;
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: { store: Store; bus: Bus; clock: Clock; ids: Pick<IdGenerator, 'id'>; log: Logger }) {
    this.unsubscribe = deps.bus.subscribe((event) => {
      for (const fact of webhookFactsOf(event)) this.track(this.enqueue(fact));
    });
  }

  /** Forget cached webhook lists (after an admin changed them on this node). */
  invalidate(siteId: string): void {
    this.lists.delete(siteId);
  }

  /** Resolves when everything heard so far is enqueued (tests, shutdown). */
  async idle(): Promise<void> {
    await this.pending;
  }

  close(): void {
    this.unsubscribe();
  }

  private async enqueue(fact: WebhookFact): Promise<void> {
    const webhooks = (await this.webhooksOf(fact.siteId)).filter((w) => w.active && w.events.includes(fact.event));
    const now = this.deps.clock.now();
    for (const webhook of webhooks) {
      const seen = `${webhook.id}|${fact.key}`;
      if (this.recent.has(seen)) continue;
      this.remember(seen);
      const id = this.deps.ids.id('wd');
      const payload = JSON.stringify({ id, type: fact.event, createdAt: now, siteId: fact.siteId, data: fact.data });
      await this.deps.store.webhooks.enqueue({
        id,
        webhookId: webhook.id,
        siteId: fact.siteId,
        event: fact.event,
        eventKey: fact.key,
        payload,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastStatus: null,
        lastError: null,
        createdAt: now,
        deliveredAt: null,
      });
    }
  }

  private webhooksOf(siteId: string): Promise<WebhookRecord[]> {
    const cached = this.lists.get(siteId);
    if (cached && cached.until > this.deps.clock.now()) return cached.webhooks;
    const webhooks = this.deps.store.webhooks.list(siteId);
    this.lists.set(siteId, { until: this.deps.clock.now() + LIST_TTL_MS, webhooks });
    return webhooks;
  }

  private remember(key: string): void {
    this.recent.add(key);
    if (this.recent.size > RECENT_KEYS) this.recent.delete(this.recent.values().next().value!);
  }

  private track(work: Promise<void>): void {
    const done = work.catch((err) => this.deps.log.warn({ err }, 'webhook enqueue failed'));
    this.pending = Promise.all([this.pending, done]);
  }
}
