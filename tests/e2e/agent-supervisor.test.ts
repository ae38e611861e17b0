import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../server/store/records';
import type { HistoryBatch } from '../../server/store/history-import';
import { launchChromium } from '../support/browser';
import { connectPlayer } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';
import { axeViolations, openPanel } from './agent-panel';

/**
 * A supervisor's and an admin's day in real Chromium against the built panel:
 * the dashboard showing figures worked out by hand from a fixture, a breach
 * alert arriving live, the staffing forecast, and the admin screens.
 */
let server: TestServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
const FRT_TARGET_MS = 2_000;

function closed(id: string, at: number, patch: Partial<ConversationRecord>): ConversationRecord {
  return {
    id, siteId: 'demo', playerId: `p-${id}`, playerName: null, status: 'resolved', agentId: null, agentName: null, locale: 'en', topic: 'deposit', createdAt: at,
    queuedAt: at, assignedAt: null, firstResponseAt: null, firstResponseMs: null, resolvedAt: at + 300_000, lastSeq: 0, vipTier: 0, responsibleGambling: false,
    complex: false, complexSince: null, needsSenior: false, seniorReachedAt: null, managerId: null, targetAgentId: null, excludedAgentIds: [], missedOffers: 0,
    transfers: 0, waitingSince: null, pausedMs: 0, breaches: [], playerReadSeq: 0, agentReadSeq: 0, offlineEmail: null, deflected: false, botAt: null, ...patch,
  };
}

/**
 * Yesterday and today: Alice answered four chats in 1, 2, 4 and 9 s (target 2 s) and got ratings 5, 4 and 2;
 * one player left unanswered after a minute; the bot solved one. By hand, for the last 7 days:
 * 6 conversations; FRT median = 2nd of [1, 2, 4, 9] = 2 s, p90 = 4th = 9 s; within target 2 of 5 (the one who
 * left waited past the target) = 40%; CSAT (5 + 4 + 2) / 3 = 3.7 from 3; FCR 4 of 4 = 100%; abandoned 1 of 5 = 20%;
 * bot deflection 1 of 1 = 100%; chats per agent 4 / 1 = 4.0.
 */
function fixture(now: number): HistoryBatch {
  const start = now - 30 * 3_600_000;
  const answered = [1_000, 2_000, 4_000, 9_000].map((frt, i) =>
    closed(`fx${i}`, start + i * 3_600_000, { agentId: 'a_alice', agentName: 'Alice Martin', assignedAt: start + i * 3_600_000 + 500, firstResponseAt: start + i * 3_600_000 + frt, firstResponseMs: frt }),
  );
  const left = closed('fx-left', start + 5 * 3_600_000, { status: 'missed', resolvedAt: start + 5 * 3_600_000 + 60_000 });
  const bot = closed('fx-bot', start + 6 * 3_600_000, { queuedAt: null, botAt: start + 6 * 3_600_000, deflected: true, resolvedAt: start + 6 * 3_600_000 + 90_000 });
  const conversations = [...answered, left, bot];
  return {
    players: conversations.map((c) => ({ id: c.playerId, siteId: 'demo', sessionHash: `fixture-${c.id}`, name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: start })),
    conversations,
    messages: [],
    events: [],
    ratings: [5, 4, 2].map((rating, i) => ({ conversationId: `fx${i === 2 ? 3 : i}`, siteId: 'demo', agentId: 'a_alice', rating, comment: null, at: answered[i === 2 ? 3 : i]!.resolvedAt! + 1_000 })),
  };
}

