import type { Kysely } from 'kysely';
import type { Topic } from '../../protocol';
import type { BreachKind } from '../core/sla';
import type { ConversationRecord, PlayerRecord } from './records';
import type { Database } from './schema';
import { toConversation, toPlayer } from './rows';

/** The facts of one conversation that the KPIs (docs/KPIS.md) are computed from. */
export interface KpiConversation {
  id: string;
  playerId: string;
  status: ConversationRecord['status'];
  agentId: string | null;
  topic: Topic | null;
  createdAt: number;
  queuedAt: number | null;
  assignedAt: number | null;
  firstResponseAt: number | null;
  firstResponseMs: number | null;
  resolvedAt: number | null;
  transfers: number;
  needsSenior: boolean;
  deflected: boolean;
  botAt: number | null;
  breaches: BreachKind[];
}

export interface BreachFact {
  conversationId: string;
  kind: BreachKind;
  agentId: string | null;
  at: number;
}

/** Read-only queries over stored history, for reports and the desk's player sidebar. */
export interface ReportQueries {
  player(playerId: string): Promise<PlayerRecord | null>;
  /** Conversations of a site created in [createdFrom, createdTo). */
  conversationFacts(siteId: string, createdFrom: number, createdTo: number): Promise<KpiConversation[]>;
  /** SLA breaches recorded in [from, to), newest first. */
  breaches(siteId: string, from: number, to: number): Promise<BreachFact[]>;
  /** A player's conversations, newest first. */
  playerConversations(playerId: string, limit: number): Promise<ConversationRecord[]>;
  /** The first player line of each conversation, by conversation id. */
  openingLines(conversationIds: string[]): Promise<Map<string, string>>;
  /** How many open (assigned) conversations each agent of the site holds now. */
  heldCounts(siteId: string): Promise<Map<string, number>>;
  /** The site's human queue now: how many wait, and since when the longest-waiting one. */
  queue(siteId: string): Promise<{ length: number; oldestQueuedAt: number | null }>;
}

export class KyselyReportQueries implements ReportQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async player(playerId: string): Promise<PlayerRecord | null> {
    const row = await this.db.selectFrom('players').selectAll().where('id', '=', playerId).executeTakeFirst();
    return row ? toPlayer(row) : null;
  }

  async conversationFacts(siteId: string, createdFrom: number, createdTo: number): Promise<KpiConversation[]> {
    const rows = await this.db
      .selectFrom('conversations')
      .select([
        'id',
        'player_id',
        'status',
        'agent_id',
        'topic',
        'created_at',
        'queued_at',
        'assigned_at',
        'first_response_at',
        'first_response_ms',
        'resolved_at',
        'transfers',
        'needs_senior',
        'deflected',
        'bot_at',
        'breaches',
      ])
      .where('site_id', '=', siteId)
      .where('created_at', '>=', createdFrom)
      .where('created_at', '<', createdTo)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      playerId: r.player_id,
      status: r.status as KpiConversation['status'],
      agentId: r.agent_id,
      topic: r.topic as Topic | null,
      createdAt: Number(r.created_at),
      queuedAt: numOrNull(r.queued_at),
      assignedAt: numOrNull(r.assigned_at),
      firstResponseAt: numOrNull(r.first_response_at),
      firstResponseMs: numOrNull(r.first_response_ms),
      resolvedAt: numOrNull(r.resolved_at),
      transfers: Number(r.transfers),
      needsSenior: Number(r.needs_senior) === 1,
      deflected: Number(r.deflected) === 1,
      botAt: numOrNull(r.bot_at),
      breaches: jsonList(r.breaches) as BreachKind[],
    }));
  }

  async breaches(siteId: string, from: number, to: number): Promise<BreachFact[]> {
    const rows = await this.db
      .selectFrom('conversation_events')
      .select(['conversation_id', 'detail', 'agent_id', 'at'])
      .where('site_id', '=', siteId)
      .where('kind', '=', 'breach')
      .where('at', '>=', from)
      .where('at', '<', to)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({ conversationId: r.conversation_id, kind: (r.detail ?? 'first_response') as BreachKind, agentId: r.agent_id, at: Number(r.at) }));
  }

  async playerConversations(playerId: string, limit: number): Promise<ConversationRecord[]> {
    const rows = await this.db
      .selectFrom('conversations')
      .leftJoin('players', 'players.id', 'conversations.player_id')
      .selectAll('conversations')
      .select('players.name as player_name')
      .where('conversations.player_id', '=', playerId)
      .orderBy('conversations.created_at', 'desc')
      .orderBy('conversations.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toConversation);
  }

  async openingLines(conversationIds: string[]): Promise<Map<string, string>> {
    if (conversationIds.length === 0) return new Map();
    // The lowest player seq per conversation, then its text: portable SQL, no window functions.
    const firsts = this.db
      .selectFrom('messages')
      .select(['conversation_id', (eb) => eb.fn.min('seq').as('seq')])
      .where('conversation_id', 'in', conversationIds)
      .where('author', '=', 'player')
      .groupBy('conversation_id')
      .as('firsts');
    const rows = await this.db
      .selectFrom('messages')
      .innerJoin(firsts, (join) => join.onRef('firsts.conversation_id', '=', 'messages.conversation_id').onRef('firsts.seq', '=', 'messages.seq'))
      .select(['messages.conversation_id', 'messages.text'])
      .execute();
    return new Map(rows.map((r) => [r.conversation_id, r.text]));
  }

  async heldCounts(siteId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('conversations')
      .select(['agent_id', (eb) => eb.fn.countAll().as('held')])
      .where('site_id', '=', siteId)
      .where('status', '=', 'assigned')
      .where('agent_id', 'is not', null)
      .groupBy('agent_id')
      .execute();
    return new Map(rows.map((r) => [r.agent_id!, Number(r.held)]));
  }

  async queue(siteId: string): Promise<{ length: number; oldestQueuedAt: number | null }> {
    const row = await this.db
      .selectFrom('conversations')
      .select((eb) => [eb.fn.countAll().as('length'), eb.fn.min(eb.fn.coalesce('queued_at', 'created_at')).as('oldest')])
      .where('site_id', '=', siteId)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    const length = Number(row?.length ?? 0);
    return { length, oldestQueuedAt: length > 0 && row?.oldest != null ? Number(row.oldest) : null };
  }
}

const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function jsonList(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
