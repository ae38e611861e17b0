import type { ConversationRecord } from '../store/records';

/**
 * A conversation as it starts: queued, unassigned, nothing measured yet.
 * The one place that lists every field's starting value, so a new field is
 * added once (the relay, the history import and the tests all start here).
 */
export function newConversation(
  init: Pick<ConversationRecord, 'id' | 'siteId' | 'playerId' | 'createdAt'> & Partial<ConversationRecord>,
): ConversationRecord {
  return {
    playerName: null,
    status: 'queued',
    agentId: null,
    agentName: null,
    locale: 'en',
    topic: null,
    queuedAt: init.createdAt,
    assignedAt: null,
    firstResponseAt: null,
    firstResponseMs: null,
    resolvedAt: null,
    lastSeq: 0,
    vipTier: 0,
    responsibleGambling: false,
    complex: false,
    complexSince: null,
    needsSenior: false,
    seniorReachedAt: null,
    managerId: null,
    targetAgentId: null,
    excludedAgentIds: [],
    missedOffers: 0,
    transfers: 0,
    waitingSince: null,
    pausedMs: 0,
    breaches: [],
    playerReadSeq: 0,
    agentReadSeq: 0,
    offlineEmail: null,
    deflected: false,
    botAt: null,
    ...init,
  };
}
