import type { AgentConversation } from '../../protocol';
import { isEnded } from './desk-state';

/**
 * The site's FRT target does not travel on the wire yet, so the panel warns
 * against the customer's default (DESIGN.md: chat FRT 5 min).
 */
export const DEFAULT_FRT_TARGET_MS = 5 * 60_000;
/** Past this share of the target a waiting chat is flagged "at risk". */
const AT_RISK_SHARE = 0.8;

export type FirstResponse =
  | { kind: 'answered'; ms: number }
  | { kind: 'waiting'; since: number; ms: number; level: 'ok' | 'at-risk' | 'breached' }
  /** Ended without an agent reply. */
  | { kind: 'unanswered' }
  /** Never entered the human queue (still with the bot). */
  | { kind: 'none' };

export function firstResponse(conversation: AgentConversation, now: number, targetMs = DEFAULT_FRT_TARGET_MS): FirstResponse {
  if (conversation.firstResponseMs !== null) return { kind: 'answered', ms: conversation.firstResponseMs };
  if (isEnded(conversation)) return { kind: 'unanswered' };
  if (conversation.queuedAt === null) return { kind: 'none' };
  // Clamped: a local clock a little behind the server's must not show a negative wait.
  const ms = Math.max(0, now - conversation.queuedAt);
  const level = ms >= targetMs ? 'breached' : ms >= targetMs * AT_RISK_SHARE ? 'at-risk' : 'ok';
  return { kind: 'waiting', since: conversation.queuedAt, ms, level };
}
