import { describe, expect, it } from 'vitest';
import { describeShift, firstOverlap, hoursOfWeek, overlappingShift } from '../../../server/core/rota';
import { shiftCovers } from '../../../server/core/staffing';
import type { ShiftRecord } from '../../../server/store/shift-store';

const shift = (id: string, agentId: string | null, weekday: number, startHour: number, endHour: number): ShiftRecord => ({ id, siteId: 'demo', agentId, weekday, startHour, endHour });

describe('hoursOfWeek', () => {
  it('covers [start, end) on the day, past midnight when the end is not after the start, and round the week on Sunday night', () => {
    expect(hoursOfWeek(shift('a', 'x', 1, 8, 12))).toEqual([32, 33, 34, 35]);
    expect(hoursOfWeek(shift('b', 'x', 0, 22, 2))).toEqual([22, 23, 24, 25]);
    expect(hoursOfWeek(shift('c', 'x', 6, 23, 1))).toEqual([167, 0]);
    expect(hoursOfWeek(shift('d', 'x', 2, 0, 24))).toHaveLength(24);
  });

  it('agrees with the staffing forecast’s shiftCovers on every hour of the week', () => {
    for (const s of [shift('a', 'x', 1, 8, 12), shift('b', 'x', 0, 22, 2), shift('c', 'x', 6, 23, 1), shift('d', 'x', 3, 0, 24), shift('e', 'x', 4, 18, 0)]) {
      const covered = new Set(hoursOfWeek(s));
      for (let h = 0; h < 168; h++) expect(covered.has(h), `${describeShift(s)} at hour ${h}`).toBe(shiftCovers(s, Math.floor(h / 24), h % 24));
    }
  });
});

describe('overlappingShift', () => {
  const rota = [shift('mon-day', 'alice', 0, 8, 16), shift('sun-night', 'alice', 6, 22, 6), shift('bruno-mon', 'bruno', 0, 8, 16), shift('open', null, 0, 8, 16)];

  it('finds the same agent’s shift at any shared hour, including across midnight and the week’s end', () => {
    expect(overlappingShift(rota, { id: 'new', agentId: 'alice', weekday: 0, startHour: 15, endHour: 20 })?.id).toBe('mon-day');
    expect(overlappingShift(rota, { id: 'new', agentId: 'alice', weekday: 0, startHour: 5, endHour: 7 })?.id).toBe('sun-night');
  });

  it('lets shifts touch end to start, other agents share hours, a moved shift keep its own hours, and open shifts pass', () => {
    expect(overlappingShift(rota, { id: 'new', agentId: 'alice', weekday: 0, startHour: 16, endHour: 22 })).toBeNull();
    expect(overlappingShift(rota, { id: 'new', agentId: 'alice', weekday: 0, startHour: 6, endHour: 8 })).toBeNull();
    expect(overlappingShift(rota, { id: 'new', agentId: 'carla', weekday: 0, startHour: 8, endHour: 16 })).toBeNull();
    expect(overlappingShift(rota, { id: 'mon-day', agentId: 'alice', weekday: 0, startHour: 9, endHour: 17 })).toBeNull();
    expect(overlappingShift(rota, { id: 'new', agentId: null, weekday: 0, startHour: 8, endHour: 16 })).toBeNull();
  });

  it('finds a double booking in a whole rota', () => {
    expect(firstOverlap(rota)).toBeNull();
    expect(firstOverlap([...rota, shift('late', 'bruno', 0, 15, 23)])?.map((s) => s.id)).toEqual(['bruno-mon', 'late']);
  });
});

it('describes a shift as the editor shows it', () => {
  expect(describeShift(shift('x', 'a', 1, 22, 6))).toBe('Tue 22:00–06:00');
  expect(describeShift(shift('x', 'a', 6, 0, 24))).toBe('Sun 00:00–24:00');
});
