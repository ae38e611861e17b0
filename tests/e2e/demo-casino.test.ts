import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchForFaults } from '../support/browser';
import { connectAgent } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The demo casino shows issue 5 off (served by the relay, under its strict
 * CSP): a language menu that switches the page and the chat, and a VIP login
 * that passes a backend-signed identity to `identify`.
 */
let server: TestServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ floorTools: { demoBackendSite: 'demo' } });
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});


describe('the demo casino', () => {
  it('switches the page and the chat to Arabic, right to left, and back', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const faults = watchForFaults(page);
      await page.goto(`${server.url}/`);
      await page.getByRole('button', { name: 'Open chat' }).waitFor();
      await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      await page.getByRole('button', { name: 'فتح المحادثة' }).click();
      await page.getByRole('textbox', { name: 'الرسالة' }).waitFor();
      expect(await page.getByRole('dialog').getAttribute('dir')).toBe('rtl');

      await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
      await page.getByRole('button', { name: '보내기', exact: true }).waitFor();
      expect(faults).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('logs in as the demo VIP: the agent sees the verified player by name', async () => {
    const agent = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const faults = watchForFaults(page);
      await page.goto(`${server.url}/`);
      await page.getByRole('button', { name: 'VIP login' }).click();
      await page.getByRole('button', { name: 'VIP signed in' }).waitFor();
      expect(await page.getByRole('img', { name: 'Signed in as Marco Rossi, VIP' }).count()).toBe(1);

      await page.getByRole('button', { name: 'Open chat' }).click();
      await page.getByRole('textbox', { name: 'Message' }).fill('Is my 1200 EUR withdrawal on its way?');
      await page.getByRole('button', { name: 'Send' }).click();
      const frame = await agent.socket.type('conversation', (f) => f.conversation.status === 'assigned', 15_000);
      expect(frame.conversation.playerName).toBe('Marco Rossi');
      const player = await server.store.findPlayerByExternalId('demo', 'lucky-1001');
      expect(frame.conversation.playerId).toBe(player!.id);
      expect(faults).toEqual([]);
    } finally {
      await context.close();
      agent.socket.close();
    }
  });
});
