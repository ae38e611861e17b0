import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { signIdentity } from '../../server/core/identity';
import { launchChromium } from '../support/browser';
import { login, wsUrl } from '../support/clients';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';
import { axeViolations, openPanel } from './agent-panel';

/** An admin edits the site's settings and rotates its identity secret in real Chromium against the built panel; the relay's behaviour is checked through real sockets. */
let server: TestServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Casino';

beforeAll(async () => {
  server = await startTestServer({ site: { name: HOSTILE_NAME } });
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

/** 'welcome', 'error: <code>' or why the upgrade was refused. */
async function playerFrom(origin: string, extra: Record<string, unknown> = {}): Promise<string> {
  let socket: TestSocket;
  try {
    socket = await TestSocket.open(wsUrl(server.url, '/v1/player'), { origin });
  } catch (error) {
    return (error as Error).message;
  }
  socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0, conversationId: null, ...extra });
  const frame = await socket.next((f) => f.type === 'welcome' || f.type === 'error');
  socket.close();
  return frame.type === 'error' ? `error: ${frame.code}` : frame.type;
}

const signedBy = (secret: string) => {
  const issuedAt = Date.now();
  return { identity: { playerId: 'casino-77', issuedAt, signature: signIdentity(secret, 'casino-77', issuedAt) } };
};

describe('site settings in the browser', () => {
  it('changes origins and targets, refuses a bad origin with the server’s reason, and rotates the secret showing it once', async () => {
    const { page, faults, close } = await openPanel(browser, server.url, 'max@luckystar.test');
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Site' }).click();
    const form = page.getByRole('form', { name: 'Origins, targets and routing' });
    const origins = form.getByLabel(/Allowed origins/);
    await expect.poll(() => origins.inputValue()).toBe('self\nhttps://casino.example');
    // The site's name is shown as text, never as markup.
    expect(await page.getByRole('heading', { name: /Site settings/ }).textContent()).toBe(`Site settings: ${HOSTILE_NAME}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await origins.fill('self\nhttps://casino.example/lobby');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('alert').textContent()).toMatch(/allowedOrigins\.1: An origin is "self" or a scheme and host/);
    expect(await playerFrom('https://casino.example')).toBe('welcome');

    await origins.fill('self\nhttps://new-casino.example');
    await form.getByLabel('First response (seconds)').fill('120');
    await form.getByLabel('Offer timeout (seconds)').fill('45');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('main').getByRole('status').getByText('Saved. Every relay node applies the new settings now.').waitFor();
    expect(await playerFrom('https://new-casino.example')).toBe('welcome');
    expect(await playerFrom('https://casino.example')).toBe('upgrade refused: 403');
    expect(server.relay.site('demo')).toMatchObject({ sla: { firstResponseMs: 120_000 }, offerTimeoutMs: 45_000 });
    expect(await axeViolations(page)).toEqual([]);

    const identity = page.getByRole('region', { name: 'Identity secret' });
    await identity.getByLabel('Keep the previous secret working for').selectOption({ label: '1 hour' });
    await identity.getByRole('button', { name: 'Rotate secret' }).click();
    await identity.getByRole('button', { name: 'Confirm rotation' }).click();
    const shown = identity.getByLabel('New identity secret');
    await shown.waitFor();
    const secret = (await shown.textContent())!;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(await identity.textContent()).toMatch(/The previous secret verifies until/);
    expect(await playerFrom(server.url, signedBy(secret))).toBe('welcome');
    expect(await playerFrom(server.url, signedBy(TEST_SITE.identitySecret))).toBe('welcome');
    expect(await playerFrom(server.url, signedBy('a-secret-nobody-has-0123456789'))).toBe('error: unauthorized');
    expect(await axeViolations(page)).toEqual([]);

    // Shown once: after a reload the page has no way to get it back.
    await page.reload();
    await page.getByRole('region', { name: 'Identity secret' }).getByText(/Last rotated/).waitFor();
    expect(await page.content()).not.toContain(secret);
    const max = await login(server.url, 'max@luckystar.test');
    expect(await (await fetch(`${server.url}/api/admin/site`, { headers: { cookie: max.cookie } })).text()).not.toContain(secret);
    expect(faults).toEqual([]);
    await close();
  });

  it('does not offer the site settings to a supervisor', async () => {
    const { page, close } = await openPanel(browser, server.url, 'sara@luckystar.test');
    await page.getByRole('link', { name: 'Admin' }).click();
    const sections = page.getByRole('navigation', { name: 'Admin sections' });
    await sections.getByRole('link', { name: 'Agents' }).waitFor();
    expect(await sections.getByRole('link', { name: 'Site' }).count()).toBe(0);
    await close();
  });
});
