import type { AgentConversation } from '../../protocol';
import { isEnded } from './desk-state';

/** In the last fifth of the time allowed, a waiting chat is flagged "at risk". */
const AT_RISK_SHARE = 0.8;

export type Level = 'ok' | 'at-risk' | 'breached';

export type FirstResponse =
  | { kind: 'answered'; ms: number }
  | { kind: 'waiting'; since: number; ms: number; level: Level }
  /** Ended without an agent reply. */
  | { kind: 'unanswered' }
  /** Never entered the human queue (still with the bot). */
  | { kind: 'none' };

function level(start: number, dueAt: number | null, now: number, missed: boolean): Level {
  if (missed || (dueAt !== null && now >= dueAt)) return 'breached';
  if (dueAt !== null && now - start >= (dueAt - start) * AT_RISK_SHARE) return 'at-risk';
  return 'ok';
}

/** The first-response clock, from the server's deadline: the site's own target, never a guess here. */
export function firstResponse(c: AgentConversation, now: number): FirstResponse {
  if (c.firstResponseMs !== null) return { kind: 'answered', ms: c.firstResponseMs };
  if (isEnded(c)) return { kind: 'unanswered' };
  if (c.queuedAt === null) return { kind: 'none' };
  // Clamped: a local clock a little behind the server's must not show a negative wait.
  const ms = Math.max(0, now - c.queuedAt);
  return { kind: 'waiting', since: c.queuedAt, ms, level: level(c.queuedAt, c.deadlines.firstResponse, now, c.breaches.includes('first_response')) };
}

export type Resolution =
  | { kind: 'due'; remainingMs: number; level: Level }
  | { kind: 'paused' }
  | { kind: 'missed' }
  | { kind: 'none' };

/** The resolution clock: paused while the agent waits on the player. */
export function resolution(c: AgentConversation, now: number): Resolution {
  if (isEnded(c)) return { kind: 'none' };
  if (c.breaches.includes('resolution')) return { kind: 'missed' };
  if (c.waitingOnPlayer) return { kind: 'paused' };
  const dueAt = c.deadlines.resolution;
  if (dueAt === null) return { kind: 'none' };
  const start = c.queuedAt ?? c.createdAt;
  return { kind: 'due', remainingMs: Math.max(0, dueAt - now), level: level(start, dueAt, now, false) };
}

export interface TabClock {
  /** What the tab says: "Reply in 4 min 12 s", "Reply overdue 45 s", "Resolve in 12 min"… */
  text: string;
  level: Level;
  /** Milliseconds shown in the text, for a machine-readable `<time>`; null when the text holds none. */
  ms: number | null;
}

/**
 * The SLA clock a chat tab shows: time left before the first-response target
 * while the player waits for an answer, then time left before the resolution
 * target. Overdue clocks count up, so the agent sees how late it is.
 */
export function tabClock(c: AgentConversation, now: number): TabClock | null {
  const first = firstResponse(c, now);
  if (first.kind === 'waiting') {
    const due = c.deadlines.firstResponse;
    if (due === null || first.level === 'breached') {
      return { text: due === null ? 'Waiting' : 'Reply overdue', level: first.level, ms: due === null ? first.ms : Math.max(0, now - due) };
    }
    return { text: 'Reply in', level: first.level, ms: due - now };
  }
  const toResolve = resolution(c, now);
  if (toResolve.kind === 'due') return { text: toResolve.level === 'breached' ? 'Resolve now' : 'Resolve in', level: toResolve.level, ms: toResolve.level === 'breached' ? null : toResolve.remainingMs };
  if (toResolve.kind === 'paused') return { text: 'Clock paused', level: 'ok', ms: null };
  if (toResolve.kind === 'missed') return { text: 'Resolution overdue', level: 'breached', ms: null };
  return null;
}
