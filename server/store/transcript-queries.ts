import { type Kysely, sql } from 'kysely';
import { searchTerms, type Topic } from '../../protocol';
import type { BreachKind } from '../core/sla';
import { containsPattern, conversationsMatching, type MessageMatches, messageMatchesFor } from './message-search';
import type { Database } from './schema';

/** The filters of a transcript search; every one optional. Times bound the conversation's start, [from, to). */
export interface TranscriptFilter {
  /** In any message's text. */
  text?: string;
  /** The player's id, casino id (exact), name or the email they left (contains). */
  player?: string;
  agentId?: string;
  topic?: Topic;
  status?: 'open' | 'closed';
  from?: number;
  to?: number;
  rating?: number;
  breached?: boolean;
}

export interface TranscriptRow {
  id: string;
  playerId: string;
  playerName: string | null;
  externalId: string | null;
  status: string;
  topic: Topic | null;
  locale: string;
  agentId: string | null;
  agentName: string | null;
  createdAt: number;
  resolvedAt: number | null;
  firstResponseMs: number | null;
  breaches: BreachKind[];
  rating: number | null;
  messageCount: number;
  purgedAt: number | null;
}

export interface TranscriptQueries {
  /** A site's conversations matching the filter, newest first, with how many match in all. */
  search(siteId: string, filter: TranscriptFilter, page: { limit: number; offset: number }): Promise<{ total: number; rows: TranscriptRow[] }>;
  /** When retention or an erasure removed the conversation's content; null if never. */
  purgedAt(conversationId: string): Promise<number | null>;
  /** For each of these conversations with a message matching any term of `text`, the first such message. */
  matchingLines(conversationIds: string[], text: string): Promise<Map<string, { seq: number; text: string }>>;
}

const OPEN = ['bot', 'queued', 'assigned'];
const CLOSED = ['resolved', 'missed'];

/**
 * Message text goes through each database's full-text index (message-search.ts,
 * with one meaning for both in protocol/search-terms.ts); the player filter is a
 * portable LIKE over a handful of columns, lower() on both sides.
 */
export class KyselyTranscriptQueries implements TranscriptQueries {
  private readonly matches: MessageMatches;

  constructor(private readonly db: Kysely<Database>) {
    this.matches = messageMatchesFor(db);
  }

  async matchingLines(conversationIds: string[], text: string): Promise<Map<string, { seq: number; text: string }>> {
    const terms = searchTerms(text);
    const lines = new Map<string, { seq: number; text: string }>();
    if (conversationIds.length === 0 || terms.length === 0) return lines;
    // A page of conversations (at most MAX_TRANSCRIPT_PAGE_SIZE): their matching messages, the first of each kept.
    const rows = await this.db
      .selectFrom('messages as m')
      .select(['m.conversation_id', 'm.seq', 'm.text'])
      .where('m.conversation_id', 'in', conversationIds)
      .where((eb) => eb.or(terms.map(this.matches)))
      .orderBy('m.conversation_id')
      .orderBy('m.seq')
      .execute();
    for (const row of rows) if (!lines.has(row.conversation_id)) lines.set(row.conversation_id, { seq: Number(row.seq), text: row.text });
    return lines;
  }

  async purgedAt(conversationId: string): Promise<number | null> {
    const row = await this.db.selectFrom('conversations').select('purged_at').where('id', '=', conversationId).executeTakeFirst();
    return numOrNull(row?.purged_at);
  }

  async search(siteId: string, f: TranscriptFilter, page: { limit: number; offset: number }): Promise<{ total: number; rows: TranscriptRow[] }> {
    const terms = f.text ? searchTerms(f.text) : [];
    // Text with no word in it ("%%") matches nothing rather than everything.
    if (f.text && terms.length === 0) return { total: 0, rows: [] };
    const words = terms.filter((t) => t.kind === 'words');
    const base = this.db.selectFrom('conversations as c');
    let query = (words.length > 0 ? base.innerJoin(sql<{ conversation_id: string }>`(${conversationsMatching(this.matches, words)})`.as('hits'), 'hits.conversation_id', 'c.id') : base)
      .leftJoin('players as p', 'p.id', 'c.player_id')
      .leftJoin('csat_ratings as r', 'r.conversation_id', 'c.id')
      .where('c.site_id', '=', siteId);
    // Text no index splits: checked on the conversations the other filters (and any indexed words) leave.
    for (const term of terms) {
      if (term.kind !== 'substring') continue;
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('messages as m').select('m.seq').whereRef('m.conversation_id', '=', 'c.id').where(this.matches(term))),
      );
    }
    if (f.player) {
      const term = f.player;
      const pattern = containsPattern(term);
      query = query.where((eb) =>
        eb.or([
          eb('c.player_id', '=', term),
          eb('p.external_id', '=', term),
          eb(sql`lower(p.name)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(c.offline_email)`, 'like', sql`${pattern} escape '\\'`),
        ]),
      );
    }
    if (f.agentId) query = query.where('c.agent_id', '=', f.agentId);
    if (f.topic) query = query.where('c.topic', '=', f.topic);
    if (f.status) query = query.where('c.status', 'in', f.status === 'open' ? OPEN : CLOSED);
    if (f.from !== undefined) query = query.where('c.created_at', '>=', f.from);
    if (f.to !== undefined) query = query.where('c.created_at', '<', f.to);
    if (f.rating !== undefined) query = query.where('r.rating', '=', f.rating);
    if (f.breached !== undefined) query = query.where('c.breaches', f.breached ? '<>' : '=', '[]');

    const [count, rows] = await Promise.all([
      query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
      query
        .select([
          'c.id',
          'c.player_id',
          'p.name as player_name',
          'p.external_id',
          'c.status',
          'c.topic',
          'c.locale',
          'c.agent_id',
          'c.agent_name',
          'c.created_at',
          'c.resolved_at',
          'c.first_response_ms',
          'c.breaches',
          'r.rating',
          'c.last_seq',
          'c.purged_at',
        ])
        .orderBy('c.created_at', 'desc')
        .orderBy('c.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
    ]);
    return {
      total: Number(count?.n ?? 0),
      rows: rows.map((r) => ({
        id: r.id,
        playerId: r.player_id,
        playerName: r.player_name,
        externalId: r.external_id,
        status: r.status,
        topic: r.topic as Topic | null,
        locale: r.locale,
        agentId: r.agent_id,
        agentName: r.agent_name,
        createdAt: Number(r.created_at),
        resolvedAt: numOrNull(r.resolved_at),
        firstResponseMs: numOrNull(r.first_response_ms),
        breaches: breachList(r.breaches),
        rating: numOrNull(r.rating),
        messageCount: Number(r.last_seq),
        purgedAt: numOrNull(r.purged_at),
      })),
    };
  }
}

const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function breachList(value: string): BreachKind[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed.map(String) as BreachKind[]) : [];
  } catch {
    return [];
  }
}
