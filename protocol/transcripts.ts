import * as v from 'valibot';
import { AgentConversationSchema, AttachmentRefSchema, BREACH_KINDS, ConversationStatusSchema, MessageSchema, TOPICS, TopicSchema } from './domain';
import { NoteSchema } from './desk-tools';

/**
 * Transcripts for supervisors and admins of a site: search (GET
 * /api/transcripts), one transcript (GET /api/transcripts/:id) and exports
 * (GET /api/transcripts/:id/export, GET /api/transcripts/export). Every
 * search, opening and export is written to the audit log by the server.
 */

export const TRANSCRIPT_PAGE_SIZE = 25;
export const MAX_TRANSCRIPT_PAGE_SIZE = 100;
/** The most conversations one search export carries. */
export const MAX_TRANSCRIPT_EXPORT_ROWS = 5000;

export const EXPORT_FORMATS = ['json', 'csv', 'text'] as const;
export const ExportFormatSchema = v.picklist(EXPORT_FORMATS, 'Export as json, csv or text.');
export type ExportFormat = v.InferOutput<typeof ExportFormatSchema>;

/** Epoch ms or an ISO date, as a query parameter. */
const TimeParamSchema = v.pipe(
  v.string(),
  v.maxLength(40),
  v.transform((text) => (/^\d+$/.test(text) ? Number(text) : Date.parse(text))),
  v.finite('Give a time as epoch milliseconds or an ISO date.'),
);
const SearchTextSchema = v.pipe(v.string(), v.trim(), v.maxLength(200, 'Search for at most 200 characters.'));
const PositiveSchema = (max: number) => v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'Give a whole number.'), v.transform(Number), v.integer(), v.minValue(1), v.maxValue(max));

/**
 * The search filters, as the query string carries them (all text). `text`
 * matches message content; `player` a player's id, casino id, name or the
 * email they left; `from`/`to` bound the conversation's start.
 */
export const TranscriptQuerySchema = v.object({
  text: v.optional(SearchTextSchema),
  player: v.optional(SearchTextSchema),
  agentId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  topic: v.optional(v.picklist(TOPICS, 'Unknown topic.')),
  status: v.optional(v.picklist(['open', 'closed'], 'Status is open or closed.')),
  from: v.optional(TimeParamSchema),
  to: v.optional(TimeParamSchema),
  rating: v.optional(v.pipe(v.string(), v.regex(/^[1-5]$/, 'A rating is 1 to 5.'), v.transform(Number))),
  breached: v.optional(v.pipe(v.picklist(['true', 'false'], 'breached is true or false.'), v.transform((b) => b === 'true'))),
  page: v.optional(PositiveSchema(100_000), '1'),
  pageSize: v.optional(PositiveSchema(MAX_TRANSCRIPT_PAGE_SIZE), String(TRANSCRIPT_PAGE_SIZE)),
});
export type TranscriptQuery = v.InferOutput<typeof TranscriptQuerySchema>;
/** What a client puts in the query string (every field text). */
export type TranscriptQueryInput = v.InferInput<typeof TranscriptQuerySchema>;

/** One conversation in a search result. */
export const TranscriptSummarySchema = v.object({
  id: v.string(),
  playerId: v.string(),
  playerName: v.nullable(v.string()),
  externalId: v.nullable(v.string()),
  status: ConversationStatusSchema,
  topic: v.nullable(TopicSchema),
  locale: v.string(),
  agentId: v.nullable(v.string()),
  agentName: v.nullable(v.string()),
  createdAt: v.number(),
  resolvedAt: v.nullable(v.number()),
  firstResponseMs: v.nullable(v.number()),
  breaches: v.array(v.picklist(BREACH_KINDS)),
  rating: v.nullable(v.number()),
  messageCount: v.number(),
  /** The player's first line, shortened; null when none or purged. */
  opening: v.nullable(v.string()),
  /** With a text search: the conversation's first line that matches, whole (the panel marks the hits); otherwise null. */
  match: v.nullable(v.object({ seq: v.number(), text: v.string() })),
  /** Content removed by the retention period or an erasure (facts remain). */
  purgedAt: v.nullable(v.number()),
});
export type TranscriptSummary = v.InferOutput<typeof TranscriptSummarySchema>;

export const TranscriptSearchResultSchema = v.object({
  total: v.number(),
  page: v.number(),
  pageSize: v.number(),
  conversations: v.array(TranscriptSummarySchema),
});
export type TranscriptSearchResult = v.InferOutput<typeof TranscriptSearchResultSchema>;

/** The conversation's timeline as supervisors read it: assignments, transfers, breaches. */
export const TranscriptEventSchema = v.object({
  kind: v.string(),
  detail: v.nullable(v.string()),
  agentId: v.nullable(v.string()),
  note: v.nullable(v.string()),
  at: v.number(),
});

/** GET /api/transcripts/:id: everything staff may know of one conversation. */
export const TranscriptSchema = v.object({
  conversation: AgentConversationSchema,
  externalId: v.nullable(v.string()),
  agentName: v.nullable(v.string()),
  offlineEmail: v.nullable(v.string()),
  purgedAt: v.nullable(v.number()),
  messages: v.array(MessageSchema),
  notes: v.array(NoteSchema),
  rating: v.nullable(v.object({ rating: v.number(), comment: v.nullable(v.string()), at: v.number() })),
  events: v.array(TranscriptEventSchema),
  attachments: v.array(v.object({ ...AttachmentRefSchema.entries, uploader: v.picklist(['player', 'agent']), createdAt: v.number() })),
});
export type Transcript = v.InferOutput<typeof TranscriptSchema>;
