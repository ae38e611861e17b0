import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nanoid } from 'nanoid';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { signIdentity } from '../../server/core/identity';
import { launchChromium } from '../support/browser';
import { wsUrl } from '../support/clients';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';
import { axeViolations, openPanel } from './agent-panel';

/**
 * What an agent does beside replying, in real Chromium against the built
 * panel: an internal note (which never reaches the player), a canned reply
 * picked with `/bonus` from the keyboard in the player's language, and the
 * player sidebar from the casino's CRM, including when the CRM is down.
 */
let server: TestServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ site: { crm: { url: '/demo-crm', secret: 'crm-secret-0123456789' } }, floorTools: { demoBackendSite: 'demo' } });
  await server.store.canned.create({
    id: 'k-bonus',
    siteId: 'demo',
    shortcut: 'bonus',
    title: 'Bonus wagering',
    texts: { en: 'Hi {{player.name}}, bonus funds must be wagered 35 times.', fr: 'Bonjour {{player.name}}, le bonus doit être misé 35 fois. {{agent.name}}' },
    createdAt: 1,
    updatedAt: 1,
  });
  await server.store.canned.create({ id: 'k-bye', siteId: 'demo', shortcut: 'bye', title: 'Closing', texts: { en: 'Good luck!' }, createdAt: 1, updatedAt: 1 });
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

/** A verified player on a socket, as the widget would be after the casino's `identify`. */
async function verifiedPlayer(baseUrl: string, playerId: string, name: string, locale: string) {
  const socket = await TestSocket.open(wsUrl(baseUrl, '/v1/player'), { origin: baseUrl });
  const issuedAt = Date.now();
  socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale, lastSeq: 0, conversationId: null, identity: { playerId, issuedAt, signature: signIdentity(TEST_SITE.identitySecret, playerId, issuedAt), name } });
  await socket.type('welcome');
  return {
    socket,
    say: (text: string) => {
      const id = nanoid();
      socket.send({ type: 'send', id, text });
      return socket.type('ack', (f) => f.id === id);
    },
  };
}

async function goOnlineAndOpenFirst(page: Page) {
  await page.getByLabel('Status').selectOption('online');
  const entry = page.getByRole('navigation', { name: 'Conversations' }).getByRole('link').first();
  await entry.waitFor();
  await entry.click();
  await page.getByRole('log').waitFor();
}

