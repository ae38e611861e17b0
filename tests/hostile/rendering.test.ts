import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { signIdentity } from '../../server/core/identity';
import { connectAgent, wsUrl } from '../support/clients';
import { launchChromium, watchForFaults } from '../support/browser';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';
import { openPanel } from '../e2e/agent-panel';

/**
 * Hostile strings in every text field a person sees, rendered by the built
 * widget and agent desk in headless Chromium: each shows as its own text, no
 * element is injected, no `javascript:` or `data:` link becomes live, and a
 * name's bidi override and zero-width characters are gone, the name isolated
 * in a <bdi>. (The pages' CSP would also stop inline scripts; the test looks
 * for injected elements, which CSP does not stop.)
 */
const html = (tag: string) => `<img src=x onerror="window.__pwned='${tag}'"><script>window.__pwned='${tag}'</script><b id="injected-${tag}">bold</b>`;
const HOSTILE = {
  playerName: `Eve\u202Egnp.exe\u200B <img src=x onerror=alert(1)><b id="injected-name">b</b>`,
  playerMessage: `hi ${html('player')} javascript:alert(1) data:text/html,<script>alert(1)</script> see https://casino.example/help`,
  agentName: `Alice ${html('agent-name')}`,
  agentReply: `Try javascript:alert(document.cookie) or data:text/html;base64,PHNjcmlwdD4= ${html('reply')} or https://casino.example/faq`,
  note: `note ${html('note')}`,
  canned: `canned ${html('canned')}`,
  crm: `crm ${html('crm')}`,
};

let server: TestServer;
let crm: Server;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

/** A casino CRM that answers every player with hostile strings in every text field (it skips checking our signature). */
function startHostileCrm(): Promise<Server> {
  const profile = {
    playerId: 'eve-1',
    name: HOSTILE.crm,
    country: HOSTILE.crm,
    registeredAt: 1716800000000,
    vip: { tier: 1, label: HOSTILE.crm },
    balance: { amount: 10, currency: 'EUR' },
    bonusBalance: null,
    kyc: { status: 'pending', updatedAt: null, missing: [HOSTILE.crm] },
    deposits: [{ id: 'd1', at: 1795500000000, amount: 5, currency: 'EUR', method: `javascript:alert(1) ${HOSTILE.crm}`, status: 'completed' }],
    withdrawals: [],
    limits: [],
    exclusion: null,
  };
  const s = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(profile));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  crm = await startHostileCrm();
  server = await startTestServer({ site: { crm: { url: `http://127.0.0.1:${(crm.address() as AddressInfo).port}`, secret: 'crm-secret-0123456789' } } });
  await server.store.agents.update('a_alice', { name: HOSTILE.agentName });
  await server.store.canned.create({ id: 'k-xss', siteId: 'demo', shortcut: 'xss', title: HOSTILE.canned, texts: { en: HOSTILE.canned }, createdAt: 1, updatedAt: 1 });
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
  await new Promise((r) => crm?.close(r));
});

