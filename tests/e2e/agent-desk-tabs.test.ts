import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { connectAgent, connectPlayer } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';
import { axeViolations, openPanel } from './agent-panel';

/**
 * An agent with several chats, in real Chromium against the built panel:
 * chat tabs with unread counts and SLA clocks, a WebAudio chime and a desktop
 * notification (when the page is hidden) on a new assignment, drafts kept
 * per tab, the mute switch remembered; and the transfer to a named colleague.
 */
let server: TestServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
});
// A fresh relay per test: chats the first test leaves behind would otherwise go back to the queue and to the next agent.
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server?.stop();
});

interface Recorded {
  sounds: number;
  notifications: { title: string; body: string; tag: string }[];
  permissionRequests: number;
  hidden: boolean;
}

/**
 * Runs in the page before the panel: counts the oscillators the chime starts
 * (on the real AudioContext), records every Notification constructed and every
 * permission request, and lets the test hide the page (headless Chromium is
 * always "visible").
 */
function instrumentPage(): void {
  const rec = { sounds: 0, notifications: [] as { title: string; body: string; tag: string }[], permissionRequests: 0, hidden: false };
  (window as unknown as { __pitboss: typeof rec }).__pitboss = rec;
  const shown: Notification[] = [];
  (window as unknown as { __pitbossShown: Notification[] }).__pitbossShown = shown;
  const RealContext = window.AudioContext;
  window.AudioContext = class extends RealContext {
    override createOscillator(): OscillatorNode {
      const tone = super.createOscillator();
      const start = tone.start.bind(tone);
      tone.start = (when?: number) => {
        rec.sounds += 1;
        start(when);
      };
      return tone;
    }
  };
  const RealNotification = window.Notification;
  const Recording = class extends RealNotification {
    constructor(title: string, options?: NotificationOptions) {
      rec.notifications.push({ title, body: options?.body ?? '', tag: options?.tag ?? '' });
      super(title, options);
      shown.push(this);
    }
  };
  Object.defineProperty(Recording, 'requestPermission', {
    value: (...args: Parameters<typeof Notification.requestPermission>) => {
      rec.permissionRequests += 1;
      return RealNotification.requestPermission(...args);
    },
  });
  window.Notification = Recording as typeof Notification;
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => (rec.hidden ? 'hidden' : 'visible') });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => rec.hidden });
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __pitboss: Recorded }).__pitboss);
const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((h) => {
    (window as unknown as { __pitboss: Recorded }).__pitboss.hidden = h;
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

describe('chat tabs and alerts', () => {
  it('chimes on a new assignment, notifies while hidden without the player’s words, counts unread per tab and keeps each tab’s draft', async () => {
    const { page, faults, close } = await openPanel(browser, server.url, 'alice@luckystar.test', { permissions: ['notifications'], initScript: instrumentPage });
    // Permission granted beforehand: a switch, on, and the browser was never asked by the page.
    const notificationsSwitch = page.getByRole('button', { name: 'Desktop notifications' });
    expect(await notificationsSwitch.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Alert sound' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Status').selectOption('online');
    await page.getByText('No chats yet', { exact: false }).waitFor();

    const first = await connectPlayer(server.url);
    await first.say('first question');
    const tabs = page.getByRole('navigation', { name: 'Conversations' }).getByRole('link');
    await tabs.first().waitFor();
    await expect.poll(async () => (await recorded(page)).sounds).toBe(2);
    expect((await recorded(page)).notifications).toEqual([]);
    // The tab's SLA clock counts down to the first-response target (5 min on this site).
    await expect.poll(() => tabs.first().textContent()).toMatch(/Reply in 4 min 5\d s/);

    await tabs.first().click();
    const reply = page.getByRole('textbox', { name: 'Reply' });
    await reply.fill('Draft for the first player');

    await setHidden(page, true);
    const second = await connectPlayer(server.url);
    // Sent as the widget does after the player picked the "Withdrawal" chip.
    second.socket.send({ type: 'send', id: 'opening-line-of-player-two', text: 'SECRET-WORDS my withdrawal is late', topic: 'withdrawal' });
    const secondChat = (await second.socket.type('ack')).conversationId as string;
    await expect.poll(() => tabs.count()).toBe(2);
    await expect.poll(async () => (await recorded(page)).notifications.length).toBe(1);
    const [notification] = (await recorded(page)).notifications;
    expect(notification).toEqual({ title: 'New chat assigned', body: 'Withdrawal · English', tag: expect.stringMatching(/^pitboss-c_/) });
    expect(JSON.stringify(notification)).not.toMatch(/SECRET|Player/);
    expect((await recorded(page)).sounds).toBe(4);
    await setHidden(page, false);

    // A message in the chat on screen is no news; one in the background tab chimes and shows its unread count.
    await first.say('still there?');
    await page.getByRole('log').getByText('still there?').waitFor();
    await second.say('hello again');
    // The opening line came before the assignment (the tab says "New" for it); this one is the first unread.
    await expect.poll(() => tabs.nth(1).textContent()).toMatch(/1 unread/);
    await expect.poll(async () => (await recorded(page)).sounds).toBe(6);
    expect((await recorded(page)).notifications).toHaveLength(1);

    // Switching tabs keeps each draft.
    await tabs.nth(1).click();
    await page.getByRole('log').getByText('hello again').waitFor();
    await expect.poll(() => tabs.nth(1).textContent()).not.toMatch(/unread/);
    expect(await reply.inputValue()).toBe('');
    await reply.fill('Draft for the second player');
    await tabs.first().click();
    await page.getByRole('log').getByText('still there?').waitFor();
    expect(await reply.inputValue()).toBe('Draft for the first player');
    await tabs.nth(1).click();
    // The switch renders on the next frame: wait for it rather than read the box before.
    await expect.poll(() => reply.inputValue()).toBe('Draft for the second player');

    // Muted: the next background message only shows in its tab; the choice survives a reload.
    await page.getByRole('button', { name: 'Alert sound' }).click();
    expect(await page.getByRole('button', { name: 'Alert sound' }).getAttribute('aria-pressed')).toBe('false');
    await tabs.first().click();
    await first.say('one more');
    await page.getByRole('log').getByText('one more').waitFor();
    await second.say('and another');
    await expect.poll(() => tabs.nth(1).textContent()).toMatch(/1 unread/);
    expect((await recorded(page)).sounds).toBe(6);
    expect(await page.evaluate(() => localStorage.getItem('pitboss.desk.sound'))).toBe('off');

    // Clicking the notification opens its chat.
    await page.evaluate(() => (window as unknown as { __pitbossShown: Notification[] }).__pitbossShown[0]!.dispatchEvent(new Event('click')));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/c/${secondChat}`);
    expect(await tabs.nth(1).getAttribute('aria-current')).toBe('page');
    await page.reload();
    await page.getByText('Connected').waitFor();
    expect(await page.getByRole('button', { name: 'Alert sound' }).getAttribute('aria-pressed')).toBe('false');
    expect((await recorded(page)).permissionRequests).toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await close();
  });

  it('asks for notification permission only from its button, and transfers a chat to a named colleague with a note', async () => {
    const { page, faults, close } = await openPanel(browser, server.url, 'alice@luckystar.test', { initScript: instrumentPage });
    const ask = page.getByRole('button', { name: 'Turn on desktop notifications' });
    await ask.waitFor();
    expect((await recorded(page)).permissionRequests).toBe(0);
    await ask.click();
    await expect.poll(async () => (await recorded(page)).permissionRequests).toBe(1);

    // Bruno is away while the chat arrives, so it comes to Alice; then he is online and free, Max stays away.
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'away' });
    await connectAgent(server.url, 'max@luckystar.test', { status: 'away' });
    await page.getByLabel('Status').selectOption('online');
    await page.getByText('No chats yet', { exact: false }).waitFor();
    const player = await connectPlayer(server.url);
    const ack = await player.say('I would like to speak Portuguese please');
    const tab = page.getByRole('navigation', { name: 'Conversations' }).getByRole('link');
    await tab.first().waitFor();
    bruno.socket.send({ type: 'status', status: 'online' });
    await bruno.socket.type('agent', (f) => f.agent.status === 'online');
    await tab.first().click();
    await page.getByRole('log').getByText('I would like to speak Portuguese please').waitFor();

    await page.getByText('Transfer to a colleague').click();
    const colleagues = page.getByRole('group', { name: 'Colleague' }).getByRole('radio');
    await expect.poll(() => colleagues.count()).toBe(1);
    const brunoChoice = page.getByRole('radio', { name: /Bruno Costa/ });
    expect(await page.getByRole('group', { name: 'Colleague' }).textContent()).toMatch(/Bruno Costa.*0 of 4 chats.*Speaks English/);
    expect(await page.getByRole('radio', { name: /Max Vella/ }).count()).toBe(0);
    await brunoChoice.check();
    await page.getByLabel('Note for your colleague').fill('Wants a Portuguese speaker');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Transfer to colleague' }).click();

    const taken = await bruno.socket.type('conversation', (f) => f.conversation.id === ack.conversationId && f.conversation.agentId === 'a_bruno', 10_000);
    expect(taken.conversation.transfers).toBe(1);
    const line = await player.socket.type('message', (f) => f.message.author === 'system');
    expect(line.message.text).not.toContain('Portuguese speaker');
    await expect.poll(() => tab.count()).toBe(0);
    const events = await server.store.listEvents(ack.conversationId);
    expect(events.find((e) => e.kind === 'transfer')).toMatchObject({ detail: 'agent:a_bruno', note: 'Wants a Portuguese speaker', agentId: 'a_alice' });
    expect(faults).toEqual([]);
    await close();
  });

  it('applies an admin’s capacity edit to the signed-in agent’s desk and routing at once', async () => {
    const desk = await openPanel(browser, server.url, 'alice@luckystar.test');
    await desk.page.getByLabel('Status').selectOption('online');
    const load = desk.page.getByTitle('Open chats / capacity');
    await expect.poll(() => load.textContent()).toBe('0 / 4 chats');

    const admin = await openPanel(browser, server.url, 'max@luckystar.test');
    await admin.page.getByRole('link', { name: 'Admin' }).click();
    const saveCapacity = async (capacity: number) => {
      await admin.page.getByRole('button', { name: 'Edit Alice Martin' }).click();
      const form = admin.page.getByRole('form', { name: 'Edit Alice Martin' });
      await form.getByLabel('Chats at once').fill(String(capacity));
      await form.getByRole('button', { name: 'Save' }).click();
      await admin.page.getByRole('main').getByRole('status').getByText('Saved Alice Martin. Routing uses the change now.').waitFor();
    };
    await saveCapacity(1);
    // No reload, no new sign-in: the desk hears its new capacity.
    await expect.poll(() => load.textContent()).toBe('0 / 1 chats');

    const first = await connectPlayer(server.url);
    await first.say('first');
    const tabs = desk.page.getByRole('navigation', { name: 'Conversations' }).getByRole('link');
    await expect.poll(() => tabs.count()).toBe(1);
    const second = await connectPlayer(server.url);
    const waiting = await second.say('second');
    await desk.page.waitForTimeout(500);
    expect(await tabs.count()).toBe(1);
    expect((await server.store.getConversation(waiting.conversationId))?.status).toBe('queued');

    await saveCapacity(2);
    await expect.poll(() => tabs.count()).toBe(2);
    await expect.poll(() => load.textContent()).toBe('2 / 2 chats');
    expect(desk.faults).toEqual([]);
    expect(admin.faults).toEqual([]);
    await admin.close();
    await desk.close();
  });
});
