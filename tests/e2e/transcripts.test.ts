import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';
import { transcriptHistory } from '../support/transcript-history';
import { axeViolations, openPanel } from './agent-panel';

/**
 * A supervisor looks up a player's chat in real Chromium against the built
 * panel: searches, opens the transcript, downloads it; the admin then finds
 * that opening in the audit log, and exports and erases the player's data.
 */
let server: TestServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  await server.store.history.import(transcriptHistory(Date.now()));
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

describe('transcripts in the browser', () => {
  it('searches, opens and downloads a transcript; the admin sees the opening in the audit log and erases the player', async () => {
    const sara = await openPanel(browser, server.url, 'sara@luckystar.test');
    const page = sara.page;
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Transcripts' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3 }).first().textContent()).toBe('2 conversations');
    // Full-text: both words, each from its start, in different lines of the chat.
    await page.getByLabel('Text').fill('withdraw leaves');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3 }).first().textContent()).toBe('1 conversation');
    const results = page.getByRole('table', { name: '1 conversation' });
    expect(await results.getByRole('row').nth(1).textContent()).toContain('Ana Lima');
    // The row shows the line that matched, the hit marked.
    expect(await results.getByRole('columnheader', { name: 'Matching line' }).count()).toBe(1);
    expect(await results.getByRole('row').nth(1).locator('mark').allTextContents()).toEqual(['withdrawal']);
    expect(await results.getByRole('row').nth(1).textContent()).toContain('My withdrawal of 200 EUR is stuck since Monday');
    await results.getByRole('row').nth(1).getByRole('link').click();

    const transcript = page.getByRole('region', { name: 'Transcript with Ana Lima' });
    const log = transcript.getByRole('log', { name: 'Transcript lines' });
    await expect.poll(() => log.textContent()).toContain('My withdrawal of 200 EUR is stuck since Monday');
    expect(await log.textContent()).toContain('Hi Ana, I can see it; it leaves today.');
    expect(await transcript.textContent()).toContain('5 / 5 — Quick and kind');
    expect(page.url()).toMatch(/#\/transcripts\/c_ana$/);

    const [download] = await Promise.all([page.waitForEvent('download'), transcript.getByRole('link', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('transcript-c_ana.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('conversation,time,kind,author,name,text');
    expect(csv).toContain('My withdrawal of 200 EUR is stuck since Monday');
    expect(await axeViolations(page, 'main')).toEqual([]);
    expect(sara.faults).toEqual([]);
    await sara.close();

    const max = await openPanel(browser, server.url, 'max@luckystar.test');
    const admin = max.page;
    await admin.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Admin' }).click();
    await admin.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Audit log' }).click();
    await admin.getByLabel('Action').selectOption('transcript.open');
    await admin.getByRole('button', { name: 'Filter' }).click();
    const entries = admin.getByRole('table', { name: 'Audit log' }).getByRole('row');
    await expect.poll(() => entries.count()).toBe(2);
    const opening = await entries.nth(1).textContent();
    expect(opening).toContain('Sara Kim');
    expect(opening).toContain('supervisor');
    expect(opening).toContain('conversation c_ana');
    expect(await axeViolations(admin, 'main')).toEqual([]);

    await admin.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Player data' }).click();
    await admin.getByLabel('Player id or casino id').fill('casino-ana-77');
    await admin.getByRole('button', { name: 'Find player' }).click();
    const found = admin.getByRole('group', { name: 'Player found' });
    await expect.poll(() => found.textContent()).toContain('1 conversations, 2 messages.');
    const [data] = await Promise.all([admin.waitForEvent('download'), found.getByRole('link', { name: 'Download data (JSON)' }).click()]);
    expect(JSON.parse(readFileSync((await data.path())!, 'utf8'))).toMatchObject({ player: { name: 'Ana Lima', externalId: 'casino-ana-77' } });
    await found.getByRole('button', { name: 'Erase data…' }).click();
    await found.getByRole('button', { name: 'Erase this player’s data for good' }).click();
    await expect.poll(() => admin.getByRole('region', { name: 'Player data' }).getByRole('status').textContent()).toContain('Erased: 2 messages');
    expect(await server.store.listMessages('c_ana', 0, 10)).toEqual([]);
    expect(await server.store.playerData.findPlayer('demo', 'casino-ana-77')).toBeNull();
    expect(max.faults).toEqual([]);
    await max.close();
  });
});
