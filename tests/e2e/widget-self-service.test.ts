import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createLogger } from '../../server/logger';
import { createNotifier } from '../../server/mail/smtp-notifier';
import { launchChromium } from '../support/browser';
import { connectAgent } from '../support/clients';
import { startMailSink } from '../support/mail-sink';
import { startTestServer, type TestServer } from '../support/test-server';
import { startPageServer, type PageServer } from './widget-page-server';

/**
 * Issue 7's flow and issues 3 and 5's self-service in real Chromium, on a
 * casino page under a strict CSP: the FAQ bot's articles and its two
 * buttons (English, Arabic, Chinese), the email fallback when nobody is
 * online, the end of a chat (rating, transcript by mail) and a screenshot
 * sent from the paperclip.
 */
let server: TestServer;
let casino: PageServer;
let sink: Awaited<ReturnType<typeof startMailSink>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob: data:";

beforeAll(async () => {
  casino = await startPageServer();
  sink = await startMailSink();
  server = await startTestServer({
    site: { allowedOrigins: ['self', casino.origin], locales: ['en', 'ar', 'zh-CN'] },
    notifier: createNotifier({ smtpUrl: sink.url, from: 'support@luckystar.test', log: createLogger('silent') }),
    bot: true,
  });
  casino.relayPort = server.port;
  chromium = await launchChromium();
  browser = chromium.browser;
  for (const [lang, dir] of [['en', 'ltr'], ['ar', 'rtl'], ['zh-CN', 'ltr']] as const) {
    casino.page(
      `/lobby-${lang}`,
      `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Casino</title></head><body><h1>Lobby</h1><script src="/widget.js" data-site="demo" async></script></body></html>`,
      { 'content-security-policy': STRICT_CSP },
    );
  }
});
afterAll(async () => {
  await chromium?.close();
  await casino?.close();
  await sink?.close();
  await server?.stop();
});

const host = (page: Page) => page.locator('[data-pitboss]');
const log = (page: Page) => host(page).getByRole('log');

/** A fresh player (own profile) on the lobby in `lang`, chat open, CSP violations recorded. */
async function openLobby(lang: 'en' | 'ar' | 'zh-CN', run: (page: Page, violations: () => Promise<string[]>) => Promise<void>): Promise<void> {
  const context: BrowserContext = await browser.newContext();
  try {
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    await page.goto(casino.url(`/lobby-${lang}`));
    await host(page).locator('button.launcher').click();
    await host(page).locator('textarea').waitFor();
    await run(page, () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations));
  } finally {
    await context.close();
  }
}

async function ask(page: Page, text: string): Promise<void> {
  await host(page).locator('textarea').fill(text);
  await host(page).locator('textarea').press('Enter');
}