/** Elements the hostile strings would create if any were parsed as HTML, and live links with a dangerous scheme, in the page and its shadow roots. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('img[src="x"], [id^="injected-"], a[href^="javascript:" i], a[href^="data:" i], iframe, object, embed')) found.push(el.outerHTML.slice(0, 80));
      for (const el of root.querySelectorAll('script')) if (el.textContent?.includes('__pwned')) found.push('script');
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    if ((window as unknown as { __pwned?: string }).__pwned) found.push(`ran: ${(window as unknown as { __pwned?: string }).__pwned}`);
    return found;
  });
}

describe('hostile strings rendered in real Chromium', () => {
  it('shows them as text in the agent desk: player name, messages, note, canned reply and CRM data', async () => {
    // A verified player whose casino name carries a bidi override, a zero-width space and HTML.
    const issuedAt = Date.now();
    const socket = await TestSocket.open(wsUrl(server.url, '/v1/player'), { origin: server.url });
    socket.send({
      type: 'hello',
      v: PROTOCOL_VERSION,
      site: 'demo',
      session: null,
      locale: 'en',
      lastSeq: 0,
      identity: { playerId: 'eve-1', issuedAt, signature: signIdentity(TEST_SITE.identitySecret, 'eve-1', issuedAt), name: HOSTILE.playerName },
    });
    await socket.type('welcome');
    socket.send({ type: 'send', id: 'hostile-msg-1', text: HOSTILE.playerMessage });
    await socket.type('ack');

    const desk = await openPanel(browser, server.url, 'alice@luckystar.test');
    try {
      const { page } = desk;
      await page.getByLabel('Status').selectOption('online');
      const entry = page.getByRole('navigation', { name: 'Conversations' }).getByRole('link').first();
      await entry.waitFor();
      await entry.click();
      const log = page.getByRole('log');
      await log.getByText(HOSTILE.playerMessage).waitFor();

      // The name: override and zero-width space gone, HTML as text, isolated.
      const shownName = 'Evegnp.exe <img src=x onerror=alert(1)><b id="injected-name">b</b>';
      await page.locator('#conversation-title').getByText(shownName).waitFor();
      const names = await page.locator('bdi').allTextContents();
      expect(names).toContain(shownName);
      expect(names.join('')).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/);

      // A note and a canned reply picked after "/".
      await page.getByRole('textbox', { name: 'Reply' }).fill('/xss');
      await page.getByText(HOSTILE.canned).first().waitFor();
      await page.getByRole('textbox', { name: 'Reply' }).fill('');
      await page.getByRole('checkbox', { name: 'Internal note' }).check();
      await page.getByRole('textbox', { name: 'Internal note' }).fill(HOSTILE.note);
      await page.getByRole('button', { name: 'Add note' }).click();
      await log.getByText(HOSTILE.note).waitFor();

      // The CRM's strings in the sidebar.
      await page.getByText(HOSTILE.crm).first().waitFor();
      expect(await page.getByText(HOSTILE.crm).count()).toBeGreaterThan(1);

      expect(await injected(page)).toEqual([]);
      expect(desk.faults.filter((f) => f.startsWith('pageerror'))).toEqual([]);
    } finally {
      socket.terminate();
      await desk.close();
    }
  });

  it("shows them as text in the widget: the agent's name and reply, with only the http(s) link live", async () => {
    const context = await browser.newContext();
    const agent = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    try {
      const page = await context.newPage();
      const faults = watchForFaults(page);
      await page.goto(`${server.url}/`);
      await page.getByRole('button', { name: 'Open chat' }).click();
      await page.getByRole('textbox', { name: 'Message' }).fill(HOSTILE.playerMessage);
      await page.getByRole('button', { name: 'Send' }).click();
      const log = page.getByRole('log');
      const conversationId = (await agent.socket.type('conversation', (f) => f.conversation.status === 'assigned' && f.conversation.playerName === null, 10_000)).conversation.id;
      await agent.reply(conversationId, HOSTILE.agentReply);
      await log.getByText('Try javascript:alert(document.cookie)', { exact: false }).waitFor();
      await log.getByText(HOSTILE.agentName).first().waitFor();

      // Only the https URLs became links; each message's text is all there, as text.
      const hrefs = await log.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(['https://casino.example/help', 'https://casino.example/faq']);
      const texts = await log.locator('p').allTextContents();
      expect(texts.some((t) => t.startsWith('hi <img src=x onerror='))).toBe(true);
      expect(texts.some((t) => t.includes('data:text/html;base64,PHNjcmlwdD4='))).toBe(true);
      expect(await injected(page)).toEqual([]);
      expect(faults.filter((f) => f.startsWith('pageerror'))).toEqual([]);
    } finally {
      agent.socket.close();
      await context.close();
    }
  });
});
