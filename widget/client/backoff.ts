/**
 * Exponential backoff with full jitter (as centrifuge-js and the AWS
 * architecture blog describe): a random wait in [0, min(cap, base * 2^attempt)],
 * so a relay restart does not bring every client back in the same millisecond.
 */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
