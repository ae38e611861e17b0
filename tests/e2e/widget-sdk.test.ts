import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { connectAgent } from '../support/clients';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';
import { SNIPPET_STUB, startPageServer, type PageServer } from './widget-page-server';

/**
 * Issue 5 in a real browser, on pages a casino would write: the command API
 * and its events, boot/shutdown without leaks, a hostile stylesheet, the
 * languages, accessibility (axe-core and the keyboard) and the phone layout.
 */
let server: TestServer;
let casino: PageServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const html = (body: string, { lang = 'en', dir = 'ltr', head = '' } = {}) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Casino</title>${head}</head><body>${body}</body></html>`;
const WIDGET_TAG = '<script src="/widget.js" data-site="demo" async></script>';

beforeAll(async () => {
  casino = await startPageServer();
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

const host = (page: Page) => page.locator('[data-pitboss]');
const launcher = (page: Page) => page.locator('[data-pitboss] button.launcher');
const composer = (page: Page) => host(page).locator('textarea');
const log = (page: Page) => host(page).getByRole('log');
/** What has focus inside the widget's shadow root, described. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-pitboss]')?.shadowRoot?.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}` : null;
  });

async function withContext<T>(options: Parameters<Browser['newContext']>[0], run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

/** Call window.Pitboss in the page, as the casino's own scripts would. */
function pitboss(page: Page, ...args: unknown[]): Promise<void> {
  return page.evaluate((a) => (window as unknown as { Pitboss: (...x: unknown[]) => void }).Pitboss(...a), args);
}

/** The open conversation holding `text`, once it is assigned to `agentId`. */
async function conversationWith(text: string, agentId: string): Promise<string> {
  let id: string | null = null;
  await expect
    .poll(
      async () => {
        for (const c of await server.store.listOpenConversations()) {
          if (c.agentId !== agentId) continue;
          if ((await server.store.listMessages(c.id, 0, 100)).some((m) => m.text === text)) id = c.id;
        }
        return id;
      },
      { timeout: 15_000 },
    )
    .not.toBeNull();
  return id!;
}

function sign(playerId: string, issuedAt: number): string {
  return createHmac('sha256', TEST_SITE.identitySecret).update(`${playerId}.${issuedAt}`).digest('hex');
}

describe('window.Pitboss', () => {
  it('queues commands before widget.js loads, runs them live after, and reports every event', async () => {
    const issuedAt = Date.now();
    const identity = { playerId: 'casino-player-4711', issuedAt, signature: sign('casino-player-4711', issuedAt), name: 'Vera Lindqvist' };
    casino.page(
      '/api',
      html(`<h1>Lobby</h1>
<script>${SNIPPET_STUB}
window.events = [];
for (const name of ['ready', 'open', 'close', 'unread', 'message', 'resolved']) {
  Pitboss('on', name, (payload) => events.push([name, payload === undefined ? null : payload]));
}
window.onOpen = () => events.push(['second open listener', null]);
Pitboss('on', 'open', onOpen);
Pitboss('identify', ${JSON.stringify(identity)});
Pitboss('setLocale', 'fr');
</script>${WIDGET_TAG}`),
    );
    const agent = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(casino.url('/api'));
      const events = () => page.evaluate(() => (window as unknown as { events: [string, unknown][] }).events.map(([name, payload]) => [name, payload]));
      await expect.poll(events).toContainEqual(['ready', null]);
      expect(await launcher(page).getAttribute('aria-label')).toBe('Ouvrir la discussion'); // the queued setLocale

      await pitboss(page, 'open');
      await expect.poll(() => focused(page)).toBe('textarea.input');
      expect((await events()).filter(([name]) => name === 'open' || name === 'second open listener')).toHaveLength(2);

      // Pre-chat topic chip (in French), then the first message: the relay files it under that topic, for the signed player.
      await host(page).getByRole('button', { name: 'Dépôt' }).click();
      await composer(page).fill('Virement 88231 pas encore crédité');
      await composer(page).press('Enter');
      const frame = await agent.socket.type('conversation', (f) => f.conversation.status === 'assigned', 15_000);
      expect(frame.conversation.topic).toBe('deposit');
      expect(frame.conversation.playerName).toBe('Vera Lindqvist');
      const player = await server.store.findPlayerByExternalId('demo', 'casino-player-4711');
      expect(frame.conversation.playerId).toBe(player!.id);
      const conversationId = frame.conversation.id as string;

      await pitboss(page, 'close');
      await agent.reply(conversationId, 'Bonjour Vera, je regarde.');
      await expect.poll(events).toContainEqual(['unread', { count: 1 }]);
      const message = (await events()).find(([name]) => name === 'message')![1] as Record<string, unknown>;
      expect(message).toMatchObject({ author: 'agent', authorName: 'Alice Martin', text: 'Bonjour Vera, je regarde.' });

      agent.socket.send({ type: 'resolve', conversationId });
      await expect.poll(events).toContainEqual(['resolved', { conversationId }]);

      await page.evaluate(() => {
        const w = window as unknown as { Pitboss: (...x: unknown[]) => void; onOpen: () => void };
        w.Pitboss('off', 'open', w.onOpen);
        w.Pitboss('toggle');
      });
      await expect.poll(events).toContainEqual(['unread', { count: 0 }]);
      const names = (await events()).map(([name]) => name);
      expect(names.filter((n) => n === 'second open listener')).toHaveLength(1);
      expect(names.filter((n) => n === 'open')).toHaveLength(2);
      expect(names.filter((n) => n === 'close')).toHaveLength(1);
      expect(names.filter((n) => n === 'ready')).toHaveLength(1);
    });
    agent.socket.close();
  });

  it('boots and shuts down 50 times in a single-page app, leaving no socket, listener, timer or node behind', async () => {
    casino.page('/spa', html(`<main id="app"><h1>Slots</h1></main><script src="/widget.js" async></script>`));
    await withContext({}, async (context) => {
      // Count what the widget could leak: sockets opened vs closed, live intervals, long timeouts.
      await context.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        const sockets: WebSocket[] = [];
        const Native = WebSocket;
        w.__sockets = sockets;
        w.WebSocket = new Proxy(Native, {
          construct(target, args: [string, string?]) {
            const socket = new target(...args);
            // Heard from the start: the welcome can arrive before the test's loop looks at a new socket.
            socket.addEventListener('message', () => Object.assign(socket, { __heard: true }), { once: true });
            sockets.push(socket);
            return socket;
          },
        });
        const intervals = new Set<number>();
        const timeouts = new Map<number, number>();
        w.__intervals = intervals;
        w.__timeouts = timeouts;
        const { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct } = window;
        window.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
          const id = si(fn, ms, ...rest);
          intervals.add(id);
          return id;
        }) as typeof setInterval;
        window.clearInterval = ((id?: number) => {
          if (id !== undefined) intervals.delete(id);
          ci(id);
        }) as typeof clearInterval;
        window.setTimeout = ((fn: TimerHandler, ms = 0, ...rest: unknown[]) => {
          const id: number = st(
            (...a: unknown[]) => {
              timeouts.delete(id);
              if (typeof fn === 'function') fn(...a);
            },
            ms,
            ...rest,
          );
          timeouts.set(id, ms);
          return id;
        }) as typeof setTimeout;
        window.clearTimeout = ((id?: number) => {
          if (id !== undefined) timeouts.delete(id);
          ct(id);
        }) as typeof clearTimeout;
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(casino.url('/spa'));
      await page.waitForFunction(() => 'Pitboss' in window);

      const listeners = async () => {
        const counts: Record<string, number> = {};
        for (const target of ['window', 'document', 'window.visualViewport']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: target });
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
          counts[target] = listeners.length;
          await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
        }
        return counts;
      };
      const snapshot = () =>
        page.evaluate(() => {
          const w = window as unknown as { __intervals: Set<number>; __timeouts: Map<number, number> };
          return {
            nodes: document.getElementsByTagName('*').length,
            intervals: w.__intervals.size,
            longTimeouts: [...w.__timeouts.values()].filter((ms) => ms >= 1000).length,
            globals: Object.keys(window).filter((k) => !k.startsWith('__')).sort(),
          };
        });
      const before = { ...(await snapshot()), listeners: await listeners() };

      const booted = await page.evaluate(async () => {
        const { __sockets: sockets, Pitboss } = window as unknown as { __sockets: WebSocket[]; Pitboss: (...x: unknown[]) => void };
        const welcomed = (socket: WebSocket) =>
          new Promise<void>((resolve) => {
            if (socket.readyState > 1 || (socket as WebSocket & { __heard?: boolean }).__heard) return resolve();
            socket.addEventListener('message', () => resolve(), { once: true });
            socket.addEventListener('close', () => resolve(), { once: true });
          });
        for (let i = 0; i < 50; i++) {
          Pitboss('boot', { site: 'demo' });
          Pitboss('open');
          const deadline = Date.now() + 5000;
          while (sockets.length <= i && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
          if (sockets[i]) await welcomed(sockets[i]!);
          Pitboss('shutdown');
        }
        return sockets.length;
      });
      expect(booted).toBe(50);

      // Closing handshakes finish; then nothing of the widget may remain.
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.filter((s) => s.readyState !== WebSocket.CLOSED).length))
        .toBe(0);
      await page.waitForTimeout(100);
      const after = { ...(await snapshot()), listeners: await listeners() };
      expect(await page.locator('[data-pitboss]').count()).toBe(0);
      expect(after).toEqual(before);
      expect(before.intervals).toBe(0);
      expect(after.globals.filter((k) => /pitboss/i.test(k))).toEqual(['Pitboss']);
      await cdp.detach();
    });
  });
});

