import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteDirectory } from '../../../server/config/sites';
import { computeKpis, DAY_MS, KPI_LOOKBACK_MS } from '../../../server/core/kpis';
import { HISTORY_DAYS } from '../../../server/demo-casino/history';
import { seedDemoFloor } from '../../../server/demo-casino/seed';
import { seedDemoAgents } from '../../../server/seed';
import type { KyselyStore } from '../../../server/store/kysely-store';
import { openSqliteStore } from '../../../server/store/sqlite';

const site = new SiteDirectory([{ id: 'demo', name: 'Lucky Star', allowedOrigins: ['self'], identitySecret: 'demo-secret-0123456789', timeZone: 'Europe/Malta' }]).get('demo')!;
const now = Date.UTC(2026, 10, 25, 15, 0);
let dir: string;
let store: KyselyStore;
let seedMs = 0;
let seeded = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pitboss-seed-'));
  store = openSqliteStore(join(dir, 'demo.sqlite'));
  await store.migrate();
  await seedDemoAgents(store, now);
  const alice = await store.findAgentByEmail('alice@luckystar.test');
  const started = performance.now();
  seeded = (await seedDemoFloor(store, site, now, { passwordHash: alice!.passwordHash })).conversations;
  seedMs = performance.now() - started;
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo floor’s seeded history', () => {
  it('is a few weeks of chats, written fast, and only once', async () => {
    expect(seeded).toBeGreaterThan(1000);
    expect(seedMs).toBeLessThan(2_000);
    expect(await seedDemoFloor(store, site, now, { password: 'unused' })).toEqual({ conversations: 0 });
    const all = await store.reports.conversationFacts('demo', 0, now + DAY_MS);
    expect(all).toHaveLength(seeded);
    expect(Math.min(...all.map((c) => c.createdAt))).toBeGreaterThanOrEqual(now - HISTORY_DAYS * DAY_MS - 3_600_000);
    // Nothing is left open for the live queue, and nothing ends in the future.
    expect(all.filter((c) => c.status !== 'resolved' && c.status !== 'missed')).toEqual([]);
    expect(all.filter((c) => (c.resolvedAt ?? 0) > now)).toEqual([]);
    expect(await store.listOpenConversations()).toEqual([]);
  });

  it('looks like a real floor on the dashboard', async () => {
    const from = now - 7 * DAY_MS;
    const report = computeKpis({
      from,
      to: now,
      now,
      frtTargetMs: site.sla.firstResponseMs,
      conversations: await store.reports.conversationFacts('demo', from - KPI_LOOKBACK_MS, now + KPI_LOOKBACK_MS),
      ratings: await store.csat.between('demo', from, now),
      breaches: await store.reports.breaches('demo', from, now),
    });
    const { kpis } = report;
    expect(kpis.conversations).toBeGreaterThan(250);
    expect(kpis.withinTarget.share).toBeGreaterThan(0.75);
    expect(kpis.withinTarget.share).toBeLessThan(1);
    expect(kpis.abandoned.share).toBeGreaterThan(0.02);
    expect(kpis.abandoned.share).toBeLessThan(0.2);
    expect(kpis.csat.count).toBeGreaterThan(50);
    expect(kpis.csat.average).toBeGreaterThan(3.5);
    expect(kpis.firstContactResolution.share).toBeGreaterThan(0.5);
    expect(kpis.deflected.count).toBeGreaterThan(10);
    expect(report.agents.size).toBeGreaterThanOrEqual(8);
    // Evenings are busier than early mornings.
    const hourOf = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Malta', hour: 'numeric', hourCycle: 'h23' });
    const byHour = new Array<number>(24).fill(0);
    for (const c of await store.reports.conversationFacts('demo', now - 28 * DAY_MS, now)) byHour[Number(hourOf.format(c.createdAt))]! += 1;
    expect(byHour[21]!).toBeGreaterThan(byHour[5]! * 2);
  });

  it('gives the desk canned replies in several languages and the floor a rota', async () => {
    const replies = await store.canned.list('demo');
    expect(replies.map((r) => r.shortcut).sort()).toEqual(['bonus', 'bye', 'deposit', 'hello', 'kyc', 'withdrawal']);
    expect(Object.keys(replies.find((r) => r.shortcut === 'bonus')!.texts)).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'pt-BR']));
    expect((await store.shifts.list('demo')).length).toBeGreaterThan(40);
    expect((await store.agents.list('demo')).length).toBeGreaterThanOrEqual(10);
  });
});
