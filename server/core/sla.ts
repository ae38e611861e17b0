/**
 * First response time: first agent message minus entry into the human queue.
 * Time with the bot is not counted (queuedAt is set when the bot hands over),
 * and re-queues keep the original queuedAt, so the clock keeps running.
 */
export function firstResponseMs(queuedAt: number, firstAgentMessageAt: number): number {
  return Math.max(0, firstAgentMessageAt - queuedAt);
}