describe('isolation from the casino page', () => {
  const HOSTILE = `<style>
* { all: unset !important; }
div, span, button, section, p { display: none !important; }
button { width: 2px !important; height: 2px !important; background: magenta !important; }
html { font-size: 40px; direction: ltr; }
</style>`;
  const CONTENT = '<p id="probe" class="note">Welcome bonus</p><button id="page-button">Deposit</button>';

  it('survives a hostile stylesheet and leaks no style or global into the page', async () => {
    casino.page('/hostile', html(`${CONTENT}${WIDGET_TAG}`, { head: HOSTILE }));
    casino.page('/hostile-without-widget', html(CONTENT, { head: HOSTILE }));
    await withContext({ viewport: { width: 1280, height: 800 } }, async (context) => {
      const page = await context.newPage();
      const pageFacts = () =>
        page.evaluate(() => {
          const style = (id: string) => {
            const s = getComputedStyle(document.getElementById(id)!);
            return [s.display, s.color, s.fontSize, s.fontFamily, s.width, s.boxSizing, s.direction].join('|');
          };
          return { probe: style('probe'), button: style('page-button'), globals: Object.keys(window).sort() };
        });
      await page.goto(casino.url('/hostile-without-widget'));
      const without = await pageFacts();
      await page.goto(casino.url('/hostile'));
      await launcher(page).waitFor();
      const withWidget = await pageFacts();
      expect(withWidget.probe).toBe(without.probe);
      expect(withWidget.button).toBe(without.button);
      expect(withWidget.globals.filter((k) => !without.globals.includes(k))).toEqual(['Pitboss']);

      // The launcher is where and what it should be, despite `all: unset !important` and `display: none !important`.
      const box = (await launcher(page).boundingBox())!;
      expect([Math.round(box.width), Math.round(box.height)]).toEqual([60, 60]);
      expect(Math.round(box.x + box.width)).toBe(1280 - 20);
      expect(Math.round(box.y + box.height)).toBe(800 - 20);
      expect(await launcher(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 110, 79)');

      await launcher(page).click();
      await composer(page).waitFor({ state: 'visible' });
      const panel = (await host(page).locator('section.panel').boundingBox())!;
      expect(Math.round(panel.width)).toBe(380);
      expect(await composer(page).evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
      await composer(page).fill('Still readable?');
      await composer(page).press('Enter');
      await log(page).getByText('Still readable?').waitFor();
      expect(await log(page).getByText('Still readable?').isVisible()).toBe(true);
    });
  });
});

describe('languages', () => {
  it('follows the browser when the page has no lang, loads other locales on demand, and formats times with Intl', async () => {
    casino.page('/nolang', `<!doctype html><html><head><title>Casino</title></head><body>${WIDGET_TAG}</body></html>`);
    await withContext({ locale: 'de-DE' }, async (context) => {
      const page = await context.newPage();
      const chunks: string[] = [];
      page.on('request', (request) => {
        // Chunk names are "<locale>-<hash>.js", and a hash may contain dashes too.
        const match = /\/widget\/v[^/]+\/(fr|ar|ko|zh-CN|es|de|pt-BR|ru|tr)-[\w-]+\.js$/.exec(request.url());
        if (match) chunks.push(match[1]!);
      });
      await page.goto(casino.url('/nolang'));
      expect(await launcher(page).getAttribute('aria-label')).toBe('Chat öffnen');
      await launcher(page).click();
      await expect.poll(() => composer(page).getAttribute('placeholder')).toBe('Nachricht eingeben…');
      expect(chunks).toEqual(['de']);

      await pitboss(page, 'setLocale', 'ko');
      await expect.poll(() => composer(page).getAttribute('placeholder')).toBe('메시지를 입력하세요…');
      expect(await launcher(page).getAttribute('aria-label')).toBe('채팅 닫기');
      expect(chunks).toEqual(['de', 'ko']);

      await composer(page).fill('시간');
      await composer(page).press('Enter');
      const time = host(page).locator('li.own time').first();
      await time.waitFor();
      const expected = await time.evaluate((el) => new Intl.DateTimeFormat('ko', { hour: 'numeric', minute: '2-digit' }).format(new Date(el.getAttribute('datetime')!)));
      expect(await time.textContent()).toBe(expected);
      expect(expected).toMatch(/오전|오후/);
    });
  });

  it('mirrors for Arabic: right to left inside, launcher at the inline end of a right-to-left page', async () => {
    casino.page('/ar', html(`<h1>الكازينو</h1>${WIDGET_TAG}`, { lang: 'ar', dir: 'rtl' }));
    await withContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } }, async (context) => {
      const page = await context.newPage();
      await page.goto(casino.url('/ar'));
      expect(await launcher(page).getAttribute('aria-label')).toBe('فتح المحادثة');
      expect((await launcher(page).boundingBox())!.x).toBe(20);
      await launcher(page).click();
      const panel = host(page).locator('section.panel');
      await expect.poll(() => panel.getAttribute('dir')).toBe('rtl');
      expect(await host(page).getByRole('textbox', { name: 'الرسالة' }).count()).toBe(1);
      await composer(page).fill('مرحبا');
      await composer(page).press('Enter');
      const bubble = (await host(page).locator('li.own .text').boundingBox())!;
      const panelBox = (await panel.boundingBox())!;
      // The player's own bubble sits at the inline end, which in Arabic is the left.
      expect(bubble.x - panelBox.x).toBeLessThan(panelBox.width / 2);
      expect(await host(page).locator('.send').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    });
  });
});

