import { type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { Store, ConversationPatch } from './store';
import type {
  AgentRecord,
  AgentSessionRecord,
  AppendResult,
  ConversationEventRecord,
  ConversationRecord,
  MessageRecord,
  NewMessage,
  PlayerRecord,
} from './records';
import type { Database } from './schema';
import { migrateToLatest } from './migrations';
import { GroupCommit } from './group-commit';
import { chunks, LARGEST_SHAPE, padToShape, shapedParts } from './statement-shapes';
import { toAgent, toConversation, toEvent, toMessage, toPlayer } from './rows';
import { KyselyAgentDirectory } from './agent-directory';
import { KyselyCannedReplyStore } from './canned-store';
import { KyselyCsatStore } from './csat-store';
import { KyselyFaqArticleStore } from './faq-article-store';
import { KyselyAttachmentStore } from './attachment-store';
import { KyselySiteSettingsStore } from './site-settings-store';
import { KyselyReportQueries } from './kpi-queries';
import { KyselyNoteStore } from './note-store';
import { KyselyShiftStore } from './shift-store';
import { KyselyWebhookStore } from './webhook-store';
import { KyselyHistoryImport } from './history-import';
import { KyselyAuditStore } from './audit-store';
import { KyselyTranscriptQueries } from './transcript-queries';
import { KyselyPlayerDataStore } from './player-data-store';

/**
 * Deliberate delivery bugs, for the chaos test to prove its checker can fail
 * (tests/chaos). Only its relay entry sets one; nothing reads it from the
 * environment, so a production relay cannot be started with one.
 * - `no-dedupe`: a repeated client id is stored again under a new seq.
 * - `ack-before-commit`: appends resolve inside a transaction that commits
 *   up to a moment later (a write-behind): a kill loses the latest acked messages.
 */
export type StoreTestFault = 'no-dedupe' | 'ack-before-commit';
const ACK_BEFORE_COMMIT_LAG_MS = 1_000;

export interface KyselyStoreOptions {
  lockForUpdate: boolean;
  testFault?: StoreTestFault;
  /** PostgreSQL schema the store lives in, when not the default. */
  schema?: string;
  /** Runs after the connection closed: SQLite's checkpointer thread lets go of the file. */
  afterClose?: () => Promise<void>;
}

/**
 * The Store over kysely: one implementation for SQLite and PostgreSQL, which
 * differ only in the dialect passed in and in `lockForUpdate` (PostgreSQL
 * serialises sequence numbers with a row lock; SQLite has one writer anyway).
 */
export class KyselyStore implements Store {
  private readonly appends = new GroupCommit<NewMessage, AppendResult>((batch) => this.commitAppends(batch));
  /** The ack-before-commit fault's standing transaction has begun. */
  private writeBehind = false;

  readonly reports: KyselyReportQueries;
  readonly notes: KyselyNoteStore;
  readonly csat: KyselyCsatStore;
  readonly canned: KyselyCannedReplyStore;
  readonly agents: KyselyAgentDirectory;
  readonly shifts: KyselyShiftStore;
  readonly webhooks: KyselyWebhookStore;
  readonly history: KyselyHistoryImport;
  readonly faq: KyselyFaqArticleStore;
  readonly attachments: KyselyAttachmentStore;
  readonly audit: KyselyAuditStore;
  readonly transcripts: KyselyTranscriptQueries;
  readonly playerData: KyselyPlayerDataStore;
  readonly siteSettings: KyselySiteSettingsStore;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: KyselyStoreOptions,
  ) {
    this.reports = new KyselyReportQueries(db);
    this.notes = new KyselyNoteStore(db);
    this.csat = new KyselyCsatStore(db);
    this.canned = new KyselyCannedReplyStore(db);
    this.agents = new KyselyAgentDirectory(db);
    this.shifts = new KyselyShiftStore(db);
    this.webhooks = new KyselyWebhookStore(db);
    this.history = new KyselyHistoryImport(db);
    this.faq = new KyselyFaqArticleStore(db);
    this.attachments = new KyselyAttachmentStore(db);
    this.audit = new KyselyAuditStore(db);
    this.transcripts = new KyselyTranscriptQueries(db);
    this.playerData = new KyselyPlayerDataStore(db);
    this.siteSettings = new KyselySiteSettingsStore(db);
  }

  async migrate(): Promise<void> {
    await migrateToLatest(this.db, this.options.schema);
  }

  async close(): Promise<void> {
    await this.appends.idle();
    await this.db.destroy();
    await this.options.afterClose?.();
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async createAgent(a: AgentRecord): Promise<void> {
    await this.db
      .insertInto('agents')
      .values({
        id: a.id,
        site_id: a.siteId,
        email: a.email,
        name: a.name,
        password_hash: a.passwordHash,
        role: a.role,
        capacity: a.capacity,
        skills: JSON.stringify(a.skills),
        languages: JSON.stringify(a.languages),
        disabled: a.disabled ? 1 : 0,
        created_at: a.createdAt,
      })
      .execute();
  }

  async getAgent(id: string): Promise<AgentRecord | null> {
    const row = await this.db.selectFrom('agents').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAgent(row) : null;
  }

  async findAgentByEmail(email: string): Promise<AgentRecord | null> {
    const row = await this.db.selectFrom('agents').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    return row ? toAgent(row) : null;
  }

  async setAgentDisabled(id: string, disabled: boolean): Promise<void> {
    await this.db.updateTable('agents').set({ disabled: disabled ? 1 : 0 }).where('id', '=', id).execute();
  }

  async createAgentSession(s: AgentSessionRecord): Promise<void> {
    await this.db
      .insertInto('agent_sessions')
      .values({ token_hash: s.tokenHash, agent_id: s.agentId, created_at: s.createdAt, expires_at: s.expiresAt })
      .execute();
  }

  async getAgentSession(tokenHash: string): Promise<AgentSessionRecord | null> {
    const row = await this.db.selectFrom('agent_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row
      ? { tokenHash: row.token_hash, agentId: row.agent_id, createdAt: Number(row.created_at), expiresAt: Number(row.expires_at) }
      : null;
  }

  async deleteAgentSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('agent_sessions').where('token_hash', '=', tokenHash).execute();
  }

  async createPlayer(p: PlayerRecord): Promise<void> {
    await this.db
      .insertInto('players')
      .values({
        id: p.id,
        site_id: p.siteId,
        session_hash: p.sessionHash,
        name: p.name,
        vip_tier: p.vipTier,
        manager_agent_id: p.managerAgentId,
        external_id: p.externalId,
        created_at: p.createdAt,
      })
      .execute();
  }

  async findPlayerBySession(siteId: string, sessionHash: string): Promise<PlayerRecord | null> {
    const row = await this.db
      .selectFrom('players')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('session_hash', '=', sessionHash)
      .executeTakeFirst();
    return row ? toPlayer(row) : null;
  }

  async findPlayerByExternalId(siteId: string, externalId: string): Promise<PlayerRecord | null> {
    const row = await this.db
      .selectFrom('players')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    return row ? toPlayer(row) : null;
  }

  async updatePlayer(id: string, patch: Partial<Pick<PlayerRecord, 'sessionHash' | 'name' | 'vipTier' | 'managerAgentId'>>): Promise<void> {
    const columns: Updateable<Database['players']> = {};
    if (patch.sessionHash !== undefined) columns.session_hash = patch.sessionHash;
    if (patch.name !== undefined) columns.name = patch.name;
    if (patch.vipTier !== undefined) columns.vip_tier = patch.vipTier;
    if (patch.managerAgentId !== undefined) columns.manager_agent_id = patch.managerAgentId;
    if (Object.keys(columns).length > 0) await this.db.updateTable('players').set(columns).where('id', '=', id).execute();
  }

  async createConversation(c: ConversationRecord): Promise<void> {
    await this.db
      .insertInto('conversations')
      .values({
        id: c.id,
        site_id: c.siteId,
        player_id: c.playerId,
        locale: c.locale,
        created_at: c.createdAt,
        last_seq: c.lastSeq,
        vip_tier: c.vipTier,
        manager_id: c.managerId,
        status: c.status,
        ...conversationColumns(c),
      })
      .execute();
  }

  private conversations() {
    return this.db
      .selectFrom('conversations')
      .leftJoin('players', 'players.id', 'conversations.player_id')
      .selectAll('conversations')
      .select('players.name as player_name');
  }

  async getConversation(id: string): Promise<ConversationRecord | null> {
    const row = await this.conversations().where('conversations.id', '=', id).executeTakeFirst();
    return row ? toConversation(row) : null;
  }

  async updateConversation(id: string, patch: ConversationPatch): Promise<ConversationRecord> {
    const columns = conversationColumns(patch);
    if (Object.keys(columns).length > 0) {
      await this.db.updateTable('conversations').set(columns).where('id', '=', id).execute();
    }
    const updated = await this.getConversation(id);
    if (!updated) throw new Error(`conversation ${id} vanished during update`);
    return updated;
  }

  async claimQueued(id: string, patch: ConversationPatch): Promise<ConversationRecord | null> {
    const result = await this.db
      .updateTable('conversations')
      .set(conversationColumns(patch))
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? this.getConversation(id) : null;
  }

  async latestConversationOfPlayer(playerId: string): Promise<ConversationRecord | null> {
    const row = await this.conversations()
      .where('conversations.player_id', '=', playerId)
      .orderBy('conversations.created_at', 'desc')
      .orderBy('conversations.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toConversation(row) : null;
  }

  async listOpenConversations(): Promise<ConversationRecord[]> {
    const rows = await this.conversations().where('conversations.status', 'in', ['queued', 'assigned']).execute();
    return rows.map(toConversation);
  }

  appendMessage(message: NewMessage): Promise<AppendResult> {
    return this.appends.add(message);
  }

  async addEvent(e: ConversationEventRecord): Promise<void> {
    await this.db
      .insertInto('conversation_events')
      .values({
        id: e.id,
        conversation_id: e.conversationId,
        site_id: e.siteId,
        kind: e.kind,
        detail: e.detail,
        agent_id: e.agentId,
        note: e.note,
        at: e.at,
      })
      .execute();
  }

  async listEvents(conversationId: string): Promise<ConversationEventRecord[]> {
    const rows = await this.db
      .selectFrom('conversation_events')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .orderBy('at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map(toEvent);
  }

  async findMessageByClientId(conversationId: string, clientId: string): Promise<MessageRecord | null> {
    const row = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    return row ? toMessage(row) : null;
  }

  async listMessages(conversationId: string, afterSeq: number, limit: number): Promise<MessageRecord[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('seq', '>', afterSeq)
      .orderBy('seq', 'asc')
      .limit(limit)
      .execute();
    const messages = rows.map(toMessage);
    return this.options.testFault === 'no-dedupe' ? messages.map(withoutDuplicateSuffix) : messages;
  }

  /** One transaction for the whole batch; if it fails, each message gets its own so one bad row sinks only itself. */
  private async commitAppends(batch: NewMessage[]): Promise<(AppendResult | Error)[]> {
    if (this.options.testFault === 'ack-before-commit') return this.answerBeforeCommit(batch);
    try {
      return await this.db.transaction().execute((trx) => this.appendBatchIn(trx, batch));
    } catch {
      const results: (AppendResult | Error)[] = [];
      for (const message of batch) {
        try {
          results.push(await this.db.transaction().execute((trx) => this.appendIn(trx, message)));
        } catch (error) {
          results.push(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return results;
    }
  }

  /**
   * The `ack-before-commit` test fault: a write-behind. One standing
   * transaction (a plain BEGIN on the one connection, not kysely's
   * transaction(), which would stall every other query) takes the appends and
   * every other write, and is committed every ACK_BEFORE_COMMIT_LAG_MS, so at
   * any moment the latest acks are not durable yet. (Committing once and
   * beginning again only on the next batch left gaps in which a kill found
   * nothing to lose.)
   */
  private async answerBeforeCommit(batch: NewMessage[]): Promise<AppendResult[]> {
    if (!this.writeBehind) {
      this.writeBehind = true;
      await sql`begin`.execute(this.db);
      const flush = () => sql`commit`.execute(this.db).then(() => sql`begin`.execute(this.db));
      // A failed flush ends the fault quietly; the chaos test then fails for finding no loss.
      setInterval(() => void flush().catch(() => undefined), ACK_BEFORE_COMMIT_LAG_MS).unref();
    }
    return this.appendBatchIn(this.db, batch);
  }

  /**
   * A whole batch in a constant number of statements: one lookup of the
   * client ids already stored, one `last_seq = last_seq + k ... RETURNING`
   * for all its conversations, one multi-row insert. Per-message statements
   * would cap throughput at a few thousand messages a second.
   */
  private async appendBatchIn(trx: Kysely<Database>, batch: NewMessage[]): Promise<AppendResult[]> {
    const noDedupe = this.options.testFault === 'no-dedupe';
    const key = (conversationId: string, clientId: string) => `${conversationId}\u0000${clientId}`;
    const known = new Map<string, MessageRecord>();
    if (!noDedupe) {
      // Exact (conversation_id, client_id) pairs probe the unique index once each (client_id alone is not indexed, and
      // two IN lists would probe every combination); padded with a repeat of the first pair to a few cached shapes.
      const pairs = [...new Map(batch.map((m) => [key(m.conversationId, m.clientId), [m.conversationId, m.clientId] as const])).values()];
      for (const part of chunks(pairs, LARGEST_SHAPE)) {
        const values = sql.join(padToShape(part, part[0]!).map(([conversationId, clientId]) => sql`(${conversationId}, ${clientId})`));
        const rows = await sql<Selectable<Database['messages']>>`select * from messages where (conversation_id, client_id) in (values ${values})`.execute(trx);
        for (const row of rows.rows) known.set(key(row.conversation_id, row.client_id), toMessage(row));
      }
    }
    // Which messages are new (the first of each repeated id within the batch), per conversation in arrival order.
    const fresh = new Map<string, NewMessage[]>();
    const firstOf = new Map<string, NewMessage>();
    for (const m of batch) {
      const k = key(m.conversationId, m.clientId);
      if (!noDedupe && (known.has(k) || firstOf.has(k))) continue;
      firstOf.set(k, m);
      const ofConversation = fresh.get(m.conversationId);
      if (ofConversation) ofConversation.push(m);
      else fresh.set(m.conversationId, [m]);
    }
    const stored = new Map<NewMessage, MessageRecord>();
    const rows: Database['messages'][] = [];
    // One statement moves every conversation's counter (and takes the row locks on PostgreSQL).
    const lastSeqs = new Map<string, number>();
    for (const part of chunks([...fresh].map(([id, messages]) => [id, messages.length] as const), LARGEST_SHAPE)) {
      // Padding rows name no conversation, so they move nothing.
      const values = sql.join(padToShape(part, ['', 0]).map(([id, count]) => sql`(${id}, cast(${count} as integer))`));
      const bumped = await sql<{ id: string; last_seq: number }>`with v(id, k) as (values ${values})
        update conversations set last_seq = last_seq + v.k from v where conversations.id = v.id
        returning conversations.id as id, conversations.last_seq as last_seq`.execute(trx);
      for (const row of bumped.rows) lastSeqs.set(row.id, Number(row.last_seq));
    }
    for (const [conversationId, messages] of fresh) {
      const last = lastSeqs.get(conversationId);
      if (last === undefined) throw new Error(`no conversation ${conversationId}`);
      let seq = last - messages.length;
      for (const m of messages) {
        seq += 1;
        stored.set(m, { ...m, seq });
        rows.push({
          conversation_id: conversationId,
          seq,
          // The no-dedupe fault gets past the unique index with a suffix no client id can contain.
          client_id: noDedupe ? `${m.clientId}#${seq}` : m.clientId,
          author: m.author,
          author_id: m.authorId,
          author_name: m.authorName,
          text: m.text,
          at: m.at,
          articles: m.articles ? JSON.stringify(m.articles) : null,
          attachment: m.attachment ? JSON.stringify(m.attachment) : null,
        });
      }
    }
    for (const part of shapedParts(rows)) await trx.insertInto('messages').values(part).execute();
    return batch.map((m) => {
      const mine = stored.get(m);
      if (mine) return { message: mine, duplicate: false };
      const k = key(m.conversationId, m.clientId);
      return { message: known.get(k) ?? stored.get(firstOf.get(k)!)!, duplicate: true };
    });
  }

  private async appendIn(trx: Kysely<Database>, message: NewMessage): Promise<AppendResult> {
    const noDedupe = this.options.testFault === 'no-dedupe';
    const existing = noDedupe
      ? undefined
      : await trx
          .selectFrom('messages')
          .selectAll()
          .where('conversation_id', '=', message.conversationId)
          .where('client_id', '=', message.clientId)
          .executeTakeFirst();
    if (existing) return { message: toMessage(existing), duplicate: true };
    let query = trx.selectFrom('conversations').select('last_seq').where('id', '=', message.conversationId);
    if (this.options.lockForUpdate) query = query.forUpdate();
    const conversation = await query.executeTakeFirst();
    if (!conversation) throw new Error(`no conversation ${message.conversationId}`);
    const seq = Number(conversation.last_seq) + 1;
    await trx
      .insertInto('messages')
      .values({
        conversation_id: message.conversationId,
        seq,
        // The no-dedupe fault gets past the unique index with a suffix no client id can contain.
        client_id: noDedupe ? `${message.clientId}#${seq}` : message.clientId,
        author: message.author,
        author_id: message.authorId,
        author_name: message.authorName,
        text: message.text,
        at: message.at,
        articles: message.articles ? JSON.stringify(message.articles) : null,
        attachment: message.attachment ? JSON.stringify(message.attachment) : null,
      })
      .execute();
    await trx.updateTable('conversations').set({ last_seq: seq }).where('id', '=', message.conversationId).execute();
    return { message: { ...message, seq }, duplicate: false };
  }
}

/** Undo the no-dedupe fault's suffix, so its replays look like those of a store without the unique index. */
function withoutDuplicateSuffix(m: MessageRecord): MessageRecord {
  return { ...m, clientId: m.clientId.replace(/#\d+$/, '') };
}

/** Domain fields to columns, for inserts and partial updates alike (undefined fields are left out). */
export function conversationColumns(p: ConversationPatch): Updateable<Database['conversations']> {
  const bool = (b: boolean | undefined) => (b === undefined ? undefined : b ? 1 : 0);
  const json = (v: unknown[] | undefined) => (v === undefined ? undefined : JSON.stringify(v));
  const columns: Updateable<Database['conversations']> = {
    status: p.status,
    agent_id: p.agentId,
    agent_name: p.agentName,
    topic: p.topic,
    queued_at: p.queuedAt,
    assigned_at: p.assignedAt,
    first_response_at: p.firstResponseAt,
    first_response_ms: p.firstResponseMs,
    resolved_at: p.resolvedAt,
    rg: bool(p.responsibleGambling),
    complex: bool(p.complex),
    complex_since: p.complexSince,
    needs_senior: bool(p.needsSenior),
    senior_reached_at: p.seniorReachedAt,
    target_agent_id: p.targetAgentId,
    excluded_agents: json(p.excludedAgentIds),
    missed_offers: p.missedOffers,
    transfers: p.transfers,
    waiting_since: p.waitingSince,
    paused_ms: p.pausedMs,
    breaches: json(p.breaches),
    player_read_seq: p.playerReadSeq,
    agent_read_seq: p.agentReadSeq,
    offline_email: p.offlineEmail,
    deflected: bool(p.deflected),
    bot_at: p.botAt,
  };
  for (const key of Object.keys(columns) as (keyof typeof columns)[]) if (columns[key] === undefined) delete columns[key];
  return columns;
}

