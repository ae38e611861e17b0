import * as v from 'valibot';
import { AgentRoleSchema, ClientIdSchema, ConversationStatusSchema, LocaleSchema, TopicSchema } from './domain';

/**
 * The agent desk's tools beside the chat itself: internal notes, canned
 * replies, and the player sidebar fed by the casino's CRM. None of these
 * shapes ever travels on /v1/player.
 */

export const MAX_NOTE_CHARS = 2000;

/** An internal note on a conversation: seen by the agents holding or supervising it, never by the player. */
export const NoteSchema = v.object({
  /** Client-made, like a message id: a resent note is stored once. */
  id: v.string(),
  conversationId: v.string(),
  agentId: v.string(),
  agentName: v.string(),
  text: v.string(),
  at: v.number(),
});
export type Note = v.InferOutput<typeof NoteSchema>;

/** Agent → server on /v1/agent. The answer is a `note` frame (to every desk that sees the conversation). */
export const AgentNoteSchema = v.object({
  type: v.literal('note'),
  id: ClientIdSchema,
  conversationId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_NOTE_CHARS)),
});

/** Server → agents holding or supervising the conversation. */
export const NoteFrameSchema = v.object({ type: v.literal('note'), note: NoteSchema });

/** `/bonus` in the reply box: lower-case letters, digits and dashes. */
export const CannedShortcutSchema = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9-]{1,32}$/, 'Use 1-32 lower-case letters, digits or dashes.'));

/**
 * A canned reply: one text per language, keyed by locale tag ("en", "pt-BR").
 * Texts may hold `{{player.name}}` and `{{agent.name}}`.
 */
export const CannedReplySchema = v.object({
  id: v.string(),
  shortcut: v.string(),
  title: v.string(),
  texts: v.record(v.string(), v.string()),
});
export type CannedReply = v.InferOutput<typeof CannedReplySchema>;

/** GET /api/canned */
export const CannedListSchema = v.object({ replies: v.array(CannedReplySchema) });

/** POST /api/canned and PUT /api/canned/:id (admins and supervisors). */
export const CannedInputSchema = v.object({
  shortcut: CannedShortcutSchema,
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  texts: v.pipe(
    v.record(LocaleSchema, v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(4000))),
    v.check((texts) => Object.keys(texts).length > 0, 'Give at least one language.'),
  ),
});
export type CannedInput = v.InferOutput<typeof CannedInputSchema>;

export const MoneySchema = v.object({ amount: v.number(), currency: v.string() });
export type Money = v.InferOutput<typeof MoneySchema>;

export const CrmTransactionSchema = v.object({
  id: v.string(),
  at: v.number(),
  amount: v.number(),
  currency: v.string(),
  method: v.string(),
  status: v.picklist(['completed', 'pending', 'failed', 'cancelled']),
});
export type CrmTransaction = v.InferOutput<typeof CrmTransactionSchema>;

export const KYC_STATUSES = ['verified', 'pending', 'rejected', 'not_started'] as const;

/** A responsible-gambling limit the player set (or the casino imposed). */
export const CrmLimitSchema = v.object({
  kind: v.picklist(['deposit', 'loss', 'wager', 'session']),
  period: v.picklist(['day', 'week', 'month']),
  /** In `unit`: a currency for money limits, "min" for session time. */
  value: v.number(),
  unit: v.string(),
  /** How much of it is used in the current period, when the CRM knows. */
  used: v.optional(v.nullable(v.number())),
});
export type CrmLimit = v.InferOutput<typeof CrmLimitSchema>;

/**
 * What the casino's CRM answers for GET {crm.url}/players/{playerId}. The
 * relay validates it with this schema: a CRM that answers something else is
 * "unavailable", never half-shown.
 */
export const CrmProfileSchema = v.object({
  playerId: v.string(),
  name: v.nullable(v.string()),
  country: v.nullable(v.string()),
  registeredAt: v.nullable(v.number()),
  vip: v.object({ tier: v.pipe(v.number(), v.integer(), v.minValue(0)), label: v.string() }),
  balance: MoneySchema,
  bonusBalance: v.nullable(MoneySchema),
  kyc: v.object({ status: v.picklist(KYC_STATUSES), updatedAt: v.nullable(v.number()), missing: v.array(v.string()) }),
  deposits: v.array(CrmTransactionSchema),
  withdrawals: v.array(CrmTransactionSchema),
  limits: v.array(CrmLimitSchema),
  /** Active self-exclusion or cooling-off: the agent must not promote play. */
  exclusion: v.nullable(v.object({ kind: v.picklist(['cooling-off', 'self-exclusion']), until: v.nullable(v.number()) })),
});
export type CrmProfile = v.InferOutput<typeof CrmProfileSchema>;

/**
 * - ok: the CRM answered
 * - not_found: it does not know this player
 * - unavailable: it failed, timed out or answered nonsense
 * - not_configured: the site names no CRM
 * - anonymous: the player is not verified, so there is no casino id to ask about
 */
export const CRM_STATUSES = ['ok', 'not_found', 'unavailable', 'not_configured', 'anonymous'] as const;
export type CrmStatus = (typeof CRM_STATUSES)[number];

export const EarlierConversationSchema = v.object({
  id: v.string(),
  status: ConversationStatusSchema,
  topic: v.nullable(TopicSchema),
  locale: v.string(),
  createdAt: v.number(),
  resolvedAt: v.nullable(v.number()),
  agentName: v.nullable(v.string()),
  /** The player's opening line, shortened. */
  opening: v.nullable(v.string()),
  csat: v.nullable(v.number()),
});
export type EarlierConversation = v.InferOutput<typeof EarlierConversationSchema>;

/** GET /api/conversations/:id/player */
export const PlayerSidebarSchema = v.object({
  playerId: v.string(),
  /** The casino's own id of a verified player. */
  externalId: v.nullable(v.string()),
  crm: v.nullable(CrmProfileSchema),
  crmStatus: v.picklist(CRM_STATUSES),
  /** The player's other conversations, newest first. */
  earlier: v.array(EarlierConversationSchema),
});
export type PlayerSidebar = v.InferOutput<typeof PlayerSidebarSchema>;

/**
 * A colleague the desk may hand a chat to by name: an online agent of the
 * same site (never a disabled, away or offline one), with what the holder
 * needs to choose well. `load` counts the open chats they hold now; a full
 * agent is listed, and a chat sent to them waits until a slot frees up.
 */
export const TransferCandidateSchema = v.object({
  id: v.string(),
  name: v.string(),
  role: AgentRoleSchema,
  load: v.number(),
  capacity: v.number(),
  skills: v.array(v.string()),
  languages: v.array(v.string()),
});
export type TransferCandidate = v.InferOutput<typeof TransferCandidateSchema>;

/** GET /api/transfer-candidates: free agents first (most free slots), then by name. */
export const TransferCandidateListSchema = v.object({ candidates: v.array(TransferCandidateSchema) });
