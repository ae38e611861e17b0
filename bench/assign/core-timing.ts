import { performance } from 'node:perf_hooks';
import { pickAgent, floorOf, planAssignments, type AgentSlot, type Assignment } from '../../server/core/routing';
import { naiveAssignments } from './naive';
import { copySlots, POLICY, syntheticFloor } from './synthetic-floor';

export interface Timing {
  /** Sorted per-call times in ms. */
  times: number[];
  assignments: number;
}

/** Call `run` on fresh input until `maxCalls` or `maxMs` (at least `minCalls`); only the call itself is timed. */
export function timeCalls(prepare: () => AgentSlot[], run: (agents: AgentSlot[]) => Assignment[], limits: { minCalls: number; maxCalls: number; maxMs: number }): Timing {
  const times: number[] = [];
  let assignments = 0;
  const until = performance.now() + limits.maxMs;
  for (let i = 0; i < limits.maxCalls && (i < limits.minCalls || performance.now() < until); i++) {
    const agents = prepare();
    const started = performance.now();
    assignments = run(agents).length;
    times.push(performance.now() - started);
  }
  return { times: times.sort((a, b) => a - b), assignments };
}

export const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

export interface CoreResults {
  queued: number;
  agents: number;
  freeSlots: number;
  full: { engine: Timing; naive: Timing };
  oneSlot: { engine: Timing; naive: Timing };
  pickAgentMicros: number;
  identical: boolean;
}

/** The routing core alone on a floor of `queued` chats and `agents` agents, against the naive scan. */
export function benchCore(queued: number, agents: number, quick: boolean): CoreResults {
  const now = Date.UTC(2026, 10, 25, 20);
  const floor = syntheticFloor(queued, agents, now);
  const policyOf = () => POLICY;
  const freeSlots = floor.agents.reduce((n, a) => n + (a.online ? a.capacity - a.load : 0), 0);
  const engine = (slots: AgentSlot[]) => planAssignments(floor.queue, slots, now, policyOf);
  const naive = (slots: AgentSlot[]) => naiveAssignments(floor.queue, slots, now, policyOf);

  const a = engine(copySlots(floor.agents));
  const b = naive(copySlots(floor.agents));
  const identical = a.length === b.length && a.every((x, i) => x.conversationId === b[i]!.conversationId && x.agentId === b[i]!.agentId);

  const scale = quick ? 0.2 : 1;
  const full = {
    engine: timeCalls(() => copySlots(floor.agents), engine, { minCalls: 5, maxCalls: 200, maxMs: 3000 * scale }),
    naive: timeCalls(() => copySlots(floor.agents), naive, { minCalls: 2, maxCalls: 20, maxMs: 6000 * scale }),
  };

  // One agent frees one slot while everyone else is full: what the relay computes on every resolve or hand-back.
  const oneFree = () => {
    const slots = copySlots(floor.agents).map((s) => ({ ...s, load: s.capacity }));
    const first = slots.find((s) => s.online && s.languages.has('en'))!;
    first.load -= 1;
    return slots;
  };
  const oneSlot = {
    engine: timeCalls(oneFree, engine, { minCalls: 20, maxCalls: 2000, maxMs: 3000 * scale }),
    naive: timeCalls(oneFree, naive, { minCalls: 20, maxCalls: 2000, maxMs: 3000 * scale }),
  };

  const slots = copySlots(floor.agents);
  const view = floorOf(slots);
  const calls = quick ? 2000 : 20_000;
  const started = performance.now();
  for (let i = 0; i < calls; i++) pickAgent(floor.queue[i % floor.queue.length]!, slots, now, POLICY, view);
  const pickAgentMicros = ((performance.now() - started) * 1000) / calls;

  return { queued, agents, freeSlots, full, oneSlot, pickAgentMicros, identical };
}
