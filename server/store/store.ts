import type {
  AgentRecord,
  AgentSessionRecord,
  AppendResult,
  ConversationEventRecord,
  ConversationRecord,
  MessageRecord,
  NewMessage,
  PlayerRecord,
} from './records';
import type { AgentDirectory } from './agent-directory';
import type { AttachmentStore } from './attachment-store';
import type { SiteSettingsStore } from './site-settings-store';
import type { CannedReplyStore } from './canned-store';
import type { CsatStore } from './csat-store';
import type { FaqArticleStore } from './faq-article-store';
import type { ReportQueries } from './kpi-queries';
import type { NoteStore } from './note-store';
import type { ShiftStore } from './shift-store';
import type { WebhookStore } from './webhook-store';
import type { HistoryImport } from './history-import';
import type { AuditStore } from './audit-store';
import type { TranscriptQueries } from './transcript-queries';
import type { PlayerDataStore } from './player-data-store';

export type ConversationPatch = Partial<
  Pick<
    ConversationRecord,
    | 'status'
    | 'agentId'
    | 'agentName'
    | 'queuedAt'
    | 'assignedAt'
    | 'firstResponseAt'
    | 'firstResponseMs'
    | 'resolvedAt'
    | 'topic'
    | 'responsibleGambling'
    | 'complex'
    | 'complexSince'
    | 'needsSenior'
    | 'seniorReachedAt'
    | 'targetAgentId'
    | 'excludedAgentIds'
    | 'missedOffers'
    | 'transfers'
    | 'waitingSince'
    | 'pausedMs'
    | 'breaches'
    | 'playerReadSeq'
    | 'agentReadSeq'
    | 'offlineEmail'
    | 'deflected'
    | 'botAt'
  >
>;

/**
 * Everything the relay keeps. SQLite (embedded default) and PostgreSQL
 * implement it; both pass tests/unit/store/store.contract.ts.
 */
export interface Store {
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** A trivial round trip, for /healthz. */
  ping(): Promise<void>;

  createAgent(agent: AgentRecord): Promise<void>;
  getAgent(id: string): Promise<AgentRecord | null>;
  findAgentByEmail(email: string): Promise<AgentRecord | null>;
  /** A disabled agent can neither sign in nor keep a session. */
  setAgentDisabled(id: string, disabled: boolean): Promise<void>;

  createAgentSession(session: AgentSessionRecord): Promise<void>;
  getAgentSession(tokenHash: string): Promise<AgentSessionRecord | null>;
  deleteAgentSession(tokenHash: string): Promise<void>;

  createPlayer(player: PlayerRecord): Promise<void>;
  findPlayerBySession(siteId: string, sessionHash: string): Promise<PlayerRecord | null>;
  findPlayerByExternalId(siteId: string, externalId: string): Promise<PlayerRecord | null>;
  updatePlayer(id: string, patch: Partial<Pick<PlayerRecord, 'sessionHash' | 'name' | 'vipTier' | 'managerAgentId'>>): Promise<void>;

  createConversation(conversation: ConversationRecord): Promise<void>;
  getConversation(id: string): Promise<ConversationRecord | null>;
  updateConversation(id: string, patch: ConversationPatch): Promise<ConversationRecord>;
  /**
   * Apply `patch` only if the conversation is still queued; null if it is not.
   * The database, not a node's memory, has the last word on who takes a chat.
   */
  claimQueued(id: string, patch: ConversationPatch): Promise<ConversationRecord | null>;
  /** The player's newest conversation, open or not. */
  latestConversationOfPlayer(playerId: string): Promise<ConversationRecord | null>;
  /** Queued and assigned conversations, to rebuild the routing state after a restart. */
  listOpenConversations(): Promise<ConversationRecord[]>;

  /**
   * Store a message durably, giving it the conversation's next sequence number.
   * Idempotent on (conversationId, clientId): a repeat returns the stored one.
   * Appends are committed in groups (one transaction per event-loop turn); the
   * promise resolves only after the commit.
   */
  appendMessage(message: NewMessage): Promise<AppendResult>;
  addEvent(event: ConversationEventRecord): Promise<void>;
  listEvents(conversationId: string): Promise<ConversationEventRecord[]>;
  findMessageByClientId(conversationId: string, clientId: string): Promise<MessageRecord | null>;
  listMessages(conversationId: string, afterSeq: number, limit: number): Promise<MessageRecord[]>;

  // The floor's tools, each its own port over the same database.
  readonly reports: ReportQueries;
  readonly notes: NoteStore;
  readonly csat: CsatStore;
  readonly canned: CannedReplyStore;
  readonly agents: AgentDirectory;
  readonly shifts: ShiftStore;
  readonly webhooks: WebhookStore;
  readonly history: HistoryImport;
  readonly faq: FaqArticleStore;
  readonly attachments: AttachmentStore;
  // Player data (0010): the audit log, transcript search, GDPR export and erase, retention.
  readonly audit: AuditStore;
  readonly transcripts: TranscriptQueries;
  readonly playerData: PlayerDataStore;
  readonly siteSettings: SiteSettingsStore;
}
