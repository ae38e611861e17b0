import type { Kpis, Ratio, SeriesPoint } from '../../protocol';
import type { CsatRecord } from '../store/csat-store';
import type { BreachFact, KpiConversation } from '../store/kpi-queries';

/**
 * The KPIs of docs/KPIS.md, computed from stored facts. Pure: the window,
 * "now" and the targets are passed in, so every figure can be worked out by
 * hand in a test. The store supplies conversations created from a day before
 * the window to a day after it (`KPI_LOOKBACK_MS`), enough for chats queued
 * before the window and answered in it, and for the 24 h return check of FCR.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** How far around the window the store is asked for conversations. */
export const KPI_LOOKBACK_MS = DAY_MS;
/** An unanswered chat still open this long after it was queued counts as abandoned: the player has left. */
export const ABANDON_AFTER_MS = 30 * 60_000;
/** A player back on the same topic within this long after a resolution means it was not resolved at first contact. */
export const FCR_RETURN_MS = DAY_MS;
/** Windows up to this long get hourly chart buckets; longer ones daily. */
export const HOURLY_UP_TO_MS = 2 * DAY_MS;

export interface KpiInput {
  from: number;
  to: number;
  now: number;
  frtTargetMs: number;
  conversations: KpiConversation[];
  ratings: CsatRecord[];
  breaches: BreachFact[];
}

export interface AgentFigures {
  chats: number;
  resolved: number;
  frtP50Ms: number | null;
  csatAverage: number | null;
  csatCount: number;
  breaches: number;
}

export interface KpiReport {
  kpis: Kpis;
  bucketMs: number;
  series: SeriesPoint[];
  /** By agent id, for every agent with any figure in the window. */
  agents: Map<string, AgentFigures>;
}

const within = (t: number | null, from: number, to: number): t is number => t !== null && t >= from && t < to;

/** Nearest-rank percentile: the value at rank ceil(p × n) of the sorted list; null for none. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

export function ratio(count: number, of: number): Ratio {
  return { count, of, share: of === 0 ? null : count / of };
}

function average(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Entered the queue, never answered, and over: ended, or open long enough that the player has gone. */
export function isAbandoned(c: KpiConversation, now: number): boolean {
  if (c.queuedAt === null || c.firstResponseAt !== null) return false;
  if (c.status === 'resolved' || c.status === 'missed') return true;
  return now - c.queuedAt >= ABANDON_AFTER_MS;
}

/**
 * For the share answered within target: null while the outcome is not known
 * yet (still waiting within the target) or when the chat ended unanswered
 * within the target (a short abandon, counted by abandonment instead).
 */
export function metTarget(c: KpiConversation, now: number, targetMs: number): boolean | null {
  if (c.queuedAt === null) return null;
  if (c.firstResponseMs !== null) return c.firstResponseMs <= targetMs;
  const unansweredUntil = c.status === 'resolved' || c.status === 'missed' ? (c.resolvedAt ?? now) : now;
  return unansweredUntil - c.queuedAt > targetMs ? false : null;
}

/** Resolved after an agent's answer, not by the bot. */
function resolvedByAgent(c: KpiConversation): boolean {
  return c.status === 'resolved' && c.resolvedAt !== null && c.firstResponseAt !== null && !c.deflected;
}

/** No transfer, no escalation, and the player not back on the same topic within 24 h. */
export function resolvedAtFirstContact(c: KpiConversation, all: KpiConversation[]): boolean {
  if (!resolvedByAgent(c) || c.transfers > 0 || c.needsSenior) return false;
  const resolvedAt = c.resolvedAt!;
  return !all.some((o) => o.id !== c.id && o.playerId === c.playerId && o.topic === c.topic && o.createdAt > resolvedAt && o.createdAt <= resolvedAt + FCR_RETURN_MS);
}

