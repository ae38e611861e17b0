import { performance } from 'node:perf_hooks';
import { sleep } from './sockets';

/** One player's chat with one agent, as the load drives it. Index 0 = player→agent, 1 = agent→player. */
export interface Chat {
  agent: number;
  playerSend(text: string): void;
  agentSend(text: string): void;
}

export const TO_AGENT = 0;
export const TO_PLAYER = 1;
export type Direction = typeof TO_AGENT | typeof TO_PLAYER;

/** Typical chat line length; the send time rides in front of it between tildes. */
const FILLER = 'Hi, my withdrawal has been pending since yesterday, can you check it please?';

export function stampedText(scheduledAt: number): string {
  return `~${scheduledAt.toFixed(3)}~ ${FILLER}`;
}

/**
 * Latency of every message whose scheduled send time falls in the measured
 * window, per direction. The clock is this process's: the sender stamps the
 * text, the receiver (same process) subtracts.
 */
export class Recorder {
  private windowStart = Infinity;
  private windowEnd = -Infinity;
  readonly latencies: [number[], number[]] = [[], []];

  open(start: number, end: number): void {
    this.windowStart = start;
    this.windowEnd = end;
    this.latencies[0] = [];
    this.latencies[1] = [];
  }

  /** A frame that carries a stamped text arrived (the frame as received; the stamp is found by its tildes). */
  arrive(direction: Direction, raw: string): void {
    const open = raw.indexOf('~');
    if (open < 0) return;
    const stamp = Number(raw.slice(open + 1, raw.indexOf('~', open + 1)));
    if (stamp >= this.windowStart && stamp < this.windowEnd) this.latencies[direction].push(performance.now() - stamp);
  }
}

export interface StepOptions {
  /** Messages per second, both directions together. */
  rate: number;
  /** Share of the rate sent by players (the rest by agents). */
  playerShare: number;
  warmupMs: number;
  measureMs: number;
  /** After the window, how long to wait for its last messages. */
  drainMs: number;
}

export interface StepResult {
  offered: number;
  windowSeconds: number;
  sent: [number, number];
  delivered: [number, number];
  /** Sorted latencies in ms. */
  latencies: [Float64Array, Float64Array];
  /** Load process CPU share (1 = one full core) during the window. */
  loadCpu: number;
  /** Worst lateness of the sender behind its schedule, ms (the load process is saturated if this grows). */
  maxSendLagMs: number;
}

/**
 * Open loop: messages go out on a fixed schedule (rate × elapsed), never
 * waiting for replies; players in turn, agents in turn (interleaved so each
 * socket sends at an even rate below the gateway's per-socket limit). Latency
 * counts from the scheduled time, so a relay that stalls is charged for the
 * wait it causes.
 */
export async function runStep(
  chats: readonly Chat[],
  agentOrder: readonly Chat[],
  recorder: Recorder,
  options: StepOptions,
  window: { onStart(): void | Promise<void>; onEnd(): void | Promise<void> },
): Promise<StepResult> {
  const playerRate = options.rate * options.playerShare;
  const agentRate = options.rate - playerRate;
  const start = performance.now() + 20;
  const windowStart = start + options.warmupMs;
  const windowEnd = windowStart + options.measureMs;
  recorder.open(windowStart, windowEnd);
  const sent: [number, number] = [0, 0];
  let playerSent = 0;
  let agentSent = 0;
  let maxLag = 0;
  let stopped = false;

  const emit = (now: number) => {
    const playerDue = Math.floor(((now - start) * playerRate) / 1000);
    const agentDue = Math.floor(((now - start) * agentRate) / 1000);
    if (playerSent < playerDue) maxLag = Math.max(maxLag, now - (start + (playerSent * 1000) / playerRate));
    if (agentSent < agentDue) maxLag = Math.max(maxLag, now - (start + (agentSent * 1000) / agentRate));
    while (playerSent < playerDue) {
      const at = start + (playerSent * 1000) / playerRate;
      if (at >= windowEnd) break;
      chats[playerSent % chats.length]!.playerSend(stampedText(at));
      if (at >= windowStart) sent[0] += 1;
      playerSent += 1;
    }
    while (agentSent < agentDue) {
      const at = start + (agentSent * 1000) / agentRate;
      if (at >= windowEnd) break;
      agentOrder[agentSent % agentOrder.length]!.agentSend(stampedText(at));
      if (at >= windowStart) sent[1] += 1;
      agentSent += 1;
    }
  };
  const loop = () => {
    if (stopped) return;
    const now = performance.now();
    if (now >= start) emit(Math.min(now, windowEnd));
    if (now < windowEnd) setTimeout(loop, 1);
    else stopped = true;
  };
  setTimeout(loop, 1);

  await sleep(Math.max(0, windowStart - performance.now()));
  const cpuBefore = process.cpuUsage();
  maxLag = 0;
  await window.onStart();
  await sleep(Math.max(0, windowEnd - performance.now()));
  const cpu = process.cpuUsage(cpuBefore);
  await window.onEnd();
  const lag = maxLag;
  stopped = true;

  const drainUntil = performance.now() + options.drainMs;
  while (performance.now() < drainUntil && (recorder.latencies[0].length < sent[0] || recorder.latencies[1].length < sent[1])) await sleep(20);
  const latencies: [Float64Array, Float64Array] = [Float64Array.from(recorder.latencies[0]).sort(), Float64Array.from(recorder.latencies[1]).sort()];
  recorder.open(Infinity, -Infinity);
  return {
    offered: options.rate,
    windowSeconds: options.measureMs / 1000,
    sent,
    delivered: [latencies[0].length, latencies[1].length],
    latencies,
    loadCpu: (cpu.user + cpu.system) / 1e6 / (options.measureMs / 1000),
    maxSendLagMs: lag,
  };
}

/** Value at quantile q of a sorted array (nearest rank). */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Agents take turns: the r-th chat of every agent before the (r+1)-th of any, so each agent sends evenly. */
export function interleaveByAgent(chats: readonly Chat[]): Chat[] {
  const byAgent = new Map<number, Chat[]>();
  for (const chat of chats) {
    let list = byAgent.get(chat.agent);
    if (!list) byAgent.set(chat.agent, (list = []));
    list.push(chat);
  }
  const lists = [...byAgent.values()];
  const order: Chat[] = [];
  for (let round = 0; order.length < chats.length; round++) for (const list of lists) if (list[round]) order.push(list[round]!);
  return order;
}
