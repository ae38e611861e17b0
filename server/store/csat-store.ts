import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema';

/** A player's rating of a conversation; one per conversation, a later one replaces it. */
export interface CsatRecord {
  conversationId: string;
  siteId: string;
  /** Who held the conversation when it was rated. */
  agentId: string | null;
  rating: number;
  comment: string | null;
  at: number;
}

export interface CsatStore {
  record(rating: CsatRecord): Promise<void>;
  get(conversationId: string): Promise<CsatRecord | null>;
  /** Ratings given in [from, to). */
  between(siteId: string, from: number, to: number): Promise<CsatRecord[]>;
  /** The ratings of these conversations (for a player's history). */
  ofConversations(conversationIds: string[]): Promise<CsatRecord[]>;
}

export class KyselyCsatStore implements CsatStore {
  constructor(private readonly db: Kysely<Database>) {}

  async record(r: CsatRecord): Promise<void> {
    const values = { site_id: r.siteId, agent_id: r.agentId, rating: r.rating, comment: r.comment, at: r.at };
    await this.db
      .insertInto('csat_ratings')
      .values({ conversation_id: r.conversationId, ...values })
      .onConflict((oc) => oc.column('conversation_id').doUpdateSet(values))
      .execute();
  }

  async get(conversationId: string): Promise<CsatRecord | null> {
    const row = await this.db.selectFrom('csat_ratings').selectAll().where('conversation_id', '=', conversationId).executeTakeFirst();
    return row ? toCsat(row) : null;
  }

  async between(siteId: string, from: number, to: number): Promise<CsatRecord[]> {
    const rows = await this.db.selectFrom('csat_ratings').selectAll().where('site_id', '=', siteId).where('at', '>=', from).where('at', '<', to).execute();
    return rows.map(toCsat);
  }

  async ofConversations(conversationIds: string[]): Promise<CsatRecord[]> {
    if (conversationIds.length === 0) return [];
    const rows = await this.db.selectFrom('csat_ratings').selectAll().where('conversation_id', 'in', conversationIds).execute();
    return rows.map(toCsat);
  }
}

function toCsat(row: Selectable<Database['csat_ratings']>): CsatRecord {
  return {
    conversationId: row.conversation_id,
    siteId: row.site_id,
    agentId: row.agent_id,
    rating: Number(row.rating),
    comment: row.comment,
    at: Number(row.at),
  };
}