describe('accessibility', () => {
  async function axe(page: Page): Promise<string[]> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(
        { include: [['[data-pitboss]']] },
        { resultTypes: ['violations'] },
      );
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
  }

  it.each([
    ['en', 'ltr', 'Open chat', 'Close chat'],
    ['ar', 'rtl', 'فتح المحادثة', 'إغلاق المحادثة'],
  ] as const)('has no axe-core violations in %s and works from the keyboard', async (lang, dir, openName, closeName) => {
    casino.page(`/a11y-${lang}`, html(`<a href="#top">Skip</a><h1>Casino</h1>${WIDGET_TAG}`, { lang, dir }));
    const agent = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(casino.url(`/a11y-${lang}`));
      await launcher(page).waitFor();
      expect(await axe(page)).toEqual([]);

      // Keyboard only: Tab reaches the launcher, Enter opens, focus lands in the composer.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('button.launcher');
      expect(await launcher(page).getAttribute('aria-label')).toBe(openName);
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('textarea.input');
      expect(await launcher(page).getAttribute('aria-label')).toBe(closeName);
      expect(await axe(page)).toEqual([]); // open, with the topic chips

      // Every control is reachable: walk the whole tab cycle inside the widget.
      const seen = new Set<string>();
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Shift+Tab');
        const f = await focused(page);
        if (f) seen.add(f);
      }
      expect([...seen]).toEqual(expect.arrayContaining(['button.minimize', 'div.log', 'button.chip', 'textarea.input', 'button.send', 'button.launcher']));

      await composer(page).focus();
      await page.keyboard.type('Keyboard only 5521');
      await page.keyboard.press('Enter');
      const conversationId = await conversationWith('Keyboard only 5521', 'a_bruno');
      const payload = '<img src=x onerror="window.__pwned=1"> see https://casino.example/help, not javascript:alert(1)';
      await agent.reply(conversationId, payload);
      agent.socket.send({ type: 'typing', conversationId, typing: true });
      await log(page).getByText(/casino\.example\/help/).waitFor();
      await host(page).locator('.typing').filter({ hasText: /./ }).waitFor();
      expect(await axe(page)).toEqual([]); // a conversation with a link, a status line and the typing line

      // Text only: the markup is text, only the https URL became a link, and it opens safely.
      const links = host(page).locator('li.theirs a');
      expect(await links.count()).toBe(1);
      expect(await links.getAttribute('href')).toBe('https://casino.example/help');
      expect(await links.getAttribute('rel')).toBe('noopener noreferrer nofollow');
      expect(await links.getAttribute('target')).toBe('_blank');
      expect(await host(page).locator('li.theirs img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

      // Escape closes and gives focus back to the launcher.
      await composer(page).focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => focused(page)).toBe('button.launcher');
      expect(await launcher(page).getAttribute('aria-label')).toBe(openName);
      agent.socket.send({ type: 'resolve', conversationId });
    });
    agent.socket.close();
  });
});

