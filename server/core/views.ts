import type { AgentConversation, AgentProfile, AgentStatus, Message, PlayerConversation } from '../../protocol';
import type { AgentRecord, ConversationRecord, MessageRecord } from '../store/records';
import type { SlaTargets } from './sla';

/** Records become wire shapes here and nowhere else, so no internal field leaks by accident. */
export function toWireMessage(m: MessageRecord): Message {
  return {
    conversationId: m.conversationId,
    seq: m.seq,
    id: m.clientId,
    author: m.author,
    authorName: m.authorName,
    text: m.text,
    at: m.at,
    ...(m.articles ? { articles: m.articles } : {}),
    ...(m.attachment ? { attachment: m.attachment } : {}),
  };
}

export function toPlayerConversation(c: ConversationRecord): PlayerConversation {
  return { id: c.id, status: c.status, agentName: c.agentName, lastSeq: c.lastSeq, agentReadSeq: c.agentReadSeq, ...(c.deflected ? { deflected: true } : {}) };
}

export function toAgentConversation(c: ConversationRecord, targets: SlaTargets): AgentConversation {
  const open = c.status === 'queued' || c.status === 'assigned';
  return {
    id: c.id,
    siteId: c.siteId,
    playerId: c.playerId,
    playerName: c.playerName,
    status: c.status,
    agentId: c.agentId,
    locale: c.locale,
    topic: c.topic,
    createdAt: c.createdAt,
    queuedAt: c.queuedAt,
    assignedAt: c.assignedAt,
    firstResponseAt: c.firstResponseAt,
    firstResponseMs: c.firstResponseMs,
    resolvedAt: c.resolvedAt,
    lastSeq: c.lastSeq,
    playerReadSeq: c.playerReadSeq,
    vipTier: c.vipTier,
    responsibleGambling: c.responsibleGambling,
    complex: c.complex,
    needsSenior: c.needsSenior,
    waitingOnPlayer: c.waitingSince !== null,
    pausedMs: c.pausedMs,
    missedOffers: c.missedOffers,
    transfers: c.transfers,
    breaches: c.breaches,
    deadlines: {
      firstResponse: open && c.firstResponseAt === null && c.queuedAt !== null ? c.queuedAt + targets.firstResponseMs : null,
      resolution: open && c.waitingSince === null && c.queuedAt !== null && !c.complex ? c.queuedAt + c.pausedMs + targets.resolutionMs : null,
    },
  };
}

export function toAgentProfile(a: AgentRecord, status: AgentStatus): AgentProfile {
  return { id: a.id, siteId: a.siteId, name: a.name, email: a.email, role: a.role, status, capacity: a.capacity, skills: a.skills, languages: a.languages };
}
