import { describe, expect, it } from 'vitest';
import { hourOfWeek, shiftCovers, staffingForecast } from '../../../server/core/staffing';
import type { KpiConversation } from '../../../server/store/kpi-queries';

const conv = (queuedAt: number, handleMs: number | null): KpiConversation => ({
  id: `c${queuedAt}`,
  playerId: 'p',
  status: handleMs === null ? 'queued' : 'resolved',
  agentId: 'a1',
  topic: null,
  createdAt: queuedAt,
  queuedAt,
  assignedAt: queuedAt + 30_000,
  firstResponseAt: queuedAt + 60_000,
  firstResponseMs: 60_000,
  resolvedAt: handleMs === null ? null : queuedAt + 30_000 + handleMs,
  transfers: 0,
  needsSenior: false,
  deflected: false,
  botAt: null,
  breaches: [],
});

// Malta is UTC+1 in November: Monday 10:00 there is 09:00 UTC.
const monday10 = (day: number, minute: number) => Date.UTC(2026, 10, day, 9, minute);

describe('staffing forecast', () => {
  it('places instants in the site’s hour of the week', () => {
    const locate = hourOfWeek('Europe/Malta');
    expect(locate(monday10(9, 0))).toEqual({ weekday: 0, hour: 10 });
    expect(locate(Date.UTC(2026, 10, 15, 23, 30))).toEqual({ weekday: 0, hour: 0 }); // Sunday 23:30 UTC is Monday 00:30 in Malta
  });

  it('covers overnight shifts into the next day', () => {
    const night = { weekday: 6, startHour: 22, endHour: 6 };
    expect(shiftCovers(night, 6, 23)).toBe(true);
    expect(shiftCovers(night, 0, 5)).toBe(true);
    expect(shiftCovers(night, 0, 6)).toBe(false);
    expect(shiftCovers(night, 6, 21)).toBe(false);
  });

  it('forecasts Monday 10:00 from two weeks of arrivals and handle times with Erlang C', () => {
    // Week 1: 3 chats, week 2: 5 chats → 4 per hour. Two resolved chats held a slot 600 s and 1200 s → 900 s.
    const conversations = [
      conv(monday10(9, 1), 600_000),
      conv(monday10(9, 20), 1_200_000),
      conv(monday10(9, 40), null),
      ...[1, 10, 20, 30, 50].map((m) => conv(monday10(16, m), null)),
    ];
    const hours = staffingForecast({
      conversations,
      weeks: 2,
      timeZone: 'Europe/Malta',
      frtTargetMs: 300_000,
      goal: 0.8,
      concurrency: 3,
      defaultHandleMs: 480_000,
      shifts: [
        { id: 's1', siteId: 'demo', agentId: 'a1', weekday: 0, startHour: 8, endHour: 16 },
        { id: 's2', siteId: 'demo', agentId: 'a1', weekday: 0, startHour: 9, endHour: 11 }, // a1 counted once
        { id: 's3', siteId: 'demo', agentId: null, weekday: 0, startHour: 10, endHour: 12 },
        { id: 's4', siteId: 'demo', agentId: 'a2', weekday: 6, startHour: 22, endHour: 6 },
      ],
    });
    expect(hours).toHaveLength(168);
    const mon10 = hours[10]!;
    // 4/h × 900 s = 1 Erlang. With 2 chat slots, Erlang C gives P(wait) = 1/3 and a service level of
    // 1 − (1/3)·e^(−300/900) ≈ 76% < 80%; with 3 slots P(wait) = 1/11 and 1 − (1/11)·e^(−600/900) ≈ 95%.
    // 3 slots at 3 chats per agent → 1 agent.
    expect(mon10).toEqual({ weekday: 0, hour: 10, arrivalsPerHour: 4, handleSeconds: 900, needed: 1, scheduled: 2 });
    expect(hours[3]).toEqual({ weekday: 0, hour: 3, arrivalsPerHour: 0, handleSeconds: null, needed: 0, scheduled: 1 });
    expect(hours[6 * 24 + 23]!.scheduled).toBe(1);
  });
});
