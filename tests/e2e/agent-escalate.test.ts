import { nanoid } from 'nanoid';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { newConversation } from '../../server/core/conversation';
import { signIdentity } from '../../server/core/identity';
import type { HistoryBatch } from '../../server/store/history-import';
import type { ConversationRecord, MessageRecord } from '../../server/store/records';
import { en } from '../../server/player-texts/en';
import { ru } from '../../server/player-texts/ru';
import { launchChromium } from '../support/browser';
import { connectAgent, wsUrl } from '../support/clients';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';
import { axeViolations, openPanel } from './agent-panel';

/**
 * Two things an agent does in real Chromium against the built panel: send a
 * chat up to a senior with a note (routing hands it to a senior only, the
 * player's page gets a polite line and never the note), and read a player's
 * context beside the chat: the responsible-gambling flag raised by their own
 * words, the topic, the language, the casino's cooling-off banner and their
 * earlier conversations.
 */
let server: TestServer | undefined;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
});
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const conversationTabs = (page: Page) => page.getByRole('navigation', { name: 'Conversations' }).getByRole('link');
/** The value beside a term in one of the details column's fact lists. */
const fact = (page: Page, section: string, term: string) => page.getByRole('region', { name: section, exact: true }).locator(`dt:text-is("${term}") + dd`);

describe('escalating a chat to a senior', () => {
  it('routes the chat past a free agent to a senior, tells the player politely without the note, and takes it off the agent’s desk', async () => {
    server = await startTestServer();
    const url = server.url;

    // The player, on the casino's page.
    const playerContext = await browser.newContext();
    const playerPage = await playerContext.newPage();
    const received: string[] = [];
    playerPage.on('websocket', (ws) => ws.on('framereceived', (frame) => received.push(String(frame.payload))));
    await playerPage.goto(`${url}/`);

    const alice = await openPanel(browser, url, 'alice@luckystar.test');
    await alice.page.getByLabel('Status').selectOption('online');
    await alice.page.getByText('No chats yet', { exact: false }).waitFor();

    await playerPage.getByRole('button', { name: 'Open chat' }).click();
    await playerPage.getByRole('textbox', { name: 'Message' }).fill('You took 500 EUR twice from my card and I want it back now');
    await playerPage.getByRole('button', { name: 'Send' }).click();

    const tab = conversationTabs(alice.page);
    await tab.first().waitFor();
    await tab.first().click();
    await alice.page.getByRole('log').getByText('You took 500 EUR twice from my card').waitFor();
    const conversationId = (await alice.page.evaluate(() => location.hash)).replace('#/c/', '');
    expect(conversationId).toMatch(/^c_/);
    await alice.page.getByRole('textbox', { name: 'Reply' }).fill('I am sorry, let me look at it.');
    await alice.page.getByRole('button', { name: 'Send' }).click();
    await playerPage.getByRole('log').getByText('I am sorry, let me look at it.').waitFor();

    // Bruno, an agent, is online and free like Alice, and idle longer than Sara, a supervisor: only the senior rule sends the chat to her.
    const bruno = await connectAgent(url, 'bruno@luckystar.test', { status: 'online' });
    const sara = await openPanel(browser, url, 'sara@luckystar.test');
    await sara.page.getByLabel('Status').selectOption('online');
    await sara.page.getByText('No chats yet', { exact: false }).waitFor();

    await alice.page.getByText('Escalate to a senior').click();
    await alice.page.getByLabel('Note for the senior').fill('SENIOR-NOTE: double charge, card ends 4242, asks for a refund today');
    expect(await axeViolations(alice.page)).toEqual([]);
    await alice.page.getByRole('button', { name: 'Escalate', exact: true }).click();

    // Alice: the chat leaves her desk and she is told why the screen emptied.
    await expect.poll(() => tab.count()).toBe(0);
    await alice.page.getByRole('alert').getByText('That conversation is no longer assigned to you.').waitFor();
    await expect.poll(() => alice.page.getByTitle('Open chats / capacity').textContent()).toBe('0 / 4 chats');

    // Sara gets it, marked escalated, with the whole conversation; it cannot be escalated again.
    const saraTab = conversationTabs(sara.page);
    await saraTab.first().waitFor();
    await saraTab.first().click();
    const saraLog = sara.page.getByRole('log');
    await saraLog.getByText('You took 500 EUR twice from my card').waitFor();
    await saraLog.getByText('I am sorry, let me look at it.').waitFor();
    await saraLog.getByText(en.seniorJoining).waitFor();
    await expect.poll(() => sara.page.getByRole('list', { name: 'Flags' }).getByRole('listitem').allTextContents()).toEqual(['Escalated to a senior', 'Marked complex']);
    expect(await sara.page.getByText('Escalate to a senior').count()).toBe(0);
    expect((await server.store.getConversation(conversationId))).toMatchObject({ agentId: 'a_sara', needsSenior: true, status: 'assigned' });
    // Alice's note for the senior is on Sara's desk, as an internal note among the lines.
    const handover = saraLog.locator('.line--note');
    await handover.getByText('For the senior: SENIOR-NOTE: double charge, card ends 4242, asks for a refund today').waitFor();
    expect(await handover.textContent()).toContain('Internal note · Alice Martin');
    const events = await server.store.listEvents(conversationId);
    expect(events.find((e) => e.kind === 'escalation')).toMatchObject({ agentId: 'a_alice', note: 'SENIOR-NOTE: double charge, card ends 4242, asks for a refund today' });
    // Bruno was free the whole time and never heard of it as his.
    expect(bruno.socket.frames.filter((f) => f.type === 'conversation' && f.conversation.agentId === 'a_bruno')).toEqual([]);

    // The player: one polite line in their chat, never the note.
    await playerPage.getByRole('log').getByText(en.seniorJoining).waitFor();
    await sara.page.getByRole('textbox', { name: 'Reply' }).fill('Hello, I am Sara, a senior colleague. I am refunding the second charge.');
    await sara.page.getByRole('button', { name: 'Send' }).click();
    await playerPage.getByRole('log').getByText('I am refunding the second charge.', { exact: false }).waitFor();
    expect(received.filter((f) => f.includes('SENIOR-NOTE'))).toEqual([]);
    expect(await playerPage.getByText('SENIOR-NOTE', { exact: false }).count()).toBe(0);

    expect(await axeViolations(sara.page)).toEqual([]);
    expect(alice.faults).toEqual([]);
    expect(sara.faults).toEqual([]);
    bruno.socket.close();
    await sara.close();
    await alice.close();
    await playerContext.close();
  });
});