describe('phones', () => {
  it('goes full screen below 640 px, keeps the composer at 16 px so nothing zooms, and follows the visual viewport', async () => {
    casino.page('/phone', html(`<h1>Casino</h1>${WIDGET_TAG}`));
    await withContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, async (context) => {
      const page = await context.newPage();
      await page.goto(casino.url('/phone'));
      await launcher(page).tap();
      await composer(page).waitFor({ state: 'visible' });
      const slot = (await host(page).locator('.slot').boundingBox())!;
      expect([slot.x, slot.y, slot.width, slot.height]).toEqual([0, 0, 390, 844]);
      expect(await launcher(page).isVisible()).toBe(false); // the panel covers it; minimize closes
      for (const control of ['textarea', '.send']) {
        expect(parseFloat(await host(page).locator(control).evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
      }
      const composerBox = (await composer(page).boundingBox())!;
      expect(composerBox.y + composerBox.height).toBeLessThanOrEqual(844);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-pitboss]')!).getPropertyValue('--pb-vh'))).toBe(
        `${await page.evaluate(() => Math.round(window.visualViewport!.height))}px`,
      );
      await host(page).getByRole('button', { name: 'Minimize chat' }).tap();
      await expect.poll(() => launcher(page).isVisible()).toBe(true);
    });
  });
});
