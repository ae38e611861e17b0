/**
 * The service-level clock. Pure functions over plain data; `dueBreaches` is
 * what the relay's tick asks each time.
 *
 * - First response (FRT): first agent message minus entry into the human
 *   queue. Bot time is not counted (queuedAt is set when the bot hands over);
 *   re-queues keep queuedAt, so the clock keeps running through them.
 * - Resolution: queue entry to resolution, minus the time the agent marked
 *   the chat as waiting on the player. Complex chats are measured by the
 *   escalation target instead.
 * - Escalation: a chat flagged complex must reach a senior within the target,
 *   counted from the moment it was flagged.
 */

export interface SlaTargets {
  firstResponseMs: number;
  resolutionMs: number;
  escalationMs: number;
}

export type BreachKind = 'first_response' | 'resolution' | 'escalation';

export interface SlaFacts {
  status: string;
  queuedAt: number | null;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  complex: boolean;
  complexSince: number | null;
  seniorReachedAt: number | null;
  waitingSince: number | null;
  pausedMs: number;
  breaches: readonly BreachKind[];
}

export function firstResponseMs(queuedAt: number, firstAgentMessageAt: number): number {
  return Math.max(0, firstAgentMessageAt - queuedAt);
}

/** Resolution clock so far: elapsed since queue entry minus paused time (including a pause still running). */
export function resolutionElapsedMs(f: Pick<SlaFacts, 'queuedAt' | 'resolvedAt' | 'waitingSince' | 'pausedMs'>, now: number): number {
  if (f.queuedAt === null) return 0;
  const end = f.resolvedAt ?? now;
  const runningPause = f.waitingSince !== null && f.resolvedAt === null ? Math.max(0, now - f.waitingSince) : 0;
  return Math.max(0, end - f.queuedAt - f.pausedMs - runningPause);
}

const OPEN = new Set(['queued', 'assigned']);

/** Breaches that have become due by `now` and were not recorded yet. */
export function dueBreaches(f: SlaFacts, targets: SlaTargets, now: number): BreachKind[] {
  if (!OPEN.has(f.status) || f.queuedAt === null) return [];
  const due: BreachKind[] = [];
  if (f.firstResponseAt === null && now - f.queuedAt >= targets.firstResponseMs) due.push('first_response');
  if (!f.complex && resolutionElapsedMs(f, now) >= targets.resolutionMs) due.push('resolution');
  if (f.complex && f.seniorReachedAt === null && f.complexSince !== null && now - f.complexSince >= targets.escalationMs) due.push('escalation');
  return due.filter((kind) => !f.breaches.includes(kind));
}

/** When the next breach of this conversation would fall due, for the edge's timer. */
export function nextBreachAt(f: SlaFacts, targets: SlaTargets, now: number): number | null {
  if (!OPEN.has(f.status) || f.queuedAt === null) return null;
  const candidates: number[] = [];
  if (f.firstResponseAt === null && !f.breaches.includes('first_response')) candidates.push(f.queuedAt + targets.firstResponseMs);
  if (!f.complex && f.waitingSince === null && !f.breaches.includes('resolution')) {
    candidates.push(now + (targets.resolutionMs - resolutionElapsedMs(f, now)));
  }
  if (f.complex && f.seniorReachedAt === null && f.complexSince !== null && !f.breaches.includes('escalation')) {
    candidates.push(f.complexSince + targets.escalationMs);
  }
  return candidates.length ? Math.min(...candidates) : null;
}
