import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createLogger } from '../../server/logger';
import { createNotifier } from '../../server/mail/smtp-notifier';
import { launchChromium, watchForFaults } from '../support/browser';
import { connectAgent } from '../support/clients';
import { startMailSink } from '../support/mail-sink';
import { startTestServer, type TestServer } from '../support/test-server';
import { axeViolations, openPanel } from './agent-panel';
import { startPageServer, type PageServer } from './widget-page-server';

/**
 * Issue 5's leftovers in real Chromium, on a casino page under a strict CSP:
 * the agent sends files from the desk and the player sees them (an image as
 * a thumbnail, a PDF as a link named by the file) fetched with the token in a
 * header, never in a URL; the email offer comes and goes live as agents come
 * and go; and a reload after the chat ended does not ask again for a rating
 * or a transcript already given.
 */
let server: TestServer;
let casino: PageServer;
let sink: Awaited<ReturnType<typeof startMailSink>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob: data:";
/** A real 1×1 PNG, so a shown thumbnail has pixels (a broken image has none). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  casino = await startPageServer();
  sink = await startMailSink();
  server = await startTestServer({
    site: { allowedOrigins: ['self', casino.origin] },
    notifier: createNotifier({ smtpUrl: sink.url, from: 'support@luckystar.test', log: createLogger('silent') }),
  });
  casino.relayPort = server.port;
  chromium = await launchChromium();
  browser = chromium.browser;
  casino.page(
    '/lobby',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Casino</title></head><body><h1>Lobby</h1><script src="/widget.js" data-site="demo" async></script></body></html>',
    { 'content-security-policy': STRICT_CSP },
  );
});
afterAll(async () => {
  await chromium?.close();
  await casino?.close();
  await sink?.close();
  await server?.stop();
});

const host = (page: Page) => page.locator('[data-pitboss]');
const log = (page: Page) => host(page).getByRole('log');

/** A fresh player on the lobby, chat open; page errors and CSP violations collected. */
async function openLobby(run: (page: Page, faults: string[], context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const faults = watchForFaults(page);
    await page.goto(casino.url('/lobby'));
    await host(page).locator('button.launcher').click();
    await host(page).locator('textarea').waitFor();
    await run(page, faults, context);
  } finally {
    await context.close();
  }
}

async function ask(page: Page, text: string): Promise<void> {
  await host(page).locator('textarea').fill(text);
  await host(page).locator('textarea').press('Enter');
}

describe('files in the chat', () => {
  it('shows the agent’s screenshot as a thumbnail and PDF as a named link, both sent from the desk’s paperclip and fetched with the token in a header', async () => {
    const desk = await openPanel(browser, server.url, 'alice@luckystar.test');
    try {
      await desk.page.getByLabel('Status').selectOption('online');
      await openLobby(async (page, faults) => {
        const fileRequests: { url: string; authorization: string | undefined }[] = [];
        page.on('request', (request) => {
          if (request.url().includes('/api/attachments')) fileRequests.push({ url: request.url(), authorization: request.headers().authorization });
        });
        await ask(page, 'Can you send me the bonus terms and a screenshot?');
        const entry = desk.page.getByRole('navigation', { name: 'Conversations' }).getByRole('link').first();
        await entry.click();
        await desk.page.getByRole('log').getByText('Can you send me the bonus terms and a screenshot?').waitFor();

        const attach = desk.page.getByRole('button', { name: 'Attach a file' });
        await attach.waitFor();
        await desk.page.locator('.composer input[type="file"]').setInputFiles({ name: 'where to click.png', mimeType: 'image/png', buffer: PNG });
        await desk.page.getByRole('log').getByRole('link', { name: 'where to click.png' }).waitFor();
        await desk.page.locator('.composer input[type="file"]').setInputFiles({ name: 'Bonus terms 2026.pdf', mimeType: 'application/pdf', buffer: PDF });
        await desk.page.getByRole('log').getByRole('link', { name: 'Bonus terms 2026.pdf' }).waitFor();
        // A file the relay refuses is explained beside the button.
        await desk.page.locator('.composer input[type="file"]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
        await desk.page.getByRole('status').filter({ hasText: 'Only PNG, JPEG and WebP images and PDF documents can be sent.' }).waitFor();

        const imageLink = log(page).getByRole('link', { name: 'where to click.png' });
        const thumbnail = imageLink.locator('img.thumb');
        await thumbnail.waitFor();
        await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
        expect(await thumbnail.getAttribute('src')).toMatch(/^blob:/);
        expect(await imageLink.getAttribute('download')).toBe('where to click.png');

        const pdfLink = log(page).getByRole('link', { name: 'Bonus terms 2026.pdf' });
        await pdfLink.waitFor();
        expect(await pdfLink.getAttribute('href')).toMatch(/^blob:/);
        expect(await pdfLink.getAttribute('download')).toBe('Bonus terms 2026.pdf');
        const download = page.waitForEvent('download');
        await pdfLink.click();
        const saved = await download;
        expect(saved.suggestedFilename()).toBe('Bonus terms 2026.pdf');
        expect(Buffer.from(await (await saved.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks))).equals(PDF)).toBe(true);

        expect(await axeViolations(page, '[data-pitboss]')).toEqual([]);
        expect(await axeViolations(desk.page, '.composer')).toEqual([]);

        // The player's own file shows the same way.
        await host(page).locator('input[type="file"]').setInputFiles({ name: 'my deposit.png', mimeType: 'image/png', buffer: PNG });
        const own = log(page).locator('.own').getByRole('link', { name: 'my deposit.png' }).locator('img.thumb');
        await expect.poll(() => own.evaluate((img: HTMLImageElement) => img.naturalWidth).catch(() => 0)).toBe(1);
        await desk.page.getByRole('log').getByRole('link', { name: 'my deposit.png' }).waitFor();

        // The token travels in a header, never in an address that logs, history or a Referer could keep.
        const downloads = fileRequests.filter((r) => !r.url.endsWith('/api/attachments'));
        expect(downloads.length).toBeGreaterThanOrEqual(3);
        for (const request of downloads) {
          expect(request.url).toMatch(/\/api\/attachments\/f_[A-Za-z0-9_-]+$/);
          expect(request.authorization).toMatch(/^Bearer [A-Za-z0-9_-]{20,}$/);
        }
        expect(faults).toEqual([]);
      });
      expect(desk.faults).toEqual([]);
    } finally {
      await desk.page.getByLabel('Status').selectOption('offline');
      await desk.close();
    }
  });
});