describe('agent desk tools in the browser', () => {
  it('keeps an internal note among the agents: the player’s page never receives it', async () => {
    const playerContext = await browser.newContext();
    const player = await playerContext.newPage();
    const received: string[] = [];
    player.on('websocket', (ws) => ws.on('framereceived', (frame) => received.push(String(frame.payload))));
    await player.goto(`${server.url}/`);
    await player.getByRole('button', { name: 'Open chat' }).click();
    await player.getByRole('textbox', { name: 'Message' }).fill('My withdrawal was declined');
    await player.getByRole('button', { name: 'Send' }).click();

    const { page, faults, close } = await openPanel(browser, server.url, 'alice@luckystar.test');
    await goOnlineAndOpenFirst(page);
    await page.getByRole('log').getByText('My withdrawal was declined').waitFor();

    await page.getByRole('checkbox', { name: 'Internal note' }).check();
    await page.getByRole('textbox', { name: 'Internal note' }).fill('SECRET-NOTE: card flagged by payments, do not promise a date');
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByRole('log').locator('.line--note');
    await note.getByText('SECRET-NOTE: card flagged by payments, do not promise a date').waitFor();
    await expect.poll(() => note.textContent()).toContain('Internal note · Alice Martin');

    await page.getByRole('checkbox', { name: 'Internal note' }).uncheck();
    await page.getByRole('textbox', { name: 'Reply' }).fill('I am checking it with our payments team.');
    await page.getByRole('button', { name: 'Send' }).click();
    await player.getByRole('log').getByText('I am checking it with our payments team.').waitFor();

    // The player's page, reloaded, replays the conversation: still no note.
    await player.reload();
    await player.getByRole('button', { name: 'Open chat' }).click();
    await player.getByRole('log').getByText('I am checking it with our payments team.').waitFor();
    expect(received.length).toBeGreaterThan(3);
    expect(received.filter((f) => f.includes('SECRET-NOTE'))).toEqual([]);
    expect(await player.getByText('SECRET-NOTE', { exact: false }).count()).toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await page.getByRole('button', { name: 'Resolve' }).click();
    await close();
    await playerContext.close();
  });

  it('inserts a canned reply picked with /bonus from the keyboard, in the player’s language, and shows their CRM account', async () => {
    const sophie = await verifiedPlayer(server.url, 'lucky-1002', 'Sophie', 'fr');
    await sophie.say('Bonjour, où en est mon bonus ?');
    const { page, faults, close } = await openPanel(browser, server.url, 'bruno@luckystar.test');
    await goOnlineAndOpenFirst(page);

    const reply = page.getByRole('textbox', { name: 'Reply' });
    await reply.pressSequentially('/b');
    const picker = page.getByRole('listbox', { name: 'Canned replies' });
    await expect.poll(() => picker.getByRole('option').allTextContents()).toEqual([expect.stringMatching(/^\/bonus/), expect.stringMatching(/^\/bye/)]);
    await reply.press('ArrowDown');
    await expect.poll(() => picker.getByRole('option', { selected: true }).textContent()).toMatch(/^\/bye/);
    await reply.press('ArrowUp');
    await reply.press('Enter');
    await expect.poll(() => reply.inputValue()).toBe('Bonjour Sophie, le bonus doit être misé 35 fois. Bruno');
    expect(await picker.count()).toBe(0);
    await reply.press('Enter');
    const sent = await sophie.socket.type('message', (f) => f.message.author === 'agent');
    expect(sent.message.text).toBe('Bonjour Sophie, le bonus doit être misé 35 fois. Bruno');

    // Escape closes the list and leaves the typed text alone.
    await reply.pressSequentially('/bo');
    await picker.waitFor();
    await reply.press('Escape');
    expect(await picker.count()).toBe(0);
    expect(await reply.inputValue()).toBe('/bo');

    // The CRM's view of Sophie: standard tier, KYC pending with the missing document, her payments.
    const account = page.getByRole('region', { name: 'Casino account' });
    await account.getByText('Pending review').waitFor();
    await expect.poll(() => account.textContent()).toContain('Proof of address');
    expect(await account.textContent()).toContain('Standard');
    expect(await account.textContent()).toContain('€35.20');
    expect(await account.textContent()).toContain('Paysafecard');
    expect(await page.getByRole('region', { name: 'Earlier conversations' }).textContent()).toContain('first conversation');
    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await close();
    sophie.socket.close();
  });

  it('says "CRM unavailable" when the casino’s CRM does not answer, and the chat goes on', async () => {
    const hanging: Server = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', () => resolve()));
    const slow = await startTestServer({ site: { crm: { url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`, secret: 'crm-secret-0123456789', timeoutMs: 400 } } });
    try {
      const marco = await verifiedPlayer(slow.url, 'lucky-1001', 'Marco', 'en');
      await marco.say('Hello, is my withdrawal coming?');
      const { page, close } = await openPanel(browser, slow.url, 'alice@luckystar.test');
      await goOnlineAndOpenFirst(page);
      const account = page.getByRole('region', { name: 'Casino account' });
      await account.getByText('CRM unavailable', { exact: false }).waitFor();
      await page.getByRole('textbox', { name: 'Reply' }).fill('Yes, it is on its way.');
      await page.getByRole('button', { name: 'Send' }).click();
      await marco.socket.type('message', (f) => f.message.text === 'Yes, it is on its way.');
      await close();
      marco.socket.close();
    } finally {
      await slow.stop();
      hanging.closeAllConnections();
      await new Promise<void>((resolve) => hanging.close(() => resolve()));
    }
  });
});