const DAY = 86_400_000;

/**
 * Olga (the demo CRM's lucky-1007, cooling off) chatted twice before: a
 * deposit question four days ago, rated 4, and a deposit limit two days ago.
 * Another player's chat is there too and must not show in her sidebar.
 */
function olgasHistory(now: number): HistoryBatch {
  const chat = (id: string, playerId: string, at: number, topic: ConversationRecord['topic'], agent: [string, string], opening: string) => {
    const conversation = newConversation({
      id, siteId: 'demo', playerId, createdAt: at, status: 'resolved', locale: 'ru', topic, agentId: agent[0], agentName: agent[1], assignedAt: at + 1_000,
      firstResponseAt: at + 20_000, firstResponseMs: 20_000, resolvedAt: at + 600_000, lastSeq: 2,
    });
    const messages: MessageRecord[] = [
      { conversationId: id, seq: 1, clientId: `${id}-m1-0000`, author: 'player', authorId: playerId, authorName: null, text: opening, at: at + 10_000 },
      { conversationId: id, seq: 2, clientId: `${id}-m2-0000`, author: 'agent', authorId: agent[0], authorName: agent[1], text: 'Готово.', at: at + 20_000 },
    ];
    return { conversation, messages };
  };
  const deposit = chat('c_olga_deposit', 'p_olga', now - 4 * DAY, 'deposit', ['a_alice', 'Alice Martin'], 'Почему мой депозит не прошёл?');
  const limit = chat('c_olga_limit', 'p_olga', now - 2 * DAY, 'responsible-gambling', ['a_bruno', 'Bruno Costa'], 'Поставьте мне лимит депозита 100 евро');
  const other = chat('c_someone_else', 'p_other', now - 1 * DAY, 'bonus', ['a_alice', 'Alice Martin'], 'SOMEONE-ELSE asks about a bonus');
  return {
    players: [
      { id: 'p_olga', siteId: 'demo', sessionHash: 'h-olga', name: 'Olga Ivanova', vipTier: 0, managerAgentId: null, externalId: 'lucky-1007', createdAt: now - 30 * DAY },
      { id: 'p_other', siteId: 'demo', sessionHash: 'h-other', name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: now - 30 * DAY },
    ],
    conversations: [deposit.conversation, limit.conversation, other.conversation],
    messages: [...deposit.messages, ...limit.messages, ...other.messages],
    events: [],
    ratings: [{ conversationId: 'c_olga_deposit', siteId: 'demo', agentId: 'a_alice', rating: 4, comment: null, at: now - 4 * DAY + 700_000 }],
  };
}

