import type { AgentStatus, Floor, FloorAgent } from '../../protocol';
import type { AgentRecord } from '../store/records';

/** What the relay knows of the floor right now (Relay.floor(); any node has it). */
export interface FloorFacts {
  sites: Record<string, { agentsOnline: number; freeSlots: number; queuedAts: number[] }>;
  statuses: Record<string, AgentStatus>;
}

/**
 * The live floor of one site as supervisors see it: the relay's floor summary
 * (queue entry times, online agents, free slots, statuses) with the agents'
 * names and the chats each holds (from the store, which every node shares).
 */
export function siteFloor(input: {
  siteId: string;
  now: number;
  summary: FloorFacts;
  agents: AgentRecord[];
  /** Open conversations held, by agent id. */
  held: Map<string, number>;
}): Floor {
  const { siteId, now, summary } = input;
  const here = summary.sites[siteId] ?? { agentsOnline: 0, freeSlots: 0, queuedAts: [] };
  const oldest = here.queuedAts.length ? Math.min(...here.queuedAts) : null;
  const agents: FloorAgent[] = input.agents
    .filter((a) => !a.disabled)
    .map((a) => ({ id: a.id, name: a.name, status: summary.statuses[a.id] ?? 'offline', load: input.held.get(a.id) ?? 0, capacity: a.capacity }))
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.name.localeCompare(b.name));
  return {
    siteId,
    at: now,
    queueLength: here.queuedAts.length,
    longestWaitMs: oldest === null ? 0 : Math.max(0, now - oldest),
    agentsOnline: here.agentsOnline,
    freeCapacity: here.freeSlots,
    agents,
  };
}

function statusRank(status: AgentStatus): number {
  return status === 'online' ? 0 : status === 'away' ? 1 : 2;
}