beforeAll(async () => {
  server = await startTestServer({ site: { sla: { firstResponseMs: FRT_TARGET_MS, resolutionMs: 900_000, escalationMs: 3_600_000 } }, floorTools: { floorIntervalMs: 300 } });
  await server.store.history.import(fixture(Date.now()));
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

const tile = (page: Awaited<ReturnType<typeof openPanel>>['page'], name: string) => page.getByRole('group', { name, exact: true });

describe('supervisor dashboard in the browser', () => {
  it('shows the week’s figures worked out by hand, the live floor, and a breach as it happens', async () => {
    const { page, faults, close } = await openPanel(browser, server.url, 'sara@luckystar.test');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await expect.poll(() => tile(page, 'Conversations').textContent()).toContain('6');
    expect(await tile(page, 'First response').textContent()).toContain('2 s');
    expect(await tile(page, 'First response').textContent()).toContain('p90 9 s');
    expect(await tile(page, 'Answered within 2 s').textContent()).toContain('40%');
    expect(await tile(page, 'CSAT').textContent()).toContain('3.7');
    expect(await tile(page, 'CSAT').textContent()).toContain('3 ratings');
    expect(await tile(page, 'First-contact resolution').textContent()).toContain('100%');
    expect(await tile(page, 'Abandoned').textContent()).toContain('20%');
    expect(await tile(page, 'Bot deflection').textContent()).toContain('100%');
    expect(await tile(page, 'Chats per agent').textContent()).toContain('4.0');
    const alice = page.getByRole('table', { name: 'Agents' }).getByRole('row', { name: /Alice Martin/ });
    expect((await alice.getByRole('cell').allTextContents()).map((t) => t.trim())).toEqual(['Offline', '0 / 4', '4', '4', '2 s', '3.7 (3)', '0']);
    expect(await page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(3);

    // A player waits past the 2 s target with nobody online: the queue tile moves and the breach arrives live.
    await (await connectPlayer(server.url)).say('Is anyone there?');
    await expect.poll(() => tile(page, 'Queue').textContent(), { timeout: 5_000 }).toMatch(/^Queue1/);
    const breaches = page.getByRole('region', { name: 'SLA breaches' });
    await breaches.getByText('First response missed').first().waitFor({ timeout: 5_000 });
    await expect.poll(() => breaches.locator('.breach--live').count()).toBe(1);

    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Staffing' }).click();
    await page.getByRole('heading', { name: 'Staffing' }).waitFor();
    const hours = page.getByRole('table', { name: /hour by hour/ });
    await hours.getByRole('row').nth(1).waitFor();
    expect(await hours.getByRole('row').count()).toBe(25);
    await page.getByRole('button', { name: /^Mon/ }).click();
    await page.getByText('Monday, hour by hour').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await close();
  });

  it('hides the supervisor views from agents', async () => {
    const { page, close } = await openPanel(browser, server.url, 'bruno@luckystar.test');
    expect(await page.getByRole('navigation', { name: 'Views' }).count()).toBe(0);
    await page.evaluate(() => (location.hash = '#/dashboard'));
    await page.getByRole('navigation', { name: 'Conversations' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Dashboard' }).count()).toBe(0);
    await close();
  });
});

describe('admin screens in the browser', () => {
  it('invites an agent, adds a canned reply and a webhook, and shows the delivery log', async () => {
    const { page, faults, close } = await openPanel(browser, server.url, 'max@luckystar.test');
    await page.getByRole('link', { name: 'Admin' }).click();
    const invite = page.getByRole('form', { name: 'Invite an agent' });
    await invite.getByLabel('Email').fill('lena@luckystar.test');
    await invite.getByLabel('Name').fill('Lena Borg');
    await invite.getByLabel('Role').selectOption('senior');
    await invite.getByLabel('Languages').fill('en, mt');
    await invite.getByRole('button', { name: 'Create agent' }).click();
    const status = page.getByRole('main').getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/Lena Borg can sign in as lena@luckystar.test with the temporary password \S+/);
    const password = /temporary password (\S+) \(/.exec((await status.textContent())!)![1]!;
    const row = page.getByRole('row', { name: /Lena Borg/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Senior');
    expect(await axeViolations(page)).toEqual([]);
    const lena = await fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-pitboss-csrf': '1' }, body: JSON.stringify({ email: 'lena@luckystar.test', password }) });
    expect(lena.status).toBe(200);

    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Canned replies' }).click();
    const form = page.getByRole('form', { name: 'New canned reply' });
    await form.getByLabel('Shortcut').fill('limits');
    await form.getByLabel('Title').fill('Deposit limits');
    await form.getByLabel('Text in English').fill('You can set a deposit limit under Account → Limits, {{player.name}}.');
    await form.getByLabel('Add a language').selectOption('fr');
    await form.getByLabel('Text in French').fill('Vous pouvez fixer une limite de dépôt dans Compte → Limites.');
    await form.getByRole('button', { name: 'Add reply' }).click();
    await page.getByRole('main').getByRole('status').getByText('Saved /limits.').waitFor();
    expect((await server.store.canned.list('demo')).find((r) => r.shortcut === 'limits')?.texts).toEqual({
      en: 'You can set a deposit limit under Account → Limits, {{player.name}}.',
      fr: 'Vous pouvez fixer une limite de dépôt dans Compte → Limites.',
    });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByLabel('Endpoint URL').fill('http://127.0.0.1:9/hooks');
    await page.getByRole('checkbox', { name: 'csat.received' }).uncheck();
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('status').textContent()).toMatch(/secret, shown once: whsec_/);
    await (await connectPlayer(server.url)).say('Hello webhooks');
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Refresh' }).click();
          return page.getByRole('table', { name: 'Delivery log' }).textContent();
        },
        { timeout: 8_000 },
      )
      .toMatch(/conversation\.created.*Could not connect/);
    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await close();
  });
});