describe('availability, live', () => {
  it('offers the email fallback while nobody is online, and takes the offer away and back as an agent comes and goes, without a reload', async () => {
    await openLobby(async (page, faults) => {
      const offer = host(page).getByText('Nobody can answer right now — leave your email and we’ll reply there.');
      await offer.waitFor();
      const agent = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
      await offer.waitFor({ state: 'detached' });
      agent.socket.send({ type: 'status', status: 'offline' });
      await offer.waitFor();
      agent.socket.close();
      expect(faults).toEqual([]);
    });
  });
});

describe('the end of a chat, across a reload', () => {
  it('does not ask again for a rating or the transcript after a reload', async () => {
    const agent = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
    try {
      await openLobby(async (page, faults) => {
        await ask(page, 'My free spins are missing');
        await log(page).getByText('Sent', { exact: true }).waitFor();
        // The first test's chat went back to the queue when its agent left: this player's is the newest.
        const mine = (await server.store.reports.conversationFacts('demo', 0, Date.now() + 1)).at(-1)!.id;
        const assigned = await agent.socket.type('conversation', (f) => f.conversation.id === mine && f.conversation.status === 'assigned', 15_000);
        await agent.reply(assigned.conversation.id, 'Added them back, enjoy!');
        await log(page).getByText('Added them back, enjoy!').waitFor();
        agent.socket.send({ type: 'resolve', conversationId: assigned.conversation.id });

        await host(page).getByRole('group', { name: 'How did we do?' }).getByRole('radio', { name: '4 of 5' }).check();
        await host(page).getByRole('button', { name: 'Send rating' }).click();
        await host(page).getByText('Thank you for your feedback!').waitFor();
        await host(page).getByRole('textbox', { name: 'Your email' }).fill('nina@example.com');
        await host(page).getByRole('button', { name: 'Email me the transcript' }).click();
        await host(page).getByText('Transcript sent to nina@example.com.').waitFor();

        await page.reload();
        await host(page).locator('button.launcher').click();
        await log(page).getByText('Added them back, enjoy!').waitFor();
        await host(page).getByText('Thank you for your feedback!').waitFor();
        await host(page).getByText('Transcript sent to nina@example.com.').waitFor();
        expect(await host(page).getByRole('group', { name: 'How did we do?' }).count()).toBe(0);
        expect(await host(page).getByRole('button', { name: 'Email me the transcript' }).count()).toBe(0);
        expect(faults).toEqual([]);
      });
    } finally {
      agent.socket.close();
    }
  });
});