async function axe(page: Page): Promise<string[]> {
  // Evaluated through the devtools protocol: a <script> tag would be (rightly) refused by the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(
      { include: [['[data-pitboss]']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('the FAQ bot in the widget', () => {
  it('answers in English with article cards that open their text; "This solved it" ends the chat kindly, and the transcript is mailed', async () => {
    await openLobby('en', async (page, violations) => {
      await ask(page, 'I forgot my password, how do I reset it?');
      await log(page).getByText('These articles may answer your question:').waitFor();
      const card = log(page).getByRole('button', { name: 'How do I reset my password?' });
      expect(await log(page).locator('.article-title').count()).toBeLessThanOrEqual(3);
      expect(await log(page).textContent()).not.toContain('Suggested articles');

      await card.click();
      expect(await card.getAttribute('aria-expanded')).toBe('true');
      await log(page).getByText(/Forgot password/i).waitFor();
      expect(await axe(page)).toEqual([]);

      await host(page).getByRole('button', { name: 'This solved it' }).click();
      await log(page).getByText('Glad we could help! Write again any time.').waitFor();
      expect(await host(page).getByRole('button', { name: 'This solved it' }).count()).toBe(0);
      expect(await latestConversation()).toMatchObject({ status: 'resolved', deflected: true, locale: 'en' });

      // Nobody to rate after the bot alone; the transcript can be mailed.
      expect(await host(page).getByRole('group', { name: 'How did we do?' }).count()).toBe(0);
      await host(page).getByRole('textbox', { name: 'Your email' }).fill('vera@example.com');
      await host(page).getByRole('button', { name: 'Email me the transcript' }).click();
      await host(page).getByText('Transcript sent to vera@example.com.').waitFor();
      await expect.poll(() => sink.mails.filter((m) => m.to.includes('vera@example.com')).length).toBe(1);
      expect(await axe(page)).toEqual([]);
      expect(await violations()).toEqual([]);
    });
  });

  it('answers in Arabic, right to left; "Talk to a person" queues it, and with nobody online the email fallback takes an address', async () => {
    await openLobby('ar', async (page, violations) => {
      await ask(page, 'نسيت كلمة المرور كيف أعيد تعيينها');
      await log(page).getByText('قد تجيب هذه المقالات عن سؤالك:').waitFor();
      const card = log(page).getByRole('button', { name: 'كيف أعيد تعيين كلمة المرور؟' });
      await card.click();
      await expect.poll(async () => (await card.locator('xpath=following-sibling::p').textContent())?.length ?? 0).toBeGreaterThan(40);
      expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

      await host(page).getByRole('button', { name: 'التحدث إلى موظف الدعم' }).click();
      await log(page).getByText('في انتظار موظف الدعم…').waitFor();
      await host(page).getByText('لا يوجد أحد متاح للرد الآن — اترك بريدك الإلكتروني وسنرد عليك هناك.').waitFor();
      await host(page).getByRole('textbox', { name: 'بريدك الإلكتروني' }).fill('youssef@example.com');
      await host(page).getByRole('button', { name: 'حفظ البريد الإلكتروني' }).click();
      await host(page).getByText('سنرد عليك على youssef@example.com.').waitFor();
      expect(await latestConversation()).toMatchObject({ status: 'queued', offlineEmail: 'youssef@example.com', locale: 'ar' });
      expect(await axe(page)).toEqual([]);
      expect(await violations()).toEqual([]);
    });
  });

  it('answers in Chinese, with the article text in Chinese', async () => {
    await openLobby('zh-CN', async (page, violations) => {
      await ask(page, '提款需要多长时间');
      await log(page).getByText('以下文章也许能解答您的问题：').waitFor();
      await log(page).getByRole('button', { name: '提款需要多长时间？' }).click();
      await expect.poll(async () => (await log(page).locator('.article-body').textContent()) ?? '').toMatch(/[\u4e00-\u9fff]{10}/);
      await host(page).getByRole('button', { name: '问题已解决' }).click();
      await log(page).getByText('很高兴能帮到您！有需要随时联系我们。').waitFor();
      expect(await violations()).toEqual([]);
    });
  });
});

describe('the end of a chat', () => {
  it('takes a rating with a comment once an agent resolved the chat', async () => {
    const agent = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    try {
      await openLobby('en', async (page, violations) => {
        await ask(page, 'I want to talk to a human please');
        // The Arabic player's chat may still wait in the queue: this one is the English one.
        const assigned = await agent.socket.type('conversation', (f) => f.conversation.status === 'assigned' && f.conversation.locale === 'en', 15_000);
        const conversationId = assigned.conversation.id as string;
        await agent.reply(conversationId, 'Hello, Alice here. How can I help?');
        await log(page).getByText('Hello, Alice here. How can I help?').waitFor();
        agent.socket.send({ type: 'resolve', conversationId });

        const rating = host(page).getByRole('group', { name: 'How did we do?' });
        await rating.waitFor();
        expect(await axe(page)).toEqual([]);
        await rating.getByRole('radio', { name: '5 of 5' }).check();
        await host(page).getByRole('textbox', { name: 'Anything to add? (optional)' }).fill('Fast and friendly');
        await host(page).getByRole('button', { name: 'Send rating' }).click();
        await host(page).getByText('Thank you for your feedback!').waitFor();
        await expect.poll(() => server.store.csat.get(conversationId)).toMatchObject({ rating: 5, comment: 'Fast and friendly', agentId: 'a_alice' });
        expect(await violations()).toEqual([]);
      });
    } finally {
      agent.socket.close();
    }
  });
});

/** The newest conversation of the test site (each test's player opens one). */
describe('attachments', () => {
  it('sends a screenshot from the paperclip, which the agent downloads byte for byte', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('pretend pixels of a failed deposit')]);
    const agent = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
    try {
      await openLobby('en', async (page, violations) => {
        expect(await host(page).getByRole('button', { name: 'Attach a file' }).count()).toBe(0);
        await ask(page, 'I need to talk to a person, I have a screenshot');
        const assigned = await agent.socket.type('conversation', (f) => f.conversation.status === 'assigned' && f.conversation.locale === 'en', 15_000);
        await host(page).getByRole('button', { name: 'Attach a file' }).waitFor();
        await host(page).locator('input[type="file"]').setInputFiles({ name: 'deposit error.png', mimeType: 'image/png', buffer: png });
        await log(page).locator('.own .file').filter({ hasText: 'deposit error.png' }).waitFor();
        await log(page).locator('.own').filter({ hasText: 'deposit error.png' }).getByText('Sent', { exact: true }).waitFor();

        const frame = await agent.socket.type('message', (f) => f.message.attachment !== undefined);
        expect(frame.message).toMatchObject({ conversationId: assigned.conversation.id, text: 'deposit error.png', attachment: { name: 'deposit error.png', type: 'image/png', size: png.length } });
        const file = await fetch(`${server.url}/api/attachments/${frame.message.attachment.id}`, { headers: { cookie: agent.cookie } });
        expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);
        expect(await violations()).toEqual([]);
        agent.socket.send({ type: 'resolve', conversationId: assigned.conversation.id });
      });
    } finally {
      agent.socket.close();
    }
  });
});

async function latestConversation() {
  const facts = await server.store.reports.conversationFacts('demo', 0, Date.now() + 1);
  const newest = facts.at(-1);
  return newest ? server.store.getConversation(newest.id) : null;
}
