import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { connectAgent } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';
import { startPageServer, type PageServer } from './widget-page-server';

/**
 * Issue 4 in a real browser: the offline outbox across a reload, a calm
 * "Reconnecting…", typing and read receipts both ways, the unread badge,
 * and two tabs of one player showing the same conversation live.
 */
let server: TestServer;
let casino: PageServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

/** A casino lobby that serves the widget from its own origin and passes the chat socket to the relay. */
const LOBBY = `<!doctype html><html lang="en"><head><title>Lobby</title></head><body><h1>Lobby</h1>
<script src="/widget.js" data-site="demo" async></script></body></html>`;

beforeAll(async () => {
  casino = await startPageServer();
  casino.page('/', LOBBY);
  server = await startTestServer({ site: { allowedOrigins: ['self', casino.origin] } });
  casino.relayPort = server.port;
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await casino?.close();
  await server?.stop();
});

type Agent = Awaited<ReturnType<typeof connectAgent>>;

const launcher = (page: Page) => page.locator('[data-pitboss] button.launcher');
const composer = (page: Page) => page.getByRole('textbox', { name: 'Message' });
const log = (page: Page) => page.getByRole('log');
const linkStatus = (page: Page) => page.locator('[data-pitboss] .link');

async function openChat(page: Page) {
  await page.getByRole('button', { name: /^Open chat/ }).click();
  await composer(page).waitFor();
}

async function say(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await log(page).getByText(text, { exact: true }).waitFor();
}

/** The line's delivery label under the player's own message. */
function delivery(page: Page, text: string) {
  return log(page).locator('li.own', { hasText: text }).locator('.delivery');
}

/** The player's unsent lines as the widget keeps them on the device (IndexedDB `pitboss`, store `kv`). */
function storedOutbox(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('pitboss');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('kv', 'readonly').objectStore('kv').get('pitboss:demo:outbox');
          read.onerror = () => resolve([]);
          read.onsuccess = () => {
            db.close();
            resolve(((read.result ?? []) as { text: string }[]).map((item) => item.text));
          };
        };
      }),
  );
}

