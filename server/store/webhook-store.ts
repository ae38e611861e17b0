import type { Kysely, Selectable } from 'kysely';
import { WEBHOOK_EVENT_NAMES } from '../../protocol';
import type { Database } from './schema';

export type WebhookEvent = (typeof WEBHOOK_EVENT_NAMES)[number];

export interface WebhookRecord {
  id: string;
  siteId: string;
  url: string;
  /** HMAC-SHA256 key the receiver checks `X-Pitboss-Signature` with. */
  secret: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: number;
}

export type WebhookDeliveryStatus = 'pending' | 'sending' | 'delivered' | 'failed';

export interface WebhookDeliveryRecord {
  id: string;
  webhookId: string;
  siteId: string;
  event: WebhookEvent;
  /** What happened, once: (webhookId, eventKey) is unique, so nodes that all hear an event enqueue it once. */
  eventKey: string;
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  /** When to try next (pending), or until when a sender holds it (sending). */
  nextAttemptAt: number | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: number;
  deliveredAt: number | null;
}

export type WebhookPatch = Partial<Pick<WebhookRecord, 'url' | 'events' | 'active'>>;
export type DeliveryOutcome = Pick<WebhookDeliveryRecord, 'status' | 'nextAttemptAt' | 'lastStatus' | 'lastError' | 'deliveredAt'>;

export interface WebhookStore {
  create(webhook: WebhookRecord): Promise<void>;
  get(id: string): Promise<WebhookRecord | null>;
  list(siteId: string): Promise<WebhookRecord[]>;
  update(id: string, patch: WebhookPatch): Promise<WebhookRecord | null>;
  /** Removes the webhook and its delivery log. */
  delete(id: string): Promise<boolean>;
  /** False when this event was already enqueued for this webhook. */
  enqueue(delivery: WebhookDeliveryRecord): Promise<boolean>;
  /** Deliveries whose time has come: pending and due, or sending with a lapsed lease (the sender died). */
  due(now: number, limit: number): Promise<WebhookDeliveryRecord[]>;
  /**
   * Take a due delivery for sending until `leaseUntil`, counting the attempt.
   * Only one caller wins (a conditional update), whichever node it runs on.
   */
  claim(id: string, now: number, leaseUntil: number): Promise<WebhookDeliveryRecord | null>;
  finish(id: string, outcome: DeliveryOutcome): Promise<void>;
  /** The delivery log, newest first. */
  deliveries(siteId: string, options: { webhookId?: string; limit: number }): Promise<WebhookDeliveryRecord[]>;
}

export class KyselyWebhookStore implements WebhookStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(w: WebhookRecord): Promise<void> {
    await this.db
      .insertInto('webhooks')
      .values({ id: w.id, site_id: w.siteId, url: w.url, secret: w.secret, events: JSON.stringify(w.events), active: w.active ? 1 : 0, created_at: w.createdAt })
      .execute();
  }

  async get(id: string): Promise<WebhookRecord | null> {
    const row = await this.db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toWebhook(row) : null;
  }

  async list(siteId: string): Promise<WebhookRecord[]> {
    const rows = await this.db.selectFrom('webhooks').selectAll().where('site_id', '=', siteId).orderBy('created_at').orderBy('id').execute();
    return rows.map(toWebhook);
  }

  async update(id: string, patch: WebhookPatch): Promise<WebhookRecord | null> {
    const columns: Partial<Database['webhooks']> = {};
    if (patch.url !== undefined) columns.url = patch.url;
    if (patch.events !== undefined) columns.events = JSON.stringify(patch.events);
    if (patch.active !== undefined) columns.active = patch.active ? 1 : 0;
    if (Object.keys(columns).length > 0) await this.db.updateTable('webhooks').set(columns).where('id', '=', id).execute();
    return this.get(id);
  }

  async delete(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
      const result = await trx.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  async enqueue(d: WebhookDeliveryRecord): Promise<boolean> {
    const result = await this.db
      .insertInto('webhook_deliveries')
      .values({
        id: d.id,
        webhook_id: d.webhookId,
        site_id: d.siteId,
        event: d.event,
        event_key: d.eventKey,
        payload: d.payload,
        status: d.status,
        attempts: d.attempts,
        next_attempt_at: d.nextAttemptAt,
        last_status: d.lastStatus,
        last_error: d.lastError,
        created_at: d.createdAt,
        delivered_at: d.deliveredAt,
      })
      .onConflict((oc) => oc.columns(['webhook_id', 'event_key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  async due(now: number, limit: number): Promise<WebhookDeliveryRecord[]> {
    const rows = await this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('status', 'in', ['pending', 'sending'])
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    return rows.map(toDelivery);
  }

  async claim(id: string, now: number, leaseUntil: number): Promise<WebhookDeliveryRecord | null> {
    const result = await this.db
      .updateTable('webhook_deliveries')
      .set((eb) => ({ status: 'sending', next_attempt_at: leaseUntil, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('status', 'in', ['pending', 'sending'])
      .where('next_attempt_at', '<=', now)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return null;
    const row = await this.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toDelivery(row) : null;
  }

  async finish(id: string, o: DeliveryOutcome): Promise<void> {
    await this.db
      .updateTable('webhook_deliveries')
      .set({ status: o.status, next_attempt_at: o.nextAttemptAt, last_status: o.lastStatus, last_error: o.lastError, delivered_at: o.deliveredAt })
      .where('id', '=', id)
      .execute();
  }

  async deliveries(siteId: string, options: { webhookId?: string; limit: number }): Promise<WebhookDeliveryRecord[]> {
    let query = this.db.selectFrom('webhook_deliveries').selectAll().where('site_id', '=', siteId);
    if (options.webhookId) query = query.where('webhook_id', '=', options.webhookId);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
    return rows.map(toDelivery);
  }
}

function toWebhook(row: Selectable<Database['webhooks']>): WebhookRecord {
  let events: WebhookEvent[] = [];
  try {
    const parsed: unknown = JSON.parse(row.events);
    if (Array.isArray(parsed)) events = parsed.filter((e): e is WebhookEvent => (WEBHOOK_EVENT_NAMES as readonly unknown[]).includes(e));
  } catch {
    // Unreadable: subscribed to nothing.
  }
  return { id: row.id, siteId: row.site_id, url: row.url, secret: row.secret, events, active: Number(row.active) === 1, createdAt: Number(row.created_at) };
}

const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function toDelivery(row: Selectable<Database['webhook_deliveries']>): WebhookDeliveryRecord {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    siteId: row.site_id,
    event: row.event as WebhookEvent,
    eventKey: row.event_key,
    payload: row.payload,
    status: row.status as WebhookDeliveryStatus,
    attempts: Number(row.attempts),
    nextAttemptAt: numOrNull(row.next_attempt_at),
    lastStatus: numOrNull(row.last_status),
    lastError: row.last_error,
    createdAt: Number(row.created_at),
    deliveredAt: numOrNull(row.delivered_at),
  };
}
