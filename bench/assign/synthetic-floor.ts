import { TOPICS } from '../../protocol';
import type { AgentSlot, QueuedConversation, RoutingPolicy, Seniority } from '../../server/core/routing';
import { pickWeighted, seededRandom } from '../routing/random';

/** The sites file's default waits (server/config/sites.ts). */
export const POLICY: RoutingPolicy = { managerWaitMs: 20_000, languageWaitMs: 30_000, skillWaitMs: 30_000, responsibleGamblingWaitMs: 10_000 };
const FRT_TARGET_MS = 5 * 60_000;
const LANGUAGES: [string, number][] = [
  ['en', 40], ['de', 10], ['fr', 8], ['es', 8], ['pt', 7], ['ru', 6], ['tr', 6], ['ar', 5], ['ko', 5], ['zh', 5],
];
const SENIORITY: [Seniority, number][] = [['agent', 80], ['senior', 15], ['supervisor', 5]];

/**
 * A big floor in the middle of a promotion: `queued` chats waiting (the last
 * 10 minutes of arrivals, so some routing waits have run out), `agents`
 * agents with mixed languages and skills, most online, most partly loaded.
 * Seeded: every run builds the same floor.
 */
export function syntheticFloor(queued: number, agents: number, now: number, seed = 7): { queue: QueuedConversation[]; agents: AgentSlot[] } {
  const random = seededRandom(seed);
  const agentSlots: AgentSlot[] = [];
  for (let i = 0; i < agents; i++) {
    const languages = new Set(['en', pickWeighted(random, LANGUAGES), pickWeighted(random, LANGUAGES)].slice(random() < 0.3 ? 0 : 1));
    const skills = new Set(TOPICS.filter(() => random() < 0.6));
    skills.add('other');
    const capacity = 4;
    agentSlots.push({
      id: `a_${String(i).padStart(4, '0')}`,
      siteId: 'casino',
      online: random() < 0.9,
      capacity,
      load: Math.floor(random() * capacity),
      idleSince: now - Math.floor(random() * 600_000),
      skills,
      languages,
      seniority: pickWeighted(random, SENIORITY),
    });
  }
  const queue: QueuedConversation[] = [];
  for (let i = 0; i < queued; i++) {
    const queuedAt = now - Math.floor(random() * 600_000);
    const vip = random() < 0.08;
    const responsibleGambling = random() < 0.02;
    queue.push({
      id: `c_${String(i).padStart(6, '0')}`,
      siteId: 'casino',
      queuedAt,
      frtDeadline: queuedAt + FRT_TARGET_MS,
      topic: responsibleGambling ? 'responsible-gambling' : random() < 0.9 ? TOPICS[Math.floor(random() * TOPICS.length)]! : null,
      language: pickWeighted(random, LANGUAGES),
      vipTier: vip ? 1 + Math.floor(random() * 3) : 0,
      responsibleGambling,
      managerId: vip && random() < 0.4 ? agentSlots[Math.floor(random() * agents)]!.id : null,
      needsSenior: random() < 0.02,
      targetAgentId: random() < 0.005 ? agentSlots[Math.floor(random() * agents)]!.id : null,
      excludedAgentIds: random() < 0.03 ? [agentSlots[Math.floor(random() * agents)]!.id] : [],
    });
  }
  return { queue, agents: agentSlots };
}

/** A fresh copy of the slots (planAssignments mutates load and idleSince). */
export function copySlots(agents: readonly AgentSlot[]): AgentSlot[] {
  return agents.map((a) => ({ ...a }));
}
