import type { Selectable } from 'kysely';
import type { AgentRole, ArticleRef, AttachmentRef, Author, ConversationStatus, Topic } from '../../protocol';
import type { BreachKind } from '../core/sla';
import type { AgentRecord, ConversationEventKind, ConversationEventRecord, ConversationRecord, MessageRecord, PlayerRecord } from './records';
import type { Database } from './schema';

// PostgreSQL returns bigint as a string unless told otherwise; Number() keeps both stores alike.
const num = (value: unknown): number => Number(value);
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export function toAgent(row: Selectable<Database['agents']>): AgentRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    role: row.role as AgentRole,
    capacity: num(row.capacity),
    skills: jsonList(row.skills),
    languages: jsonList(row.languages),
    disabled: num(row.disabled) === 1,
    createdAt: num(row.created_at),
  };
}

export function toPlayer(row: Selectable<Database['players']>): PlayerRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    sessionHash: row.session_hash,
    name: row.name,
    vipTier: num(row.vip_tier),
    managerAgentId: row.manager_agent_id,
    externalId: row.external_id,
    createdAt: num(row.created_at),
  };
}

export function toConversation(row: Selectable<Database['conversations']> & { player_name: string | null }): ConversationRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    playerId: row.player_id,
    playerName: row.player_name,
    status: row.status as ConversationStatus,
    agentId: row.agent_id,
    agentName: row.agent_name,
    locale: row.locale,
    topic: row.topic as Topic | null,
    createdAt: num(row.created_at),
    queuedAt: numOrNull(row.queued_at),
    assignedAt: numOrNull(row.assigned_at),
    firstResponseAt: numOrNull(row.first_response_at),
    firstResponseMs: numOrNull(row.first_response_ms),
    resolvedAt: numOrNull(row.resolved_at),
    lastSeq: num(row.last_seq),
    vipTier: num(row.vip_tier),
    responsibleGambling: num(row.rg) === 1,
    complex: num(row.complex) === 1,
    complexSince: numOrNull(row.complex_since),
    needsSenior: num(row.needs_senior) === 1,
    seniorReachedAt: numOrNull(row.senior_reached_at),
    managerId: row.manager_id,
    targetAgentId: row.target_agent_id,
    excludedAgentIds: jsonList(row.excluded_agents),
    missedOffers: num(row.missed_offers),
    transfers: num(row.transfers),
    waitingSince: numOrNull(row.waiting_since),
    pausedMs: num(row.paused_ms),
    breaches: jsonList(row.breaches) as BreachKind[],
    playerReadSeq: num(row.player_read_seq),
    agentReadSeq: num(row.agent_read_seq),
    offlineEmail: row.offline_email,
    deflected: num(row.deflected) === 1,
    botAt: numOrNull(row.bot_at),
  };
}

export function toEvent(row: Selectable<Database['conversation_events']>): ConversationEventRecord {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    siteId: row.site_id,
    kind: row.kind as ConversationEventKind,
    detail: row.detail,
    agentId: row.agent_id,
    note: row.note,
    at: num(row.at),
  };
}

function jsonList(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

export function toMessage(row: Selectable<Database['messages']>): MessageRecord {
  return {
    conversationId: row.conversation_id,
    seq: num(row.seq),
    clientId: row.client_id,
    author: row.author as Author,
    authorId: row.author_id,
    authorName: row.author_name,
    text: row.text,
    at: num(row.at),
    ...(row.articles ? { articles: JSON.parse(row.articles) as ArticleRef[] } : {}),
    ...(row.attachment ? { attachment: JSON.parse(row.attachment) as AttachmentRef } : {}),
  };
}
