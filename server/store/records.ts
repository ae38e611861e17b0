import type { AgentRole, ArticleRef, AttachmentRef, Author, ConversationStatus, Topic } from '../../protocol';
import type { BreachKind } from '../core/sla';

/** Rows as the domain sees them (camelCase, epoch ms). */
export interface AgentRecord {
  id: string;
  siteId: string;
  email: string;
  name: string;
  passwordHash: string;
  role: AgentRole;
  capacity: number;
  /** Topics this agent handles (routing skills). */
  skills: string[];
  /** Primary language subtags this agent answers in. */
  languages: string[];
  disabled: boolean;
  createdAt: number;
}

export interface AgentSessionRecord {
  tokenHash: string;
  agentId: string;
  createdAt: number;
  expiresAt: number;
}

export interface PlayerRecord {
  id: string;
  siteId: string;
  sessionHash: string;
  name: string | null;
  /** 0 = not VIP. Set from the verified identity or the CRM, never from the widget alone. */
  vipTier: number;
  /** The VIP's personal manager. */
  managerAgentId: string | null;
  /** The casino's own player id, once verified by a signed identity; null for anonymous visitors. */
  externalId: string | null;
  createdAt: number;
}

export interface ConversationRecord {
  id: string;
  siteId: string;
  playerId: string;
  playerName: string | null;
  status: ConversationStatus;
  agentId: string | null;
  agentName: string | null;
  locale: string;
  topic: Topic | null;
  createdAt: number;
  queuedAt: number | null;
  assignedAt: number | null;
  firstResponseAt: number | null;
  firstResponseMs: number | null;
  resolvedAt: number | null;
  lastSeq: number;
  vipTier: number;
  responsibleGambling: boolean;
  /** Flagged complex by an agent: measured against the escalation target. */
  complex: boolean;
  complexSince: number | null;
  /** Escalated: only a senior may hold it. */
  needsSenior: boolean;
  seniorReachedAt: number | null;
  managerId: string | null;
  /** Transferred to a named agent. */
  targetAgentId: string | null;
  /** Agents whose offer timed out: not offered again. */
  excludedAgentIds: string[];
  missedOffers: number;
  transfers: number;
  /** Set while the agent waits on the player (a document, a reference): the resolution clock is paused. */
  waitingSince: number | null;
  pausedMs: number;
  breaches: BreachKind[];
  /** Read receipts: the highest seq each side has seen. */
  playerReadSeq: number;
  agentReadSeq: number;
  /** Left by the player when nobody could answer soon: the first agent answer is mailed there. */
  offlineEmail: string | null;
  /** Ended by the player's "This solved it" on the bot's answer: counted as deflected, never as an agent's chat. */
  deflected: boolean;
  /** When the bot answered (the bot's time is reported apart from FRT). */
  botAt: number | null;
}

export interface MessageRecord {
  conversationId: string;
  seq: number;
  clientId: string;
  author: Author;
  authorId: string | null;
  authorName: string | null;
  text: string;
  at: number;
  /** Articles a bot answer suggests. */
  articles?: ArticleRef[];
  /** A file sent with the message. */
  attachment?: AttachmentRef;
}

export type NewMessage = Omit<MessageRecord, 'seq'>;

/** The outcome of appending: `duplicate` when the (conversation, client id) pair was already stored. */
export interface AppendResult {
  message: MessageRecord;
  duplicate: boolean;
}

export type ConversationEventKind =
  | 'assigned'
  | 'missed_offer'
  | 'transfer'
  | 'escalation'
  | 'waiting'
  | 'resumed'
  | 'resolved'
  | 'breach'
  | 'offline_email'
  | 'transcript_mailed';

/** The conversation's timeline, for reports and supervisors. Never shown to the player. */
export interface ConversationEventRecord {
  id: string;
  conversationId: string;
  siteId: string;
  kind: ConversationEventKind;
  /** For a breach: which SLA (first_response, resolution, escalation). */
  detail: string | null;
  agentId: string | null;
  note: string | null;
  at: number;
}
