import { quantile, type StepResult } from './schedule';
import type { ServerStats } from './server-process';

export interface StepRow {
  server: string;
  step: StepResult;
  serverCpu: number;
  rss: number;
  kibPerConnection: number;
  commitsPerSecond: number | null;
  messagesPerBatch: number | null;
  /** SQL statements executed per stored message (all statements, not only the append's). */
  statementsPerMessage: number | null;
  loopP99Ms: number;
  /** CPU share other processes took on the server's core and on the load's core during the window. */
  othersCpu: [number, number];
  trouble: string;
}

/** Both directions delivered at 99.5% or more, and the worse p99 at or under 50 ms. */
export const KNEE_DELIVERY = 0.995;
export const KNEE_P99_MS = 50;

export function deliveredShare(step: StepResult): number {
  const sent = step.sent[0] + step.sent[1];
  return sent === 0 ? 0 : (step.delivered[0] + step.delivered[1]) / sent;
}

export function worstP99(step: StepResult): number {
  return Math.max(quantile(step.latencies[0], 0.99) || 0, quantile(step.latencies[1], 0.99) || 0);
}

export function passes(step: StepResult): boolean {
  return deliveredShare(step) >= KNEE_DELIVERY && worstP99(step) <= KNEE_P99_MS;
}

/** The load process could not keep its own schedule: figures above this are the generator's limit, not the server's. */
export function loadBound(step: StepResult): boolean {
  return step.loadCpu > 0.9 || step.maxSendLagMs > 25;
}

const ms = (x: number) => (Number.isNaN(x) ? '—' : !Number.isFinite(x) ? '∞' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const latencyCell = (sorted: Float64Array) => [0.5, 0.95, 0.99, 1].map((q) => ms(quantile(sorted, q))).join('/');

const COLUMNS: [string, number][] = [
  ['server', 18],
  ['offered/s', 10],
  ['delivered/s', 12],
  ['ok %', 7],
  ['p→a ms p50/p95/p99/max', 26],
  ['a→p ms p50/p95/p99/max', 26],
  ['srv CPU', 8],
  ['µs/msg', 7],
  ['RSS MiB', 8],
  ['KiB/conn', 9],
  ['commits/s', 10],
  ['msg/commit', 11],
  ['SQL/msg', 8],
  ['loop p99', 9],
  ['load CPU', 9],
  ['others', 8],
  ['', 0],
];

export function stepHeader(): string {
  return COLUMNS.map(([name, width], i) => (i === 0 ? name.padEnd(width) : name.padStart(width))).join(' ');
}

export function stepLine(row: StepRow): string {
  const { step } = row;
  const delivered = (step.delivered[0] + step.delivered[1]) / step.windowSeconds;
  const notes = [passes(step) ? 'ok' : 'FAIL', loadBound(step) ? 'load-bound' : '', row.othersCpu.some((x) => x > 0.1) ? 'noisy' : '', row.trouble].filter(Boolean).join('; ');
  const cells = [
    row.server,
    String(step.offered),
    delivered.toFixed(0),
    (100 * deliveredShare(step)).toFixed(2),
    latencyCell(step.latencies[0]),
    latencyCell(step.latencies[1]),
    `${(100 * row.serverCpu).toFixed(0)}%`,
    // Server CPU time per delivered message: robust to other processes taking the core.
    delivered > 0 ? ((row.serverCpu * 1e6) / delivered).toFixed(0) : '—',
    (row.rss / 2 ** 20).toFixed(0),
    row.kibPerConnection.toFixed(1),
    row.commitsPerSecond === null ? '—' : row.commitsPerSecond.toFixed(0),
    row.messagesPerBatch === null ? '—' : row.messagesPerBatch.toFixed(1),
    row.statementsPerMessage === null ? '—' : row.statementsPerMessage.toFixed(1),
    Number.isNaN(row.loopP99Ms) ? 'blocked' : ms(row.loopP99Ms),
    `${(100 * step.loadCpu).toFixed(0)}%`,
    `${(100 * row.othersCpu[0]).toFixed(0)}/${(100 * row.othersCpu[1]).toFixed(0)}%`,
    notes,
  ];
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(COLUMNS[i]![1]) : cell.padStart(COLUMNS[i]![1]))).join(' ');
}

export const NO_STORE = { commitsPerSecond: null, messagesPerBatch: null, statementsPerMessage: null };

export function commitFigures(before: ServerStats, after: ServerStats, seconds: number): typeof NO_STORE | { commitsPerSecond: number; messagesPerBatch: number | null; statementsPerMessage: number | null } {
  if (before.commits === undefined || after.commits === undefined) return NO_STORE;
  const batches = (after.appendBatches ?? 0) - (before.appendBatches ?? 0);
  const appended = (after.appended ?? 0) - (before.appended ?? 0);
  const statements = (after.statements ?? 0) - (before.statements ?? 0);
  return {
    commitsPerSecond: (after.commits - before.commits) / seconds,
    messagesPerBatch: batches > 0 ? appended / batches : null,
    statementsPerMessage: appended > 0 ? statements / appended : null,
  };
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
