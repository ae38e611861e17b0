import { describe, expect, it } from 'vitest';
import { computeKpis, percentile } from '../../../server/core/kpis';
import type { CsatRecord } from '../../../server/store/csat-store';
import type { BreachFact, KpiConversation } from '../../../server/store/kpi-queries';

/**
 * One hand-made day on the floor. Every expected figure below is worked out
 * by hand in the comments from the fixture, following docs/KPIS.md.
 */
const DAY = Date.UTC(2026, 10, 20); // window: 20 Nov 2026 00:00 to 24:00 UTC
const at = (h: number, m = 0, dayOffset = 0) => DAY + dayOffset * 86_400_000 + (h * 60 + m) * 60_000;
const from = DAY;
const to = at(24);
const now = at(20); // the report is read at 20:00
const FRT_TARGET = 300_000; // 5 min

function conv(id: string, playerId: string, patch: Partial<KpiConversation>): KpiConversation {
  return {
    id,
    playerId,
    status: 'resolved',
    agentId: null,
    topic: 'other',
    createdAt: 0,
    queuedAt: null,
    assignedAt: null,
    firstResponseAt: null,
    firstResponseMs: null,
    resolvedAt: null,
    transfers: 0,
    needsSenior: false,
    deflected: false,
    botAt: null,
    breaches: [],
    ...patch,
  };
}

/** An answered, resolved chat: queued at q, first answer `frtMin` later, resolved at r. */
function answered(id: string, playerId: string, agentId: string, topic: KpiConversation['topic'], q: number, frtMin: number, r: number, extra: Partial<KpiConversation> = {}) {
  return conv(id, playerId, { agentId, topic, createdAt: q, queuedAt: q, assignedAt: q + 60_000, firstResponseAt: q + frtMin * 60_000, firstResponseMs: frtMin * 60_000, resolvedAt: r, ...extra });
}

const conversations: KpiConversation[] = [
  // Yesterday, before the window: only its CSAT (below) could leak in.
  answered('c0', 'p11', 'a_bruno', 'deposit', at(20, 0, -1), 1, at(20, 30, -1)),
  // Queued yesterday 23:50, answered today 00:03 (13 min), resolved 00:20: answered and resolved today, not queued today.
  answered('c10', 'p9', 'a_alice', 'account-access', at(23, 50, -1), 13, at(0, 20)),
  answered('c1', 'p1', 'a_alice', 'deposit', at(8), 2, at(8, 20)),
  answered('c2', 'p2', 'a_bruno', 'withdrawal', at(9), 10, at(9, 30), { transfers: 1 }),
  answered('c3', 'p3', 'a_alice', 'kyc', at(10), 4, at(10, 15)),
  // p3 is back on KYC two hours after c3 was resolved: c3 was not resolved at first contact.
  answered('c4', 'p3', 'a_alice', 'kyc', at(12), 1, at(12, 10)),
  // Queued, never answered, closed after 2 min: abandoned, and a short abandon (not in the within-target share).
  conv('c5', 'p4', { topic: 'bonus', createdAt: at(13), queuedAt: at(13), resolvedAt: at(13, 2) }),
  // Still queued, unanswered for 6 h at 20:00: abandoned, and a miss of the target.
  conv('c6', 'p5', { status: 'queued', topic: 'bonus', createdAt: at(14), queuedAt: at(14) }),
  // Still queued 10 min at 20:00: a miss of the target, not (yet) abandoned.
  conv('c7', 'p6', { status: 'queued', createdAt: at(19, 50), queuedAt: at(19, 50) }),
  // The bot solved it.
  conv('c8', 'p7', { topic: 'bonus', createdAt: at(11), botAt: at(11), deflected: true, resolvedAt: at(11, 2) }),
  // The bot answered, the player asked for a person at 11:35: answered in 1 min, then escalated.
  answered('c9', 'p8', 'a_bruno', 'game-issue', at(11, 35), 1, at(11, 50), { createdAt: at(11, 30), botAt: at(11, 30), needsSenior: true }),
  // Tomorrow p1 comes back, but about a bonus: c1 (a deposit) still counts as resolved at first contact.
  conv('c11', 'p1', { status: 'queued', topic: 'bonus', createdAt: at(0, 10, 1), queuedAt: at(0, 10, 1) }),
];

const rating = (conversationId: string, agentId: string, value: number, when: number): CsatRecord => ({ conversationId, siteId: 'demo', agentId, rating: value, comment: null, at: when });
const ratings = [rating('c0', 'a_bruno', 1, at(20, 31, -1)), rating('c1', 'a_alice', 5, at(8, 21)), rating('c2', 'a_bruno', 2, at(9, 31)), rating('c4', 'a_alice', 4, at(12, 11))];
const breaches: BreachFact[] = [
  { conversationId: 'c6', kind: 'first_response', agentId: null, at: at(14, 5) },
  { conversationId: 'c2', kind: 'first_response', agentId: 'a_bruno', at: at(9, 5) },
];

