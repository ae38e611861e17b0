import type { ConversationRecord } from '../store/records';
import { languageOf, type QueuedConversation } from './routing';

/**
 * The open (queued or assigned) conversations, mirrored from the store so
 * routing and the SLA clock never query it on the hot path. The relay puts
 * every record it writes; resolved ones drop out.
 */
export class OpenConversations {
  private readonly byId = new Map<string, ConversationRecord>();
  /** player → their open conversation (a player has at most one open at a time). */
  private readonly byPlayer = new Map<string, string>();
  /** conversation → agent → until when that agent is not offered it again (after a missed offer). */
  private readonly exclusions = new Map<string, Map<string, number>>();

  put(c: ConversationRecord): void {
    if (c.status === 'queued' || c.status === 'assigned') {
      this.byId.set(c.id, c);
      this.byPlayer.set(c.playerId, c.id);
    } else {
      this.byId.delete(c.id);
      this.exclusions.delete(c.id);
      if (this.byPlayer.get(c.playerId) === c.id) this.byPlayer.delete(c.playerId);
    }
  }

  /** A message was stored: the cached copy's lastSeq moves with it. */
  noteSeq(id: string, seq: number): void {
    const c = this.byId.get(id);
    if (c && seq > c.lastSeq) this.byId.set(id, { ...c, lastSeq: seq });
  }

  /** The player's open conversation, if there is one (then it is also their latest). */
  ofPlayer(playerId: string): ConversationRecord | undefined {
    const id = this.byPlayer.get(playerId);
    return id === undefined ? undefined : this.byId.get(id);
  }

  get(id: string): ConversationRecord | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<ConversationRecord> {
    return this.byId.values();
  }

  /** Assigned chats the agent has not answered yet: candidates for an offer timeout. */
  *unansweredOffers(): Iterable<ConversationRecord> {
    for (const c of this.byId.values()) if (c.status === 'assigned' && c.firstResponseAt === null) yield c;
  }

  exclude(conversationId: string, agentId: string, until: number): void {
    let agents = this.exclusions.get(conversationId);
    if (!agents) this.exclusions.set(conversationId, (agents = new Map()));
    agents.set(agentId, until);
  }

  nextExclusionExpiry(now: number): number | null {
    let next: number | null = null;
    for (const agents of this.exclusions.values()) {
      for (const until of agents.values()) if (until > now && (next === null || until < next)) next = until;
    }
    return next;
  }

  /** The queue as routing sees it. */
  queued(now: number, frtTargetOf: (siteId: string) => number): QueuedConversation[] {
    const queue: QueuedConversation[] = [];
    for (const c of this.byId.values()) {
      if (c.status !== 'queued') continue;
      const queuedAt = c.queuedAt ?? c.createdAt;
      const excluded: string[] = [];
      for (const [agentId, until] of this.exclusions.get(c.id) ?? []) if (until > now) excluded.push(agentId);
      queue.push({
        id: c.id,
        siteId: c.siteId,
        queuedAt,
        frtDeadline: queuedAt + frtTargetOf(c.siteId),
        topic: c.topic,
        language: languageOf(c.locale),
        vipTier: c.vipTier,
        responsibleGambling: c.responsibleGambling,
        managerId: c.managerId,
        needsSenior: c.needsSenior,
        targetAgentId: c.targetAgentId,
        excludedAgentIds: excluded,
      });
    }
    return queue;
  }
}
