import type { Topic } from '../../protocol';
import { ordered } from './ordered';

/**
 * Which queued conversation goes to which agent. Pure: given the queue, the
 * agents' slots and the time, it returns assignments; nothing here touches
 * I/O. The rules (DESIGN.md "Routing", issue #3):
 *
 * Queue order: responsible gambling first, then VIP tier, then the nearest
 * first-response deadline, then arrival.
 *
 * Eligible agent: same site, online with a free slot, not one who already let
 * this chat's offer time out; a senior if the chat was escalated; the named
 * agent if it was transferred to one; the topic's skill (any skilled agent
 * after the site's skill wait, so nobody in distress waits forever for a
 * specialist); the player's language (any language after the site's language
 * wait). Nobody waits for a skill or a language that no online agent has.
 * For a VIP whose personal manager is online,
 * only that manager until the site's manager wait runs out.
 *
 * Among eligible agents: the personal manager, then the best fit (skill and
 * language), then least loaded, then longest idle.
 */

export type Seniority = 'agent' | 'senior' | 'supervisor' | 'admin';

export interface QueuedConversation {
  id: string;
  siteId: string;
  /** When it entered the human queue (kept across re-queues: the FRT clock keeps running). */
  queuedAt: number;
  /** queuedAt + the site's first-response target. */
  frtDeadline: number;
  topic: Topic | null;
  /** Primary language subtag of the player's locale ("fr", "ar", "zh"). */
  language: string;
  /** 0 = not VIP; higher is more valuable. */
  vipTier: number;
  responsibleGambling: boolean;
  /** The VIP's personal manager, if they have one. */
  managerId: string | null;
  /** Escalated: only seniors may take it. */
  needsSenior: boolean;
  /** Transferred to a named agent: only they may take it. */
  targetAgentId: string | null;
  /** Agents whose offer of this chat timed out. */
  excludedAgentIds: readonly string[];
}

export interface AgentSlot {
  id: string;
  siteId: string;
  online: boolean;
  capacity: number;
  load: number;
  /** Last time this agent was given a chat (or came online): the longest idle goes first on ties. */
  idleSince: number;
  skills: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  seniority: Seniority;
}

/** Per-site waits, in ms. */
export interface RoutingPolicy {
  managerWaitMs: number;
  languageWaitMs: number;
  skillWaitMs: number;
  /** A person in distress waits at most this long for a responsible-gambling specialist before anyone answers. */
  responsibleGamblingWaitMs: number;
}

export interface Assignment {
  conversationId: string;
  agentId: string;
}

const SENIOR: ReadonlySet<Seniority> = new Set(['senior', 'supervisor', 'admin']);
/** Topics any agent can take. */
const GENERAL_TOPICS: ReadonlySet<string> = new Set(['other']);

