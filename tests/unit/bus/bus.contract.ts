import { afterEach, expect, it } from 'vitest';
import type { Bus, BusEvent } from '../../../server/bus/bus';

/** Cases every Bus passes. `open` returns two buses that share a medium (two nodes). */
export function busContract(open: () => Promise<[Bus, Bus]>): void {
  let buses: Bus[] = [];
  afterEach(async () => {
    for (const bus of buses) await bus.close();
    buses = [];
  });

  const agentEvent = (n: number): BusEvent => ({
    kind: 'agent',
    agent: { id: `a${n}`, siteId: 's', name: 'A', email: 'a@t.test', role: 'agent', status: 'online', capacity: 1, skills: [], languages: [] },
  });

  async function collect(bus: Bus, count: number, timeoutMs = 3000): Promise<BusEvent[]> {
    const seen: BusEvent[] = [];
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`got ${seen.length} of ${count} events`)), timeoutMs);
      bus.subscribe((e) => {
        seen.push(e);
        if (seen.length === count) {
          clearTimeout(timer);
          resolve(seen);
        }
      });
    });
  }

  it('delivers one publisher\'s events to every subscriber, in order', async () => {
    const [a, b] = await open();
    buses.push(a, b);
    const onA = collect(a, 50);
    const onB = collect(b, 50);
    for (let i = 0; i < 50; i++) a.publish(agentEvent(i));
    for (const events of [await onA, await onB]) {
      expect(events.map((e) => (e.kind === 'agent' ? e.agent.id : ''))).toEqual(Array.from({ length: 50 }, (_, i) => `a${i}`));
    }
  });

  it('stops delivering to a handler once unsubscribed', async () => {
    const [a, b] = await open();
    buses.push(a, b);
    const seen: BusEvent[] = [];
    const off = b.subscribe((e) => seen.push(e));
    const after = collect(b, 2);
    b.publish(agentEvent(1));
    await new Promise((r) => setTimeout(r, 100));
    off();
    b.publish(agentEvent(2));
    await after;
    expect(seen).toHaveLength(1);
  });
}