export function computeKpis(input: KpiInput): KpiReport {
  const { from, to, now, frtTargetMs, conversations: all } = input;
  const created = all.filter((c) => within(c.createdAt, from, to));
  const queued = all.filter((c) => within(c.queuedAt, from, to));
  const answered = all.filter((c) => within(c.firstResponseAt, from, to));
  const frts = answered.map((c) => c.firstResponseMs).filter((ms): ms is number => ms !== null);
  const targetOutcomes = queued.map((c) => metTarget(c, now, frtTargetMs)).filter((m): m is boolean => m !== null);
  const resolved = all.filter((c) => resolvedByAgent(c) && within(c.resolvedAt, from, to));
  const ratings = input.ratings.filter((r) => within(r.at, from, to));
  const held = queued.filter((c) => c.agentId !== null);
  const holders = new Set(held.map((c) => c.agentId));
  const botAnswered = created.filter((c) => c.botAt !== null);

  const kpis: Kpis = {
    conversations: created.length,
    queued: queued.length,
    answered: answered.length,
    frtP50Ms: percentile(frts, 0.5),
    frtP90Ms: percentile(frts, 0.9),
    withinTarget: ratio(targetOutcomes.filter(Boolean).length, targetOutcomes.length),
    firstContactResolution: ratio(resolved.filter((c) => resolvedAtFirstContact(c, all)).length, resolved.length),
    csat: { average: average(ratings.map((r) => r.rating)), count: ratings.length },
    chatsPerAgent: holders.size === 0 ? null : held.length / holders.size,
    abandoned: ratio(queued.filter((c) => isAbandoned(c, now)).length, queued.length),
    deflected: ratio(botAnswered.filter((c) => c.deflected).length, botAnswered.length),
  };

  const bucketMs = to - from <= HOURLY_UP_TO_MS ? HOUR_MS : DAY_MS;
  const series: SeriesPoint[] = [];
  for (let at = from; at < to; at += bucketMs) {
    const end = Math.min(at + bucketMs, to);
    const inBucket = (t: number | null) => within(t, at, end);
    const bucketAnswered = answered.filter((c) => inBucket(c.firstResponseAt));
    const bucketFrts = bucketAnswered.map((c) => c.firstResponseMs).filter((ms): ms is number => ms !== null);
    const outcomes = queued.filter((c) => inBucket(c.queuedAt)).map((c) => metTarget(c, now, frtTargetMs)).filter((m): m is boolean => m !== null);
    series.push({
      at,
      arrivals: created.filter((c) => inBucket(c.createdAt)).length,
      answered: bucketAnswered.length,
      abandoned: queued.filter((c) => inBucket(c.queuedAt) && isAbandoned(c, now)).length,
      frtP50Ms: percentile(bucketFrts, 0.5),
      withinTargetShare: ratio(outcomes.filter(Boolean).length, outcomes.length).share,
      csatAverage: average(ratings.filter((r) => inBucket(r.at)).map((r) => r.rating)),
    });
  }

  const agents = new Map<string, AgentFigures>();
  const figures = (agentId: string): AgentFigures => {
    let f = agents.get(agentId);
    if (!f) agents.set(agentId, (f = { chats: 0, resolved: 0, frtP50Ms: null, csatAverage: null, csatCount: 0, breaches: 0 }));
    return f;
  };
  for (const c of held) figures(c.agentId!).chats += 1;
  for (const c of resolved) if (c.agentId) figures(c.agentId).resolved += 1;
  for (const b of input.breaches) if (b.agentId && within(b.at, from, to)) figures(b.agentId).breaches += 1;
  const frtsByAgent = groupBy(answered.filter((c) => c.agentId !== null && c.firstResponseMs !== null), (c) => c.agentId!);
  for (const [agentId, list] of frtsByAgent) figures(agentId).frtP50Ms = percentile(list.map((c) => c.firstResponseMs!), 0.5);
  for (const [agentId, list] of groupBy(ratings.filter((r) => r.agentId !== null), (r) => r.agentId!)) {
    const f = figures(agentId);
    f.csatAverage = average(list.map((r) => r.rating));
    f.csatCount = list.length;
  }
  return { kpis, bucketMs, series, agents };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