/** Total order of the queue: the first element is served first. */
export function compareQueued(a: QueuedConversation, b: QueuedConversation): number {
  return (
    Number(b.responsibleGambling) - Number(a.responsibleGambling) ||
    b.vipTier - a.vipTier ||
    a.frtDeadline - b.frtDeadline ||
    a.queuedAt - b.queuedAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/**
 * Who is on the floor right now (online, free or not): waiting for a skill or
 * a language only makes sense if somebody online has it.
 */
export interface FloorView {
  online: ReadonlySet<string>;
  skills: ReadonlySet<string>;
  languages: ReadonlySet<string>;
}

export function floorOf(agents: Iterable<AgentSlot>): FloorView {
  const online = new Set<string>();
  const skills = new Set<string>();
  const languages = new Set<string>();
  for (const a of agents) {
    if (!a.online) continue;
    online.add(a.id);
    for (const s of a.skills) skills.add(s);
    for (const l of a.languages) languages.add(l);
  }
  return { online, skills, languages };
}

/** Could this agent take this chat now, ignoring capacity? */
export function isEligible(c: QueuedConversation, agent: AgentSlot, now: number, policy: RoutingPolicy, floor: FloorView): boolean {
  if (agent.siteId !== c.siteId || !agent.online) return false;
  if (c.excludedAgentIds.includes(agent.id)) return false;
  if (c.targetAgentId) return agent.id === c.targetAgentId;
  if (c.needsSenior && !SENIOR.has(agent.seniority)) return false;
  const waited = now - c.queuedAt;
  if (c.managerId && floor.online.has(c.managerId) && waited < policy.managerWaitMs && agent.id !== c.managerId) return false;
  if (agent.id === c.managerId) return true;
  const needsSkill = c.topic !== null && !GENERAL_TOPICS.has(c.topic);
  const skillWait = c.responsibleGambling ? Math.min(policy.skillWaitMs, policy.responsibleGamblingWaitMs) : policy.skillWaitMs;
  if (needsSkill && !agent.skills.has(c.topic!) && floor.skills.has(c.topic!) && waited < skillWait) return false;
  if (!agent.languages.has(c.language) && floor.languages.has(c.language) && waited < policy.languageWaitMs) return false;
  return true;
}

/** Manager first, then least loaded, then longest idle, then id. */
/** 2 = has the topic's skill and speaks the language, 1 = one of the two, 0 = neither (allowed only after the waits). */
function fit(c: QueuedConversation, agent: AgentSlot): number {
  const skilled = c.topic === null || GENERAL_TOPICS.has(c.topic) || agent.skills.has(c.topic);
  return Number(skilled) + Number(agent.languages.has(c.language));
}

function better(c: QueuedConversation, candidate: AgentSlot, best: AgentSlot | null): boolean {
  if (!best) return true;
  if (c.managerId) {
    if (candidate.id === c.managerId) return true;
    if (best.id === c.managerId) return false;
  }
  const fitNow = fit(c, candidate) - fit(c, best);
  if (fitNow !== 0) return fitNow > 0;
  if (candidate.load !== best.load) return candidate.load < best.load;
  if (candidate.idleSince !== best.idleSince) return candidate.idleSince < best.idleSince;
  return candidate.id < best.id;
}

export function pickAgent(c: QueuedConversation, agents: Iterable<AgentSlot>, now: number, policy: RoutingPolicy, floor: FloorView): AgentSlot | null {
  let best: AgentSlot | null = null;
  for (const agent of agents) {
    if (agent.load >= agent.capacity) continue;
    if (!isEligible(c, agent, now, policy, floor)) continue;
    if (better(c, agent, best)) best = agent;
  }
  return best;
}

/**
 * Walk the queue in order and hand each conversation to its best free agent.
 * Slots are mutated (load, idleSince) so one call fills several agents and
 * never overfills one.
 */
export function planAssignments(
  queue: Iterable<QueuedConversation>,
  agents: readonly AgentSlot[],
  now: number,
  policyOf: (siteId: string) => RoutingPolicy,
): Assignment[] {
  const assignments: Assignment[] = [];
  const floor = floorOf(agents);
  let free = agents.reduce((n, a) => n + (a.online ? Math.max(0, a.capacity - a.load) : 0), 0);
  for (const c of ordered(queue, compareQueued)) {
    if (free === 0) break;
    const agent = pickAgent(c, agents, now, policyOf(c.siteId), floor);
    if (!agent) continue;
    agent.load += 1;
    agent.idleSince = now;
    free -= 1;
    assignments.push({ conversationId: c.id, agentId: agent.id });
  }
  return assignments;
}

/**
 * The earliest time a wait (manager, language, skill) runs out for a queued
 * chat, when re-planning could assign something that cannot be assigned now.
 */
export function nextWaitExpiry(queue: Iterable<QueuedConversation>, now: number, policyOf: (siteId: string) => RoutingPolicy): number | null {
  let next: number | null = null;
  for (const c of queue) {
    const p = policyOf(c.siteId);
    for (const wait of [p.managerWaitMs, p.languageWaitMs, p.skillWaitMs, p.responsibleGamblingWaitMs]) {
      const at = c.queuedAt + wait;
      if (at > now && (next === null || at < next)) next = at;
    }
  }
  return next;
}
