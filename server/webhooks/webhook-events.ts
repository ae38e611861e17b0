import type { BusEvent } from '../bus/bus';
import type { WebhookEvent } from '../store/webhook-store';

/** What a webhook receives about a conversation: its public facts, never messages or notes. */
export interface WebhookConversation {
  id: string;
  playerId: string;
  status: string;
  agentId: string | null;
  agentName: string | null;
  locale: string;
  topic: string | null;
  vipTier: number;
  createdAt: number;
  queuedAt: number | null;
  assignedAt: number | null;
  firstResponseAt: number | null;
  firstResponseMs: number | null;
  resolvedAt: number | null;
  transfers: number;
  deflected: boolean;
}

export interface WebhookFact {
  siteId: string;
  event: WebhookEvent;
  /** Names what happened once: every node hears every bus event, and the relay republishes conversations on each change. */
  key: string;
  data: Record<string, unknown>;
}

/**
 * Which bus events are webhook events. A conversation is "created" when it
 * is first published (no messages, nobody holding it), "assigned" once per
 * assignment, "resolved" once.
 */
export function webhookFactsOf(event: BusEvent): WebhookFact[] {
  switch (event.kind) {
    case 'conversation': {
      const c = event.conversation;
      const conversation: WebhookConversation = {
        id: c.id,
        playerId: c.playerId,
        status: c.status,
        agentId: c.agentId,
        agentName: c.agentName,
        locale: c.locale,
        topic: c.topic,
        vipTier: c.vipTier,
        createdAt: c.createdAt,
        queuedAt: c.queuedAt,
        assignedAt: c.assignedAt,
        firstResponseAt: c.firstResponseAt,
        firstResponseMs: c.firstResponseMs,
        resolvedAt: c.resolvedAt,
        transfers: c.transfers,
        deflected: c.deflected,
      };
      const fact = (name: WebhookEvent, key: string): WebhookFact => ({ siteId: c.siteId, event: name, key, data: { conversation } });
      if (c.lastSeq === 0 && c.agentId === null && (c.status === 'queued' || c.status === 'bot')) return [fact('conversation.created', `created:${c.id}`)];
      if (c.status === 'assigned' && c.agentId && c.assignedAt !== null) return [fact('conversation.assigned', `assigned:${c.id}:${c.agentId}:${c.assignedAt}`)];
      if (c.status === 'resolved') return [fact('conversation.resolved', `resolved:${c.id}`)];
      return [];
    }
    case 'breach':
      return [{ siteId: event.siteId, event: 'sla.breached', key: `breach:${event.breach.conversationId}:${event.breach.kind}`, data: { breach: event.breach } }];
    case 'csat': {
      const r = event.rating;
      return [{ siteId: r.siteId, event: 'csat.received', key: `csat:${r.conversationId}:${r.at}`, data: { rating: { conversationId: r.conversationId, rating: r.rating, comment: r.comment, agentId: r.agentId, at: r.at } } }];
    }
    default:
      return [];
  }
}
