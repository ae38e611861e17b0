import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { connectAgent } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';
import { SNIPPET_STUB, startPageServer, type PageServer } from './widget-page-server';

/**
 * The widget under the Content-Security-Policy a payment page sends, with a
 * real chat round trip so "no violation" is not the silence of a widget that
 * never ran; and the versioned loader pinned with Subresource Integrity.
 */
let server: TestServer;
let casino: PageServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let manifest: { build: string; loader: string; integrity: string };

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob: data:";
const NONCE = 'c3RyaWN0LWNzcC10ZXN0';

beforeAll(async () => {
  manifest = JSON.parse(readFileSync('dist/widget/manifest.json', 'utf8'));
  casino = await startPageServer();
  casino.script('/stub.js', SNIPPET_STUB);
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

const page = (head: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cashier</title>${head}</head><body><h1>Deposit</h1></body></html>`;
const host = (p: Page) => p.locator('[data-pitboss]');
const composer = (p: Page) => host(p).locator('textarea');

/** Every securitypolicyviolation the page reports, collected from before its first script runs. */
async function openWatched(path: string): Promise<{ page: Page; violations: () => Promise<string[]>; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await p.goto(casino.url(path));
  return {
    page: p,
    violations: async () => [
      ...(await p.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
      ...errors.filter((e) => /Content Security Policy|Refused/i.test(e)),
    ],
    errors,
    close: () => context.close(),
  };
}

/** Everything the panel does that could need a looser policy: styles, chunks, the socket, links, live updates. */
async function chatRoundTrip(p: Page, agentEmail: string, agentId: string, text: string) {
  const agent = await connectAgent(server.url, agentEmail, { status: 'online' });
  await host(p).locator('button.launcher').click();
  await host(p).getByRole('button', { name: 'Bonus' }).click();
  await composer(p).fill(text);
  await composer(p).press('Enter');
  await expect.poll(() => host(p).locator('li.own .delivery').first().textContent(), { timeout: 15_000 }).toBe('Sent');
  let conversationId = '';
  await expect
    .poll(async () => {
      for (const c of await server.store.listOpenConversations()) {
        if (c.agentId === agentId && (await server.store.listMessages(c.id, 0, 50)).some((m) => m.text === text)) conversationId = c.id;
      }
      return conversationId;
    }, { timeout: 15_000 })
    .not.toBe('');
  agent.socket.send({ type: 'typing', conversationId, typing: true });
  await host(p).locator('.typing').filter({ hasText: 'is typing' }).waitFor();
  await agent.reply(conversationId, 'Terms are at https://casino.example/bonus-terms');
  await host(p).locator('li.theirs a').waitFor();
  // A locale chunk, loaded on demand, and the badge on a closed panel.
  await p.evaluate(() => (window as unknown as { Pitboss: (...a: unknown[]) => void }).Pitboss('setLocale', 'ar'));
  await expect.poll(() => host(p).locator('section.panel').getAttribute('dir')).toBe('rtl');
  await p.keyboard.press('Escape');
  await agent.reply(conversationId, 'Anything else?');
  await expect.poll(() => host(p).locator('.badge').textContent()).toBe('1');
  agent.socket.send({ type: 'resolve', conversationId });
  agent.socket.close();
}

describe('strict Content-Security-Policy', () => {
  it(`runs with zero violations under "${STRICT}"`, async () => {
    casino.page('/strict', page('<script src="/stub.js"></script><script src="/widget.js" data-site="demo" async></script>'), {
      'content-security-policy': STRICT,
    });
    const watched = await openWatched('/strict');
    await chatRoundTrip(watched.page, 'alice@luckystar.test', 'a_alice', 'Strict policy 1187');
    expect(await watched.violations()).toEqual([]);
    // The policy was really enforced on this page: an inline script is refused.
    await watched.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    await expect.poll(async () => (await watched.violations()).length).toBeGreaterThan(0);
    expect(await watched.page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
    await watched.close();
  });

  it('runs with zero violations under a nonce-based policy', async () => {
    const policy = `default-src 'self'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; connect-src 'self'; img-src 'self' blob: data:; object-src 'none'; base-uri 'none'`;
    casino.page(
      '/nonce',
      page(`<script nonce="${NONCE}">${SNIPPET_STUB}</script><script nonce="${NONCE}" src="/widget.js" data-site="demo" async></script>`),
      { 'content-security-policy': policy },
    );
    const watched = await openWatched('/nonce');
    await chatRoundTrip(watched.page, 'bruno@luckystar.test', 'a_bruno', 'Nonce policy 2291');
    expect(await watched.violations()).toEqual([]);
    await watched.close();
  });

  it('runs from the chat host’s own origin when the casino’s policy names it', async () => {
    const relay = new URL(server.url);
    const policy = `default-src 'self'; script-src 'self' ${relay.origin}; style-src 'self'; connect-src 'self' ws://${relay.host}; img-src 'self' blob: data:`;
    casino.page('/cross-origin', page(`<script src="/stub.js"></script><script src="${server.url}/widget.js" data-site="demo" async></script>`), {
      'content-security-policy': policy,
    });
    const watched = await openWatched('/cross-origin');
    await chatRoundTrip(watched.page, 'alice@luckystar.test', 'a_alice', 'Cross origin 3307');
    expect(await watched.violations()).toEqual([]);
    await watched.close();
  });
});

describe('Subresource Integrity', () => {
  it('serves the versioned loader immutable, identical to widget.js, with the integrity the build printed', async () => {
    const response = await fetch(`${server.url}${manifest.loader}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(readFileSync('dist/widget.js'))).toBe(true);
    expect(`sha384-${createHash('sha384').update(body).digest('base64')}`).toBe(manifest.integrity);
    const panel = await fetch(`${server.url}/widget/${manifest.build}/panel.js`);
    expect(panel.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // The unversioned URL a casino pastes stays short-lived, so fixes reach everyone.
    expect((await fetch(`${server.url}/widget.js`)).headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('runs a pinned loader on a strict page and refuses one whose bytes do not match', async () => {
    const tag = (integrity: string) =>
      `<script src="/stub.js"></script><script src="${server.url}${manifest.loader}" integrity="${integrity}" crossorigin="anonymous" data-site="demo" async></script>`;
    const relay = new URL(server.url);
    const csp = { 'content-security-policy': `default-src 'self'; script-src 'self' ${relay.origin}; style-src 'self'; connect-src 'self' ws://${relay.host}; img-src 'self' blob: data:` };
    casino.page('/pinned', page(tag(manifest.integrity)), csp);
    casino.page('/tampered', page(tag(`sha384-${createHash('sha384').update('something else').digest('base64')}`)), csp);

    const pinned = await openWatched('/pinned');
    await host(pinned.page).locator('button.launcher').waitFor();
    await host(pinned.page).locator('button.launcher').click();
    await composer(pinned.page).waitFor();
    expect(await pinned.violations()).toEqual([]);
    await pinned.close();

    const tampered = await openWatched('/tampered');
    await expect.poll(() => tampered.errors.some((e) => /integrity/i.test(e))).toBe(true);
    expect(await tampered.page.locator('[data-pitboss]').count()).toBe(0);
    await tampered.close();
  });
});