const report = computeKpis({ from, to, now, frtTargetMs: FRT_TARGET, conversations, ratings, breaches });

describe('KPIs of a hand-made day', () => {
  it('counts conversations created (c1–c9), queued today (c1–c7, c9) and answered today (c1–c4, c9, c10)', () => {
    expect(report.kpis.conversations).toBe(9);
    expect(report.kpis.queued).toBe(8);
    expect(report.kpis.answered).toBe(6);
  });

  it('takes FRT percentiles by nearest rank over today’s first answers', () => {
    // FRTs: 1, 1, 2, 4, 10, 13 min. p50 = rank ceil(3) = 2 min; p90 = rank ceil(5.4) = 6th = 13 min.
    expect(report.kpis.frtP50Ms).toBe(120_000);
    expect(report.kpis.frtP90Ms).toBe(780_000);
  });

  it('shares answered within target among chats whose outcome is known', () => {
    // c1 ✓, c2 ✗ (10 min), c3 ✓, c4 ✓, c6 ✗ (waiting 6 h), c7 ✗ (waiting 10 min), c9 ✓; c5 left within 2 min: not counted.
    expect(report.kpis.withinTarget).toEqual({ count: 4, of: 7, share: 4 / 7 });
  });

  it('counts first-contact resolution: no transfer, no escalation, no return on the topic within 24 h', () => {
    // Resolved by an agent today: c10 ✓, c1 ✓, c2 ✗ transfer, c3 ✗ p3 back on KYC, c4 ✓, c9 ✗ escalated.
    expect(report.kpis.firstContactResolution).toEqual({ count: 3, of: 6, share: 0.5 });
  });

  it('averages today’s ratings only', () => {
    // 5, 2, 4 (yesterday's 1 left out).
    expect(report.kpis.csat.count).toBe(3);
    expect(report.kpis.csat.average).toBeCloseTo(11 / 3, 10);
  });

  it('counts chats per agent, abandonment and bot deflection', () => {
    // Held among today's queued: Alice c1 c3 c4, Bruno c2 c9 → 5 chats / 2 agents.
    expect(report.kpis.chatsPerAgent).toBe(2.5);
    // Abandoned among the 8 queued: c5 (closed unanswered), c6 (unanswered 6 h).
    expect(report.kpis.abandoned).toEqual({ count: 2, of: 8, share: 0.25 });
    // The bot answered c8 and c9; c8 was solved.
    expect(report.kpis.deflected).toEqual({ count: 1, of: 2, share: 0.5 });
  });

  it('gives each agent their chats, resolutions, FRT median, ratings and breaches', () => {
    // Alice: held c1 c3 c4; resolved c10 c1 c3 c4; FRTs 13, 2, 4, 1 min → median rank 2 = 2 min; rated 5 and 4.
    expect(report.agents.get('a_alice')).toEqual({ chats: 3, resolved: 4, frtP50Ms: 120_000, csatAverage: 4.5, csatCount: 2, breaches: 0 });
    // Bruno: held c2 c9; FRTs 10 and 1 min → rank 1 = 1 min; rated 2; breached c2's FRT at 09:05.
    expect(report.agents.get('a_bruno')).toEqual({ chats: 2, resolved: 2, frtP50Ms: 60_000, csatAverage: 2, csatCount: 1, breaches: 1 });
  });

  it('splits the day into 24 hourly buckets for the charts', () => {
    expect(report.bucketMs).toBe(3_600_000);
    expect(report.series).toHaveLength(24);
    expect(report.series[0]).toEqual({ at: at(0), arrivals: 0, answered: 1, abandoned: 0, frtP50Ms: 780_000, withinTargetShare: null, csatAverage: null });
    expect(report.series[8]).toEqual({ at: at(8), arrivals: 1, answered: 1, abandoned: 0, frtP50Ms: 120_000, withinTargetShare: 1, csatAverage: 5 });
    expect(report.series[11]).toEqual({ at: at(11), arrivals: 2, answered: 1, abandoned: 0, frtP50Ms: 60_000, withinTargetShare: 1, csatAverage: null });
    expect(report.series[13]).toMatchObject({ arrivals: 1, abandoned: 1, withinTargetShare: null });
    expect(report.series[14]).toMatchObject({ arrivals: 1, abandoned: 1, withinTargetShare: 0 });
    expect(report.series[21]).toEqual({ at: at(21), arrivals: 0, answered: 0, abandoned: 0, frtP50Ms: null, withinTargetShare: null, csatAverage: null });
  });

  it('uses daily buckets for windows over two days', () => {
    const week = computeKpis({ from, to: at(0, 0, 7), now, frtTargetMs: FRT_TARGET, conversations, ratings, breaches });
    expect(week.bucketMs).toBe(86_400_000);
    expect(week.series.map((p) => p.arrivals)).toEqual([9, 1, 0, 0, 0, 0, 0]);
  });
});

describe('percentile', () => {
  it('is the nearest rank, and null for no values', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2);
    expect(percentile([4, 1, 3, 2], 0.9)).toBe(4);
  });
});
