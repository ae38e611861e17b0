import type { Kysely } from 'kysely';
import { toAttachment, type AttachmentRecord } from './attachment-store';
import type { PlayerRecord } from './records';
import { toPlayer } from './rows';
import type { Database } from './schema';

/** What an erasure or a purge removed. */
export interface ContentRemoved {
  conversations: number;
  messages: number;
  attachments: number;
  notes: number;
}

export interface PlayerDataStore {
  /** A site's player by the relay's id or, for a verified player, the casino's own id. */
  findPlayer(siteId: string, ref: string): Promise<PlayerRecord | null>;
  /** What is known of the files of these conversations (never the bytes). */
  attachmentsOf(conversationIds: string[]): Promise<AttachmentRecord[]>;
  /**
   * Remove everything that identifies the player, in one transaction: their
   * conversations' messages, notes, files, rating comments, left emails and
   * transfer notes, the webhook deliveries naming them, their name and ids in
   * the audit log, and the player row. The conversations' KPI facts stay,
   * under `anonymousId` (a new player row with nothing in it), so the
   * dashboards' past figures do not change.
   */
  erase(player: PlayerRecord, anonymousId: string, now: number): Promise<ContentRemoved>;
  /**
   * Retention: the content of the site's conversations that ended before
   * `endedBefore` (messages, notes, files, rating comments, left emails,
   * transfer notes). Idempotent, so every node may run it: a purged
   * conversation is marked and skipped next time, and a delete that another
   * node ran first removes nothing.
   */
  purgeEnded(siteId: string, endedBefore: number, now: number): Promise<ContentRemoved>;
}

/** Rows per statement, below both databases' bound-parameter limits. */
const CHUNK = 400;

export class KyselyPlayerDataStore implements PlayerDataStore {
  constructor(private readonly db: Kysely<Database>) {}

  async findPlayer(siteId: string, ref: string): Promise<PlayerRecord | null> {
    const row = await this.db
      .selectFrom('players')
      .selectAll()
      .where('site_id', '=', siteId)
      .where((eb) => eb.or([eb('id', '=', ref), eb('external_id', '=', ref)]))
      // The relay's own id first, should a casino id ever equal one.
      .orderBy((eb) => eb.case().when('id', '=', ref).then(0).else(1).end())
      .executeTakeFirst();
    return row ? toPlayer(row) : null;
  }

  async attachmentsOf(conversationIds: string[]): Promise<AttachmentRecord[]> {
    const out: AttachmentRecord[] = [];
    for (const ids of chunks(conversationIds, CHUNK)) {
      const rows = await this.db
        .selectFrom('attachments')
        .select(['id', 'site_id', 'conversation_id', 'uploader', 'uploader_id', 'name', 'type', 'size', 'created_at'])
        .where('conversation_id', 'in', ids)
        .orderBy('created_at')
        .execute();
      out.push(...rows.map(toAttachment));
    }
    return out;
  }

  async erase(player: PlayerRecord, anonymousId: string, now: number): Promise<ContentRemoved> {
    return this.db.transaction().execute(async (trx) => {
      const conversationIds = (await trx.selectFrom('conversations').select('id').where('player_id', '=', player.id).execute()).map((r) => r.id);
      const emails = await offlineEmailsOf(trx, conversationIds);
      // The kept facts need a player row to point at (a foreign key): one with nothing personal in it.
      await trx
        .insertInto('players')
        .values({ id: anonymousId, site_id: player.siteId, session_hash: `erased:${anonymousId}`, name: null, vip_tier: 0, manager_agent_id: null, external_id: null, created_at: player.createdAt })
        .execute();
      const removed = await removeContent(trx, conversationIds, now);
      await trx.updateTable('conversations').set({ player_id: anonymousId }).where('player_id', '=', player.id).execute();
      // Webhook payloads name the player and their conversations (and carry rating comments).
      const needles = [player.id, ...conversationIds].map((id) => `%"${id}"%`);
      for (const part of chunks(needles, CHUNK)) {
        await trx.deleteFrom('webhook_deliveries').where((eb) => eb.or(part.map((n) => eb('payload', 'like', n)))).execute();
      }
      // The audit log keeps that something was done, not to whom: entries about the player point at the anonymous id,
      // and details (a search's filters) that contain any of their identifiers are blanked.
      const refs = [player.id, player.externalId].filter((r): r is string => r !== null);
      await trx.updateTable('audit_log').set({ object_id: anonymousId }).where('object_type', '=', 'player').where('object_id', 'in', refs).execute();
      const identifiers = [...refs, player.name, ...emails].filter((s): s is string => !!s && s.length >= 2);
      for (const id of identifiers) {
        await trx.updateTable('audit_log').set({ detail: '[erased]' }).where('site_id', '=', player.siteId).where('detail', 'like', `%${id}%`).execute();
      }
      await trx.deleteFrom('players').where('id', '=', player.id).execute();
      return removed;
    });
  }

  async purgeEnded(siteId: string, endedBefore: number, now: number): Promise<ContentRemoved> {
    const ids = (
      await this.db
        .selectFrom('conversations')
        .select('id')
        .where('site_id', '=', siteId)
        .where('status', 'in', ['resolved', 'missed'])
        .where('purged_at', 'is', null)
        .where((eb) => eb.or([eb('resolved_at', '<', endedBefore), eb.and([eb('resolved_at', 'is', null), eb('created_at', '<', endedBefore)])]))
        .execute()
    ).map((r) => r.id);
    const total: ContentRemoved = { conversations: 0, messages: 0, attachments: 0, notes: 0 };
    for (const part of chunks(ids, CHUNK)) {
      const removed = await this.db.transaction().execute((trx) => removeContent(trx, part, now));
      total.conversations += removed.conversations;
      total.messages += removed.messages;
      total.attachments += removed.attachments;
      total.notes += removed.notes;
    }
    return total;
  }
}

/** Emails the player left in these conversations (read before removeContent clears them). */
async function offlineEmailsOf(trx: Kysely<Database>, conversationIds: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const ids of chunks(conversationIds, CHUNK)) {
    const rows = await trx.selectFrom('conversations').select('offline_email').where('id', 'in', ids).where('offline_email', 'is not', null).execute();
    out.push(...rows.map((r) => r.offline_email!));
  }
  return out;
}

/** The content of these conversations, gone; their facts (times, status, topic, agent, breaches, rating) kept and marked purged. */
async function removeContent(trx: Kysely<Database>, conversationIds: string[], now: number): Promise<ContentRemoved> {
  const removed: ContentRemoved = { conversations: conversationIds.length, messages: 0, attachments: 0, notes: 0 };
  for (const ids of chunks(conversationIds, CHUNK)) {
    removed.messages += Number((await trx.deleteFrom('messages').where('conversation_id', 'in', ids).executeTakeFirst()).numDeletedRows);
    removed.attachments += Number((await trx.deleteFrom('attachments').where('conversation_id', 'in', ids).executeTakeFirst()).numDeletedRows);
    removed.notes += Number((await trx.deleteFrom('notes').where('conversation_id', 'in', ids).executeTakeFirst()).numDeletedRows);
    await trx.updateTable('csat_ratings').set({ comment: null }).where('conversation_id', 'in', ids).execute();
    await trx.updateTable('conversation_events').set({ note: null }).where('conversation_id', 'in', ids).execute();
    await trx.updateTable('conversations').set({ offline_email: null, purged_at: now }).where('id', 'in', ids).execute();
  }
  return removed;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
