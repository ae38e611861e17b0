import type { AgentStatus, Floor, FloorAgent } from '../../protocol';
import type { AgentRecord } from '../store/records';

/** The queue of one site as the store has it (shared by every relay node). */
export interface QueueFacts {
  length: number;
  oldestQueuedAt: number | null;
}

/**
 * The live floor of one site as supervisors see it: the queue and the chats
 * each agent holds from the store, each agent's status from the relay.
 * Agents online are those whose status is online (a dropped socket keeps
 * them online through the site's reconnect grace, as routing does).
 */
export function siteFloor(input: {
  siteId: string;
  now: number;
  queue: QueueFacts;
  agents: AgentRecord[];
  statusOf: (agentId: string) => AgentStatus;
  /** Open conversations held, by agent id. */
  held: Map<string, number>;
}): Floor {
  const agents: FloorAgent[] = input.agents
    .filter((a) => !a.disabled)
    .map((a) => ({ id: a.id, name: a.name, status: input.statusOf(a.id), load: input.held.get(a.id) ?? 0, capacity: a.capacity }))
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.name.localeCompare(b.name));
  const online = agents.filter((a) => a.status === 'online');
  const { oldestQueuedAt } = input.queue;
  return {
    siteId: input.siteId,
    at: input.now,
    queueLength: input.queue.length,
    longestWaitMs: oldestQueuedAt === null ? 0 : Math.max(0, input.now - oldestQueuedAt),
    agentsOnline: online.length,
    freeCapacity: online.reduce((free, a) => free + Math.max(0, a.capacity - a.load), 0),
    agents,
  };
}

function statusRank(status: AgentStatus): number {
  return status === 'online' ? 0 : status === 'away' ? 1 : 2;
}
