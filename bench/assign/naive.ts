import { compareQueued, floorOf, pickAgent, type AgentSlot, type Assignment, type QueuedConversation, type RoutingPolicy } from '../../server/core/routing';

/**
 * The obvious implementation a team writes first, as the baseline: for every
 * free slot, scan the whole queue for the most urgent chat not yet tried,
 * and give it to its best agent (the same rules and the same pickAgent, so
 * the decisions are identical; only the search differs).
 */
export function naiveAssignments(queue: readonly QueuedConversation[], agents: AgentSlot[], now: number, policyOf: (siteId: string) => RoutingPolicy): Assignment[] {
  const floor = floorOf(agents);
  const tried = new Uint8Array(queue.length);
  const assignments: Assignment[] = [];
  let free = agents.reduce((n, a) => n + (a.online ? Math.max(0, a.capacity - a.load) : 0), 0);
  while (free > 0) {
    let best = -1;
    for (let i = 0; i < queue.length; i++) if (!tried[i] && (best < 0 || compareQueued(queue[i]!, queue[best]!) < 0)) best = i;
    if (best < 0) break;
    tried[best] = 1;
    const c = queue[best]!;
    const agent = pickAgent(c, agents, now, policyOf(c.siteId), floor);
    if (!agent) continue;
    agent.load += 1;
    agent.idleSince = now;
    free -= 1;
    assignments.push({ conversationId: c.id, agentId: agent.id });
  }
  return assignments;
}
