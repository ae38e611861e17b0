/**
 * Erlang C: the queueing model contact centres staff by. With `servers`
 * parallel slots, offered traffic `erlangs` = arrivals per second x average
 * handle time in seconds, it gives the chance a contact waits at all, and the
 * share answered within a target. For chat, a slot is one concurrent chat, so
 * agents = slots / concurrency.
 */

/** Probability an arrival has to wait (Erlang C formula), computed stably via Erlang B. */
export function probabilityOfWaiting(servers: number, erlangs: number): number {
  if (erlangs <= 0) return 0;
  if (servers <= erlangs) return 1;
  // Erlang B by recurrence (no factorials, no overflow), then C from B.
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (erlangs * b) / (k + erlangs * b);
  return b / (1 - (erlangs / servers) * (1 - b));
}

/** Share of contacts answered within `targetSeconds`. */
export function serviceLevel(servers: number, erlangs: number, targetSeconds: number, handleSeconds: number): number {
  if (servers <= erlangs) return 0;
  const pw = probabilityOfWaiting(servers, erlangs);
  return 1 - pw * Math.exp((-(servers - erlangs) * targetSeconds) / handleSeconds);
}

/**
 * Fewest agents so that at least `goal` of the chats arriving at
 * `arrivalsPerHour` are answered within `targetSeconds`.
 */
export function agentsNeeded(input: {
  arrivalsPerHour: number;
  handleSeconds: number;
  targetSeconds: number;
  goal: number;
  concurrency: number;
}): number {
  const erlangs = (input.arrivalsPerHour / 3600) * input.handleSeconds;
  if (erlangs === 0) return 0;
  let servers = Math.max(1, Math.floor(erlangs) + 1);
  while (serviceLevel(servers, erlangs, input.targetSeconds, input.handleSeconds) < input.goal) servers++;
  return Math.ceil(servers / input.concurrency);
}
