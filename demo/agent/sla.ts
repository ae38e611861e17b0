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