describe('the player’s context beside the chat', () => {
  it('shows the responsible-gambling flag her own words raised, the topic, her language, the CRM’s cooling-off banner and her earlier chats', async () => {
    server = await startTestServer({ site: { crm: { url: '/demo-crm', secret: 'crm-secret-0123456789' } }, floorTools: { demoBackendSite: 'demo' } });
    await server.store.history.import(olgasHistory(Date.now()));
    const url = server.url;

    // Olga, signed in by the casino, writes in Russian that she cannot stop; she picked no topic.
    const socket = await TestSocket.open(wsUrl(url, '/v1/player'), { origin: url });
    const issuedAt = Date.now();
    socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'ru', lastSeq: 0, conversationId: null, identity: { playerId: 'lucky-1007', issuedAt, signature: signIdentity(TEST_SITE.identitySecret, 'lucky-1007', issuedAt), name: 'Olga Ivanova' } });
    await socket.type('welcome');
    const id = nanoid();
    socket.send({ type: 'send', id, text: 'Я не могу остановиться, проиграла всю зарплату за два дня' });
    const ack = await socket.type('ack', (f) => f.id === id);
    const help = await socket.type('message', (f) => f.message.author === 'system');
    expect(help.message.text).toBe(ru.responsibleGamblingHelp);

    const { page, faults, close } = await openPanel(browser, url, 'alice@luckystar.test');
    await page.getByLabel('Status').selectOption('online');
    const tab = conversationTabs(page);
    await tab.first().waitFor();
    await tab.first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/c/${ack.conversationId}`);
    await page.getByRole('log').getByText('Я не могу остановиться').waitFor();

    await expect.poll(() => page.getByRole('list', { name: 'Flags' }).getByRole('listitem').allTextContents()).toEqual(['Responsible gambling: follow the RG procedure']);
    expect(await fact(page, 'Player', 'Topic').textContent()).toBe('Responsible gambling');
    expect(await fact(page, 'Player', 'Language').textContent()).toBe('Russian');
    expect(await fact(page, 'Player', 'Name').textContent()).toBe('Olga Ivanova');

    const account = page.getByRole('region', { name: 'Casino account' });
    const banner = account.getByRole('note');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^Cooling-off until .+: do not promote play or bonuses\.$/);
    expect(await account.textContent()).toContain('Deposit limit: €100.00 a week');

    // Newest first, each with its topic, who handled it, the rating and the opening line; nobody else's.
    const earlier = page.getByRole('region', { name: 'Earlier conversations' }).getByRole('listitem');
    await expect.poll(() => earlier.allTextContents()).toEqual([
      expect.stringMatching(/ · Responsible gambling · Resolved by Bruno Costa“Поставьте мне лимит депозита 100 евро”$/),
      expect.stringMatching(/ · Deposit · Resolved by Alice Martin · rated 4\/5“Почему мой депозит не прошёл\?”$/),
    ]);
    expect(await page.getByText('SOMEONE-ELSE', { exact: false }).count()).toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await close();
    socket.close();
  });
});
