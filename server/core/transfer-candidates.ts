import type { AgentStatus, TransferCandidate } from '../../protocol';
import type { AgentRecord } from '../store/records';

/**
 * Whom an agent may hand a chat to by name: colleagues of the same site who
 * are online now (routing gives nothing to an away, offline or disabled
 * agent, so a chat sent to one would only wait), never the asker. Those
 * with the most free slots come first, so the obvious choice is on top.
 */
export function transferCandidates(input: {
  asker: Pick<AgentRecord, 'id' | 'siteId'>;
  agents: AgentRecord[];
  statusOf: (agentId: string) => AgentStatus;
  /** Open conversations held, by agent id. */
  held: Map<string, number>;
}): TransferCandidate[] {
  return input.agents
    .filter((a) => a.siteId === input.asker.siteId && a.id !== input.asker.id && !a.disabled && input.statusOf(a.id) === 'online')
    .map((a) => ({
      id: a.id,
      name: a.name,
      role: a.role,
      load: input.held.get(a.id) ?? 0,
      capacity: a.capacity,
      skills: [...a.skills],
      languages: [...a.languages],
    }))
    .sort((a, b) => freeSlots(b) - freeSlots(a) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** A lowered capacity can leave an agent holding more than it allows: that is no free slot, not a negative one. */
function freeSlots(c: TransferCandidate): number {
  return Math.max(0, c.capacity - c.load);
}
