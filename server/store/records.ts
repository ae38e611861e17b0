import type { AgentRole, Author, ConversationStatus, Topic } from '../../protocol';

/** Rows as the domain sees them (camelCase, epoch ms). */
export interface AgentRecord {
  id: string;
  siteId: string;
  email: string;
  name: string;
  passwordHash: string;
  role: AgentRole;
  capacity: number;
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
}

export type NewMessage = Omit<MessageRecord, 'seq'>;

/** The outcome of appending: `duplicate` when the (conversation, client id) pair was already stored. */
export interface AppendResult {
  message: MessageRecord;
  duplicate: boolean;
}
