import type { Clock } from '../core/clock';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import type { WebhookDeliveryRecord } from '../store/webhook-store';
import { signWebhook, WEBHOOK_DELIVERY_HEADER, WEBHOOK_EVENT_HEADER, WEBHOOK_SIGNATURE_HEADER } from './webhook-signature';

/** Waits before each retry: 10 s, 30 s, 2 min, 10 min, 30 min, 2 h, 6 h; then the delivery is failed. */
export const RETRY_DELAYS_MS = [10_000, 30_000, 120_000, 600_000, 1_800_000, 7_200_000, 21_600_000];

export interface WebhookSenderOptions {
  /** Override the retry schedule (tests). */
  retryDelaysMs?: number[];
  /** How often due deliveries are looked for. */
  pollMs?: number;
  /** Per request. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * Sends due deliveries: each is claimed in the store (one sender wins across
 * nodes), POSTed signed, and marked delivered on a 2xx; anything else is
 * retried on the schedule, with ±20% jitter so a recovering receiver is not
 * hit by every retry at once. A sender that dies mid-send leaves a lease that
 * lapses, and the delivery is taken again.
 */
export class WebhookSender {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | null = null;
  private readonly fetchImpl: typeof fetch;
  private readonly retryDelays: number[];
  private readonly timeoutMs: number;

  constructor(
    private readonly deps: { store: Store; clock: Clock; log: Logger; random?: () => number },
    private readonly options: WebhookSenderOptions = {},
  ) {
    this.fetchImpl = options.fetch ?? fetch;
    this.retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  start(): void {
    this.timer = setInterval(() => void this.runOnce(), this.options.pollMs ?? 1_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass over what is due now (the timer's work; tests call it directly). */
  runOnce(): Promise<void> {
    this.running ??= this.sendDue().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async sendDue(): Promise<void> {
    const now = this.deps.clock.now();
    for (const due of await this.deps.store.webhooks.due(now, 20)) {
      const claimed = await this.deps.store.webhooks.claim(due.id, now, now + this.timeoutMs * 2);
      if (claimed) await this.send(claimed);
    }
  }

  private async send(delivery: WebhookDeliveryRecord): Promise<void> {
    const webhook = await this.deps.store.webhooks.get(delivery.webhookId);
    if (!webhook || !webhook.active) {
      await this.deps.store.webhooks.finish(delivery.id, { status: 'failed', nextAttemptAt: null, lastStatus: null, lastError: webhook ? 'Webhook paused.' : 'Webhook deleted.', deliveredAt: null });
      return;
    }
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await this.fetchImpl(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Pitboss-Webhooks/1',
          [WEBHOOK_EVENT_HEADER]: delivery.event,
          [WEBHOOK_DELIVERY_HEADER]: delivery.id,
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(webhook.secret, this.deps.clock.now(), delivery.payload),
        },
        body: delivery.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (!response.ok) error = `Answered ${response.status}.`;
    } catch (err) {
      error = err instanceof Error && err.name === 'TimeoutError' ? `No answer within ${this.timeoutMs / 1000} s.` : `Could not connect: ${err instanceof Error ? err.message : String(err)}`;
    }
    const now = this.deps.clock.now();
    if (error === null) {
      await this.deps.store.webhooks.finish(delivery.id, { status: 'delivered', nextAttemptAt: null, lastStatus: status, lastError: null, deliveredAt: now });
      return;
    }
    const delay = this.retryDelays[delivery.attempts - 1];
    if (delay === undefined) {
      this.deps.log.warn({ webhook: webhook.id, delivery: delivery.id, error }, 'webhook delivery failed for good');
      await this.deps.store.webhooks.finish(delivery.id, { status: 'failed', nextAttemptAt: null, lastStatus: status, lastError: error, deliveredAt: null });
      return;
    }
    const jitter = 0.8 + 0.4 * (this.deps.random ?? Math.random)();
    await this.deps.store.webhooks.finish(delivery.id, { status: 'pending', nextAttemptAt: now + Math.round(delay * jitter), lastStatus: status, lastError: error, deliveredAt: null });
  }
}
