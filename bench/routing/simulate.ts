import { planAssignments, type AgentSlot, type Assignment, type QueuedConversation, type RoutingPolicy } from '../../server/core/routing';
import type { SimAgent, SimChat } from './day';

/** A routing strategy: given who waits and who is free at `now`, who takes what. */
export type Router = (queue: SimChat[], agents: AgentSlot[], now: number) => Assignment[];

export interface ChatOutcome {
  chat: SimChat;
  /** Seconds from arrival to the first agent message; null if the player left first. */
  frt: number | null;
  inLanguage: boolean;
}

export const FRT_TARGET_SECONDS = 300;
const POLICY: RoutingPolicy = { managerWaitMs: 20_000, languageWaitMs: 15_000, skillWaitMs: 15_000, responsibleGamblingWaitMs: 0 };

/** The production engine (server/core/routing.ts), time in ms as the relay uses it. */
export const engineRouter: Router = (queue, agents, now) =>
  planAssignments(
    queue.map(
      (c): QueuedConversation => ({
        id: c.id,
        siteId: 'sim',
        queuedAt: c.arrival * 1000,
        frtDeadline: (c.arrival + FRT_TARGET_SECONDS) * 1000,
        topic: c.topic,
        language: c.language,
        vipTier: c.vipTier,
        responsibleGambling: c.responsibleGambling,
        managerId: c.managerId,
        needsSenior: false,
        targetAgentId: null,
        excludedAgentIds: [],
      }),
    ),
    agents,
    now * 1000,
    () => POLICY,
  );

/** What a team writes first: first in, first out, to the next agent in turn with a free slot. */
export function roundRobinRouter(): Router {
  let next = 0;
  return (queue, agents) => {
    const assignments: Assignment[] = [];
    const online = agents.filter((a) => a.online);
    for (const chat of [...queue].sort((a, b) => a.arrival - b.arrival)) {
      for (let tried = 0; tried < online.length; tried++) {
        const agent = online[(next + tried) % online.length]!;
        if (agent.load >= agent.capacity) continue;
        agent.load += 1;
        next = (next + tried + 1) % online.length;
        assignments.push({ conversationId: chat.id, agentId: agent.id });
        break;
      }
    }
    return assignments;
  };
}

/** Replay the day second by second through one router. */
export function simulate(chats: SimChat[], agents: SimAgent[], router: Router): ChatOutcome[] {
  const byId = new Map(chats.map((c) => [c.id, c]));
  const agentById = new Map(agents.map((a) => [a.id, a]));
  const pending = [...chats].sort((a, b) => a.arrival - b.arrival);
  const queue = new Map<string, SimChat>();
  const busy = new Map<string, number[]>(agents.map((a) => [a.id, []])); // end times of held chats
  const idleSince = new Map<string, number>(agents.map((a) => [a.id, 0]));
  const outcomes: ChatOutcome[] = [];
  const end = 24 * 3600 + 3 * 3600;
  let cursor = 0;
  for (let now = 0; now < end; now++) {
    while (cursor < pending.length && pending[cursor]!.arrival <= now) {
      const c = pending[cursor++]!;
      queue.set(c.id, c);
    }
    for (const [id, c] of queue) {
      if (now - c.arrival >= c.patience) {
        queue.delete(id);
        outcomes.push({ chat: c, frt: null, inLanguage: false });
      }
    }
    for (const [id, ends] of busy) busy.set(id, ends.filter((t) => t > now));
    if (queue.size === 0) continue;
    const slots: AgentSlot[] = agents.map((a) => ({
      id: a.id,
      siteId: 'sim',
      // A shift ends for new chats; held ones are finished.
      online: now >= a.shiftStart && now < a.shiftEnd,
      capacity: a.capacity,
      load: busy.get(a.id)!.length,
      idleSince: idleSince.get(a.id)! * 1000,
      skills: a.skills,
      languages: a.languages,
      seniority: a.seniority,
    }));
    if (!slots.some((s) => s.online && s.load < s.capacity)) continue;
    for (const { conversationId, agentId } of router([...queue.values()], slots, now)) {
      const chat = byId.get(conversationId)!;
      queue.delete(conversationId);
      busy.get(agentId)!.push(now + chat.reaction + chat.handle);
      idleSince.set(agentId, now);
      outcomes.push({ chat, frt: now - chat.arrival + chat.reaction, inLanguage: agentById.get(agentId)!.languages.has(chat.language) });
    }
  }
  for (const c of queue.values()) outcomes.push({ chat: c, frt: null, inLanguage: false });
  return outcomes;
}
