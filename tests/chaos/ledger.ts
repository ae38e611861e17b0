/**
 * The chaos checker: what each side sent against what the other side showed.
 * Pure, so tests/unit/chaos/ledger.test.ts can prove it sees loss,
 * duplication and reordering before anyone trusts its zeros.
 */

/** A message as its sender typed it. `stream` is one sender in one conversation; array order is typing order. */
export interface SentEntry {
  stream: string;
  id: string;
}

/** A message as a receiver showed it, after the receiver's own dedupe by (conversation, seq). */
export interface ReceivedEntry {
  receiver: string;
  conversationId: string;
  seq: number;
  id: string;
}

export interface DeliveryReport {
  sent: number;
  /** Typed, and never shown on the other side. */
  lost: number;
  /** Extra showings of one message by one receiver (the same id under another seq). */
  duplicated: number;
  /** Messages whose seq puts them before one their sender typed earlier. */
  outOfOrder: number;
  /** Shown, but nobody typed it: the relay made it up or mangled its id. */
  unexpected: number;
  /** A few ids of each kind, to start debugging from. */
  examples: { lost: string[]; duplicated: string[]; outOfOrder: string[] };
}

const EXAMPLES = 5;

/** Where the load process's clients write what they typed and what they showed. */
export class DeliveryLog {
  readonly sentEntries: SentEntry[] = [];
  readonly receivedEntries: ReceivedEntry[] = [];

  sent(stream: string, id: string): void {
    this.sentEntries.push({ stream, id });
  }

  received(receiver: string, conversationId: string, seq: number, id: string): void {
    this.receivedEntries.push({ receiver, conversationId, seq, id });
  }
}

export function checkDelivery(sent: readonly SentEntry[], received: readonly ReceivedEntry[]): DeliveryReport {
  const typed = new Map<string, { stream: string; index: number }>();
  const nextIndex = new Map<string, number>();
  for (const { stream, id } of sent) {
    if (typed.has(id)) throw new Error(`client id ${id} was typed twice: the load generator is broken`);
    const index = nextIndex.get(stream) ?? 0;
    nextIndex.set(stream, index + 1);
    typed.set(id, { stream, index });
  }

  const report: DeliveryReport = { sent: sent.length, lost: 0, duplicated: 0, outOfOrder: 0, unexpected: 0, examples: { lost: [], duplicated: [], outOfOrder: [] } };
  const note = (kind: keyof DeliveryReport['examples'], id: string) => {
    if (report.examples[kind].length < EXAMPLES) report.examples[kind].push(id);
  };

  const shownBy = new Map<string, number>();
  const shown = new Set<string>();
  const byTranscript = new Map<string, ReceivedEntry[]>();
  for (const entry of received) {
    if (!typed.has(entry.id)) {
      report.unexpected += 1;
      continue;
    }
    shown.add(entry.id);
    const key = `${entry.receiver}\u0000${entry.id}`;
    const times = (shownBy.get(key) ?? 0) + 1;
    shownBy.set(key, times);
    if (times > 1) {
      report.duplicated += 1;
      note('duplicated', entry.id);
    }
    const transcript = `${entry.receiver}\u0000${entry.conversationId}`;
    let list = byTranscript.get(transcript);
    if (!list) byTranscript.set(transcript, (list = []));
    list.push(entry);
  }

  for (const { id } of sent) {
    if (shown.has(id)) continue;
    report.lost += 1;
    note('lost', id);
  }

  // In each transcript, read in seq order, every sender's messages must come in the order they were typed.
  for (const list of byTranscript.values()) {
    const latest = new Map<string, number>();
    for (const entry of [...list].sort((a, b) => a.seq - b.seq)) {
      const { stream, index } = typed.get(entry.id)!;
      const before = latest.get(stream) ?? -1;
      if (index < before) {
        report.outOfOrder += 1;
        note('outOfOrder', entry.id);
      } else {
        latest.set(stream, index);
      }
    }
  }
  return report;
}

/** The one line the chaos test prints and docs/BENCHMARKS.md records. */
export function chaosLine(report: DeliveryReport, run: { forcedDisconnects: number; serverKills: number }): string {
  return `chaos: sent ${report.sent}, lost ${report.lost}, duplicated ${report.duplicated}, out-of-order ${report.outOfOrder}, forced disconnects ${run.forcedDisconnects}, server kills ${run.serverKills}`;
}
