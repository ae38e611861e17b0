import { describe, expect, it } from 'vitest';
import { chaosLine, checkDelivery, type ReceivedEntry, type SentEntry } from '../../chaos/ledger';

/** Player p1 typed a, b, c in conversation c1; the agent answered x, y there. */
const sent: SentEntry[] = [
  { stream: 'player:p1', id: 'a' },
  { stream: 'agent:a1/c1', id: 'x' },
  { stream: 'player:p1', id: 'b' },
  { stream: 'agent:a1/c1', id: 'y' },
  { stream: 'player:p1', id: 'c' },
];
const atAgent = (seq: number, id: string): ReceivedEntry => ({ receiver: 'agent:a1', conversationId: 'c1', seq, id });
const atPlayer = (seq: number, id: string): ReceivedEntry => ({ receiver: 'player:p1', conversationId: 'c1', seq, id });
const perfect = [atAgent(1, 'a'), atPlayer(2, 'x'), atAgent(3, 'b'), atPlayer(4, 'y'), atAgent(5, 'c')];

describe('the chaos checker', () => {
  it('finds nothing wrong when every message was shown once, in typing order', () => {
    expect(checkDelivery(sent, perfect)).toMatchObject({ sent: 5, lost: 0, duplicated: 0, outOfOrder: 0, unexpected: 0 });
  });

  it('counts a message the other side never showed as lost', () => {
    const report = checkDelivery(sent, perfect.filter((r) => r.id !== 'y'));
    expect(report).toMatchObject({ lost: 1, duplicated: 0, outOfOrder: 0 });
    expect(report.examples.lost).toEqual(['y']);
  });

  it('counts the same id shown again under another seq as a duplicate', () => {
    const report = checkDelivery(sent, [...perfect, atAgent(6, 'b')]);
    expect(report).toMatchObject({ lost: 0, duplicated: 1 });
    expect(report.examples.duplicated).toEqual(['b']);
  });

  it('counts seqs that contradict one sender’s typing order as out of order, whatever order the frames arrived in', () => {
    // b and c swapped seqs: the relay stored c before b.
    const swapped = [atAgent(1, 'a'), atPlayer(2, 'x'), atAgent(5, 'b'), atPlayer(4, 'y'), atAgent(3, 'c')];
    const report = checkDelivery(sent, swapped);
    expect(report).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 1 });
    expect(report.examples.outOfOrder).toEqual(['b']);
    // Arrival order alone is no fault: a replay may bring seq 3 after a live seq 5.
    expect(checkDelivery(sent, [...perfect].reverse()).outOfOrder).toBe(0);
  });

  it('checks order per sender: interleaving two senders in one conversation is fine', () => {
    const interleaved = [atAgent(1, 'a'), atAgent(2, 'b'), atPlayer(3, 'x'), atAgent(4, 'c'), atPlayer(5, 'y')];
    expect(checkDelivery(sent, interleaved).outOfOrder).toBe(0);
  });

  it('counts a shown message nobody typed as unexpected', () => {
    expect(checkDelivery(sent, [...perfect, atPlayer(6, 'mangled#6')]).unexpected).toBe(1);
  });

  it('refuses a log where one id was typed twice, since then no count would mean anything', () => {
    expect(() => checkDelivery([...sent, { stream: 'player:p2', id: 'a' }], perfect)).toThrow(/typed twice/);
  });

  it('prints the one summary line', () => {
    const report = checkDelivery(sent, perfect);
    expect(chaosLine(report, { forcedDisconnects: 183, serverKills: 2 })).toBe(
      'chaos: sent 5, lost 0, duplicated 0, out-of-order 0, forced disconnects 183, server kills 2',
    );
  });
});
