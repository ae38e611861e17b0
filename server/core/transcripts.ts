import {
  MAX_TRANSCRIPT_EXPORT_ROWS,
  type ExportFormat,
  type Transcript,
  type TranscriptQuery,
  type TranscriptSearchResult,
  type TranscriptSummary,
} from '../../protocol';
import type { AgentRecord } from '../store/records';
import type { Store } from '../store/store';
import type { TranscriptFilter, TranscriptRow } from '../store/transcript-queries';
import type { AuditTrail } from './audit-trail';
import type { ConversationAccess } from './notes';
import type { SlaTargets } from './sla';
import { toWireNote } from './notes';
import { toAgentConversation, toWireMessage } from './views';

/** More lines than any chat has; a transcript is read whole. */
const ALL_MESSAGES = 100_000;
const OPENING_CHARS = 140;

export interface TranscriptDeps {
  store: Pick<Store, 'transcripts' | 'reports' | 'listMessages' | 'listEvents' | 'notes' | 'csat' | 'playerData'>;
  /** The one rule for who may read a conversation (the agent holding it, or a supervisor or admin of its site). */
  access: ConversationAccess;
  sla(siteId: string): SlaTargets;
  audit: AuditTrail;
}

/**
 * Transcript search, reading and export. Each search, opening and export is
 * audited before the answer leaves; the routes decide which roles may call
 * what (server/http/transcript-routes.ts).
 */
export class Transcripts {
  constructor(private readonly deps: TranscriptDeps) {}

  async search(agent: AgentRecord, query: TranscriptQuery): Promise<TranscriptSearchResult> {
    const { page, pageSize } = query;
    const filter = filterOf(query);
    const { total, rows } = await this.deps.store.transcripts.search(agent.siteId, filter, { limit: pageSize, offset: (page - 1) * pageSize });
    await this.deps.audit.record(agent, agent.siteId, 'transcript.search', { type: 'search', id: null }, { ...filter, page, results: total });
    return { total, page, pageSize, conversations: await this.summaries(rows, filter.text) };
  }

  async open(agent: AgentRecord, conversationId: string): Promise<Transcript> {
    const transcript = await this.read(agent, conversationId);
    await this.deps.audit.record(agent, agent.siteId, 'transcript.open', { type: 'conversation', id: conversationId });
    return transcript;
  }

  async exportOne(agent: AgentRecord, conversationId: string, format: ExportFormat): Promise<Transcript> {
    const transcript = await this.read(agent, conversationId);
    await this.deps.audit.record(agent, agent.siteId, 'transcript.export', { type: 'conversation', id: conversationId }, { format });
    return transcript;
  }

  /** Every match (up to MAX_TRANSCRIPT_EXPORT_ROWS), as search rows. */
  async exportSearch(agent: AgentRecord, query: TranscriptQuery, format: ExportFormat): Promise<{ total: number; conversations: TranscriptSummary[] }> {
    const filter = filterOf(query);
    const { total, rows } = await this.deps.store.transcripts.search(agent.siteId, filter, { limit: MAX_TRANSCRIPT_EXPORT_ROWS, offset: 0 });
    await this.deps.audit.record(agent, agent.siteId, 'transcript.export', { type: 'search', id: null }, { ...filter, format, results: rows.length });
    return { total, conversations: await this.summaries(rows) };
  }

  private async read(agent: AgentRecord, conversationId: string): Promise<Transcript> {
    const c = await this.deps.access.conversationForAgent(agent, conversationId);
    const { store } = this.deps;
    const [messages, notes, rating, events, attachments, player, purgedAt] = await Promise.all([
      store.listMessages(c.id, 0, ALL_MESSAGES),
      store.notes.list(c.id),
      store.csat.get(c.id),
      store.listEvents(c.id),
      store.playerData.attachmentsOf([c.id]),
      store.reports.player(c.playerId),
      store.transcripts.purgedAt(c.id),
    ]);
    return {
      conversation: toAgentConversation(c, this.deps.sla(c.siteId)),
      externalId: player?.externalId ?? null,
      agentName: c.agentName,
      offlineEmail: c.offlineEmail,
      purgedAt,
      messages: messages.map(toWireMessage),
      notes: notes.map(toWireNote),
      rating: rating ? { rating: rating.rating, comment: rating.comment, at: rating.at } : null,
      events: events.map((e) => ({ kind: e.kind, detail: e.detail, agentId: e.agentId, note: e.note, at: e.at })),
      attachments: attachments.map((a) => ({ id: a.id, name: a.name, type: a.type, size: a.size, uploader: a.uploader, createdAt: a.createdAt })),
    };
  }

  /** With a text search, each row's first matching line too (a page's worth; exports go without). */
  private async summaries(rows: TranscriptRow[], text?: string): Promise<TranscriptSummary[]> {
    const ids = rows.map((r) => r.id);
    const [openings, matches] = await Promise.all([
      this.deps.store.reports.openingLines(ids),
      text ? this.deps.store.transcripts.matchingLines(ids, text) : new Map<string, { seq: number; text: string }>(),
    ]);
    return rows.map((r) => ({ ...r, status: r.status as TranscriptSummary['status'], opening: shorten(openings.get(r.id) ?? null), match: matches.get(r.id) ?? null }));
  }
}

function filterOf(q: TranscriptQuery): TranscriptFilter {
  const filter: TranscriptFilter = {};
  if (q.text) filter.text = q.text;
  if (q.player) filter.player = q.player;
  if (q.agentId) filter.agentId = q.agentId;
  if (q.topic) filter.topic = q.topic;
  if (q.status) filter.status = q.status;
  if (q.from !== undefined) filter.from = q.from;
  if (q.to !== undefined) filter.to = q.to;
  if (q.rating !== undefined) filter.rating = q.rating;
  if (q.breached !== undefined) filter.breached = q.breached;
  return filter;
}

function shorten(text: string | null): string | null {
  if (text === null) return null;
  return text.length <= OPENING_CHARS ? text : `${text.slice(0, OPENING_CHARS - 1)}…`;
}
