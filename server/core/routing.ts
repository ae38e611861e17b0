/**
 * Which queued conversation goes to which agent. Pure: given the queue and the
 * agents' slots it returns assignments; nothing here touches time or I/O.
 */

export interface QueuedConversation {
  id: string;
  siteId: string;
  /** When it entered the human queue (kept across re-queues: the FRT clock keeps running). */
  queuedAt: number;
}

export interface AgentSlot {
  id: string;
  siteId: string;
  online: boolean;
  capacity: number;
  load: number;
  /** Last time this agent was given a chat (or came online): the longest idle goes first on ties. */
  idleSince: number;
}

export interface Assignment {
  conversationId: string;
  agentId: string;
}

/** Oldest first; the id breaks ties so the order is total and deterministic. */
export function compareQueued(a: QueuedConversation, b: QueuedConversation): number {
  return a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Least loaded, then longest idle, then id. */
export function pickAgent(conversation: QueuedConversation, agents: Iterable<AgentSlot>): AgentSlot | null {
  let best: AgentSlot | null = null;
  for (const agent of agents) {
    if (!agent.online || agent.siteId !== conversation.siteId || agent.load >= agent.capacity) continue;
    if (
      !best ||
      agent.load < best.load ||
      (agent.load === best.load && (agent.idleSince < best.idleSince || (agent.idleSince === best.idleSince && agent.id < best.id)))
    ) {
      best = agent;
    }
  }
  return best;
}

/**
 * Walk the queue in order and hand each conversation to the best free agent.
 * Slots are mutated (load, idleSince) so one call can fill several agents.
 */
export function planAssignments(queue: readonly QueuedConversation[], agents: readonly AgentSlot[], now: number): Assignment[] {
  const assignments: Assignment[] = [];
  const ordered = [...queue].sort(compareQueued);
  for (const conversation of ordered) {
    const agent = pickAgent(conversation, agents);
    if (!agent) continue;
    agent.load += 1;
    agent.idleSince = now;
    assignments.push({ conversationId: conversation.id, agentId: agent.id });
  }
  return assignments;
}
