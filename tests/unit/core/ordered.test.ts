import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ordered } from '../../../server/core/ordered';

describe('ordered', () => {
  it('yields exactly what a sort would, for any list of numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 200 }), (items) => {
        expect([...ordered(items, (a, b) => a - b)]).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('stops early without ordering the rest, and leaves its input alone', () => {
    const items = [5, 3, 9, 1, 7];
    let compared = 0;
    const first = ordered(items, (a, b) => (compared++, a - b)).next();
    expect(first.value).toBe(1);
    expect(items).toEqual([5, 3, 9, 1, 7]);
    // Heapify plus one pop of five items: far fewer comparisons than a full sort would need for 10,000.
    const many = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_000);
    compared = 0;
    const it = ordered(many, (a, b) => (compared++, a - b));
    expect([it.next().value, it.next().value, it.next().value]).toEqual([0, 1, 2]);
    expect(compared).toBeLessThan(25_000); // a sort makes ~130,000
  });
});
