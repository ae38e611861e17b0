import * as v from 'valibot';

/** The fixed topic vocabulary shared by the bot, routing skills and reports. */
export const TOPICS = [
  'account-access',
  'deposit',
  'withdrawal',
  'bonus',
  'kyc',
  'game-issue',
  'responsible-gambling',
  'complaint',
  'vip',
  'other',
] as const;
export const TopicSchema = v.picklist(TOPICS);
export type Topic = v.InferOutput<typeof TopicSchema>;

export const CONVERSATION_STATUSES = ['bot', 'queued', 'assigned', 'resolved', 'missed'] as const;
export const ConversationStatusSchema = v.picklist(CONVERSATION_STATUSES);
export type ConversationStatus = v.InferOutput<typeof ConversationStatusSchema>;

export const AGENT_STATUSES = ['online', 'away', 'offline'] as const;
export const AgentStatusSchema = v.picklist(AGENT_STATUSES);
export type AgentStatus = v.InferOutput<typeof AgentStatusSchema>;

export const AGENT_ROLES = ['agent', 'senior', 'supervisor', 'admin'] as const;
export const AgentRoleSchema = v.picklist(AGENT_ROLES);
export type AgentRole = v.InferOutput<typeof AgentRoleSchema>;

export const AUTHORS = ['player', 'agent', 'bot', 'system'] as const;
export const AuthorSchema = v.picklist(AUTHORS);
export type Author = v.InferOutput<typeof AuthorSchema>;

/** BCP 47 tag as the widget sends it ("en", "fr", "ar", "pt-BR", "zh-CN"). */
export const LocaleSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), v.maxLength(35));

/** Client-made, globally unique message id (nanoid by default). */
export const ClientIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));

/** An FAQ article the bot suggests; the widget links to its text. */
export const ArticleRefSchema = v.object({ id: v.string(), topic: TopicSchema, title: v.string() });
export type ArticleRef = v.InferOutput<typeof ArticleRefSchema>;

/** What players may attach: screenshots and documents, as their first bytes prove (never by name). */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;

/** A file stored with a conversation; its bytes are served at `/api/attachments/:id` to the conversation's participants only. */
export const AttachmentRefSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  name: v.string(),
  type: v.picklist(ATTACHMENT_TYPES),
  size: v.number(),
});
export type AttachmentRef = v.InferOutput<typeof AttachmentRefSchema>;

/** A stored chat line. `seq` orders it within its conversation, starting at 1. */
export const MessageSchema = v.object({
  conversationId: v.string(),
  seq: v.number(),
  id: v.string(),
  author: AuthorSchema,
  authorName: v.nullable(v.string()),
  text: v.string(),
  /** epoch ms, server time */
  at: v.number(),
  /** Bot answers carry the articles they suggest. */
  articles: v.optional(v.array(ArticleRefSchema)),
  /** A file sent with the message (its text is the file name, for clients that know no attachments). */
  attachment: v.optional(AttachmentRefSchema),
});
export type Message = v.InferOutput<typeof MessageSchema>;

/** What the player's widget knows of its conversation. No agent internals. */
export const PlayerConversationSchema = v.object({
  id: v.string(),
  status: ConversationStatusSchema,
  agentName: v.nullable(v.string()),
  lastSeq: v.number(),
  /** The agent has read the player's messages up to this seq ("Seen"). */
  agentReadSeq: v.number(),
  /** Resolved by the player's "This solved it" on the bot's answer (absent otherwise). */
  deflected: v.optional(v.boolean()),
});

/**
 * A player identity signed by the casino backend: HMAC-SHA256 (hex) with the
 * site secret over `${playerId}.${issuedAt}`. Only `playerId` and `issuedAt`
 * are signed facts; name and email are display hints the agent sees as such.
 */
export const IdentitySchema = v.object({
  playerId: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  /** Epoch ms when the backend signed it; the server refuses old signatures. */
  issuedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  signature: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  name: v.optional(v.pipe(v.string(), v.maxLength(120))),
  email: v.optional(v.pipe(v.string(), v.email(), v.maxLength(254))),
});
export type Identity = v.InferOutput<typeof IdentitySchema>;
export type PlayerConversation = v.InferOutput<typeof PlayerConversationSchema>;

/** What an agent sees of a conversation: the SLA facts included. All times epoch ms. */
export const AgentConversationSchema = v.object({
  id: v.string(),
  siteId: v.string(),
  playerId: v.string(),
  playerName: v.nullable(v.string()),
  status: ConversationStatusSchema,
  agentId: v.nullable(v.string()),
  locale: v.string(),
  topic: v.nullable(TopicSchema),
  createdAt: v.number(),
  queuedAt: v.nullable(v.number()),
  assignedAt: v.nullable(v.number()),
  firstResponseAt: v.nullable(v.number()),
  /** First agent message minus entry into the human queue; null until answered. */
  firstResponseMs: v.nullable(v.number()),
  resolvedAt: v.nullable(v.number()),
  lastSeq: v.number(),
  /** The player has read up to this seq. */
  playerReadSeq: v.number(),
  /** 0 = not VIP. */
  vipTier: v.number(),
  responsibleGambling: v.boolean(),
  complex: v.boolean(),
  /** Escalated: waiting for (or held by) a senior. */
  needsSenior: v.boolean(),
  /** The agent is waiting on the player (a document, a reference): the resolution clock is paused. */
  waitingOnPlayer: v.boolean(),
  pausedMs: v.number(),
  missedOffers: v.number(),
  transfers: v.number(),
  breaches: v.array(v.picklist(['first_response', 'resolution', 'escalation'])),
  /** When each SLA target falls due (epoch ms), for the panel's countdown; null once met or while paused. */
  deadlines: v.object({ firstResponse: v.nullable(v.number()), resolution: v.nullable(v.number()) }),
});
export type AgentConversation = v.InferOutput<typeof AgentConversationSchema>;

export const AgentProfileSchema = v.object({
  id: v.string(),
  siteId: v.string(),
  name: v.string(),
  email: v.string(),
  role: AgentRoleSchema,
  status: AgentStatusSchema,
  capacity: v.number(),
  skills: v.array(v.string()),
  languages: v.array(v.string()),
});
export type AgentProfile = v.InferOutput<typeof AgentProfileSchema>;

export const BREACH_KINDS = ['first_response', 'resolution', 'escalation'] as const;
export const BreachSchema = v.object({
  conversationId: v.string(),
  kind: v.picklist(BREACH_KINDS),
  agentId: v.nullable(v.string()),
  at: v.number(),
});
export type Breach = v.InferOutput<typeof BreachSchema>;