async function setOffline(cdp: CDPSession, offline: boolean) {
  await cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

/** The conversation the agent was given, and everything in it once both texts are stored. */
async function assignedConversation(agent: Agent): Promise<string> {
  const frame = await agent.socket.type('conversation', (f) => f.conversation.status === 'assigned', 15_000);
  return frame.conversation.id as string;
}

async function agentHistory(agent: Agent, conversationId: string): Promise<{ author: string; text: string; seq: number }[]> {
  agent.socket.send({ type: 'open', conversationId, afterSeq: 0 });
  const history = await agent.socket.type('history', (f) => f.conversationId === conversationId);
  return history.messages;
}

/** The three steps share one player (context) and one agent, in order: a conversation's life. */
describe('widget delivery in Chromium', () => {
  let context: BrowserContext;
  let agent: Agent;
  afterAll(async () => {
    agent?.socket.close();
    await context?.close();
  });

  it('keeps two messages typed offline through a reload and delivers them once, in order', async () => {
    context = await browser.newContext();
    agent = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const page = await context.newPage();
    await page.goto(casino.url('/'));
    await openChat(page);
    await say(page, 'Ping from the lobby, table 7421');
    await expect.poll(() => delivery(page, 'Ping from the lobby').textContent()).toBe('Sent');
    const conversationId = await assignedConversation(agent);

    // The network goes: the widget notices at once (the browser's offline event), calmly.
    const cdp = await context.newCDPSession(page);
    await setOffline(cdp, true);
    await expect.poll(() => linkStatus(page).textContent()).toBe('Reconnecting…');
    await expect(linkStatus(page).getAttribute('role')).resolves.toBe('status');
    await say(page, 'First line typed in the lift');
    await say(page, 'Second line typed in the lift');
    expect(await delivery(page, 'First line').textContent()).toBe('Sending…');
    expect(await delivery(page, 'Second line').textContent()).toBe('Sending…');

    // On the device before the reload (a loaded machine can take longer to write than the test takes to reload).
    await expect.poll(() => storedOutbox(page), { timeout: 5_000 }).toEqual(['First line typed in the lift', 'Second line typed in the lift']);

    // Reload while the relay is still out of reach (the casino's page loads; the chat socket does not).
    casino.refuseSockets = true;
    await setOffline(cdp, false);
    await page.reload();
    await openChat(page);
    expect(await linkStatus(page).textContent()).toMatch(/^(Connecting|Reconnecting)…$/);
    const pending = log(page).locator('li.own[data-delivery="sending"] .text');
    await expect.poll(() => pending.allTextContents(), { timeout: 5_000 }).toEqual(['First line typed in the lift', 'Second line typed in the lift']);

    // Back online (the browser says so again): both arrive, once, in the order typed.
    casino.refuseSockets = false;
    await setOffline(cdp, true);
    await setOffline(cdp, false);
    await expect.poll(() => delivery(page, 'Second line').textContent(), { timeout: 20_000 }).toBe('Sent');
    expect(await delivery(page, 'First line').textContent()).toBe('Sent');
    await expect.poll(() => linkStatus(page).textContent()).toBe('');

    const history = await agentHistory(agent, conversationId);
    expect(history.filter((m) => m.author === 'player').map((m) => m.text)).toEqual([
      'Ping from the lobby, table 7421',
      'First line typed in the lift',
      'Second line typed in the lift',
    ]);
    const stored = await server.store.listMessages(conversationId, 0, 100);
    expect(stored.filter((m) => m.text.includes('typed in the lift'))).toHaveLength(2);
    for (const text of ['First line typed in the lift', 'Second line typed in the lift']) {
      expect(await log(page).getByText(text, { exact: true }).count()).toBe(1);
    }
    await cdp.detach();
  });

  it('shows typing and "Seen" both ways, and badges the launcher while the panel is closed', async () => {
    const page = context.pages()[0]!;
    const conversationId = (await server.store.listOpenConversations())[0]!.id;

    // The player types: the agent hears it once, not per keystroke.
    await composer(page).pressSequentially('Is there', { delay: 30 });
    const typing = await agent.socket.type('typing', (f) => f.conversationId === conversationId && f.typing === true);
    expect(typing.name).toBeNull();
    await composer(page).fill('');
    await agent.socket.type('typing', (f) => f.conversationId === conversationId && f.typing === false);
    expect(agent.socket.frames.filter((f) => f.type === 'typing' && f.typing === true)).toHaveLength(0);

    // The agent types ("Alice Martin is typing…"), answers, and has read the player's lines: "Seen".
    agent.socket.send({ type: 'typing', conversationId, typing: true });
    await page.getByText('Alice Martin is typing…').waitFor();
    await agent.reply(conversationId, 'Let me check that for you.');
    await log(page).getByText('Let me check that for you.').waitFor();
    expect(await page.getByText('Alice Martin is typing…').count()).toBe(0); // the message ends the typing
    // The panel is open and visible: the player read the reply at once.
    const readAtOnce = await agent.socket.type('read', (f) => f.conversationId === conversationId && f.reader === 'player');
    const lastSeq = (await server.store.getConversation(conversationId))!.lastSeq;
    expect(readAtOnce.seq).toBe(lastSeq);
    agent.socket.send({ type: 'read', conversationId, seq: lastSeq });
    await expect.poll(() => delivery(page, 'Second line').textContent()).toBe('Seen');
    expect(await delivery(page, 'First line').textContent()).toBe('Seen');

    // Closed panel: the reply is counted and announced, the launcher says so.
    await page.keyboard.press('Escape');
    await expect.poll(() => launcher(page).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await agent.reply(conversationId, 'Found it: your deposit is on its way.');
    await expect.poll(() => launcher(page).getAttribute('aria-label')).toBe('Open chat, 1 unread message');
    expect(await page.locator('[data-pitboss] .badge').textContent()).toBe('1');
    expect(await page.locator('[data-pitboss] [role="status"].vh').textContent()).toBe('1 unread message');

    // Opening reads it: the badge goes and the agent learns how far the player read.
    await launcher(page).click();
    const read = await agent.socket.type('read', (f) => f.conversationId === conversationId && f.reader === 'player');
    expect(read.seq).toBe(lastSeq + 1);
    await expect.poll(() => launcher(page).getAttribute('aria-label')).toBe('Close chat');
    expect(await page.locator('[data-pitboss] .badge').isVisible()).toBe(false);
  });

  it('shows the same conversation live in a second tab of the same player', async () => {
    const first = context.pages()[0]!;
    const conversationId = (await server.store.listOpenConversations())[0]!.id;
    const second = await context.newPage();
    await second.goto(casino.url('/'));
    await openChat(second);
    await log(second).getByText('Found it: your deposit is on its way.').waitFor();

    await say(second, 'Written in the second tab');
    await log(first).getByText('Written in the second tab', { exact: true }).waitFor();
    await agent.reply(conversationId, 'Both tabs see this');
    await log(first).getByText('Both tabs see this').waitFor();
    await log(second).getByText('Both tabs see this').waitFor();
    for (const page of [first, second]) {
      expect(await log(page).getByText('Written in the second tab', { exact: true }).count()).toBe(1);
      expect(await log(page).getByText('Both tabs see this', { exact: true }).count()).toBe(1);
    }
  });
});
