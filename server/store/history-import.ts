import type { Kysely } from 'kysely';
import type { CsatRecord } from './csat-store';
import { conversationColumns } from './kysely-store';
import type { ConversationEventRecord, ConversationRecord, MessageRecord, PlayerRecord } from './records';
import type { Database } from './schema';
import { chunksByParameters } from './statement-shapes';

/** Closed conversations with everything that happened in them, as another system (or the demo's seeding) hands them over. */
export interface HistoryBatch {
  players: PlayerRecord[];
  conversations: ConversationRecord[];
  /** With their final seq; each conversation's lastSeq must match its messages. */
  messages: MessageRecord[];
  events: ConversationEventRecord[];
  ratings: CsatRecord[];
}

export interface HistoryImport {
  /** All of it in one transaction, in multi-row statements: thousands of conversations in well under a second. */
  import(batch: HistoryBatch): Promise<void>;
}

export class KyselyHistoryImport implements HistoryImport {
  constructor(private readonly db: Kysely<Database>) {}

  async import(input: HistoryBatch): Promise<void> {
    const batch = wholeMilliseconds(input);
    await this.db.transaction().execute(async (trx) => {
      for (const rows of chunksByParameters(batch.players, 8)) {
        await trx
          .insertInto('players')
          .values(rows.map((p) => ({ id: p.id, site_id: p.siteId, session_hash: p.sessionHash, name: p.name, vip_tier: p.vipTier, manager_agent_id: p.managerAgentId, external_id: p.externalId, created_at: p.createdAt })))
          .execute();
      }
      for (const rows of chunksByParameters(batch.conversations, 40)) {
        await trx
          .insertInto('conversations')
          .values(rows.map((c) => ({ id: c.id, site_id: c.siteId, player_id: c.playerId, locale: c.locale, created_at: c.createdAt, last_seq: c.lastSeq, vip_tier: c.vipTier, manager_id: c.managerId, status: c.status, ...conversationColumns(c) })))
          .execute();
      }
      for (const rows of chunksByParameters(batch.messages, 9)) {
        await trx
          .insertInto('messages')
          .values(
            rows.map((m) => ({
              conversation_id: m.conversationId,
              seq: m.seq,
              client_id: m.clientId,
              author: m.author,
              author_id: m.authorId,
              author_name: m.authorName,
              text: m.text,
              at: m.at,
              articles: m.articles ? JSON.stringify(m.articles) : null,
            })),
          )
          .execute();
      }
      for (const rows of chunksByParameters(batch.events, 8)) {
        await trx
          .insertInto('conversation_events')
          .values(rows.map((e) => ({ id: e.id, conversation_id: e.conversationId, site_id: e.siteId, kind: e.kind, detail: e.detail, agent_id: e.agentId, note: e.note, at: e.at })))
          .execute();
      }
      for (const rows of chunksByParameters(batch.ratings, 6)) {
        await trx
          .insertInto('csat_ratings')
          .values(rows.map((r) => ({ conversation_id: r.conversationId, site_id: r.siteId, agent_id: r.agentId, rating: r.rating, comment: r.comment, at: r.at })))
          .execute();
      }
    });
  }
}

/**
 * Times are BIGINT epoch milliseconds: PostgreSQL refuses a fraction that
 * SQLite would keep, so a generator's arithmetic (rnd() * HOUR) is rounded
 * here, once, for every store.
 */
function wholeMilliseconds(batch: HistoryBatch): HistoryBatch {
  const ms = (v: number) => Math.round(v);
  const msOrNull = (v: number | null) => (v === null ? null : Math.round(v));
  return {
    players: batch.players.map((p) => ({ ...p, createdAt: ms(p.createdAt) })),
    conversations: batch.conversations.map((c) => ({
      ...c,
      createdAt: ms(c.createdAt),
      queuedAt: msOrNull(c.queuedAt),
      assignedAt: msOrNull(c.assignedAt),
      firstResponseAt: msOrNull(c.firstResponseAt),
      // Recomputed from the rounded times, so FRT stays exactly first answer minus queue entry.
      firstResponseMs: c.firstResponseAt !== null && c.queuedAt !== null ? ms(c.firstResponseAt) - ms(c.queuedAt) : msOrNull(c.firstResponseMs),
      resolvedAt: msOrNull(c.resolvedAt),
      complexSince: msOrNull(c.complexSince),
      seniorReachedAt: msOrNull(c.seniorReachedAt),
      waitingSince: msOrNull(c.waitingSince),
      pausedMs: ms(c.pausedMs),
      botAt: msOrNull(c.botAt),
    })),
    messages: batch.messages.map((m) => ({ ...m, at: ms(m.at) })),
    events: batch.events.map((e) => ({ ...e, at: ms(e.at) })),
    ratings: batch.ratings.map((r) => ({ ...r, at: ms(r.at) })),
  };
}
