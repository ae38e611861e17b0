import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchForFaults } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';
import { axeViolations, openPanel } from './agent-panel';

/**
 * The FAQ articles screen (Admin → FAQ articles) in real Chromium against the
 * built panel, and the bot in a player's widget answering from what was
 * written there: an English article, edited, then translated into French.
 */
let server: TestServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

const TITLE = 'How do I spin the Lucky Wheel?';
const FIRST_BODY = 'The Lucky Wheel gives one free spin a day.';
const EDITED_BODY = 'The Lucky Wheel gives one bonus spin a day from the lobby banner, after your first deposit.';
const FRENCH_TITLE = 'Comment tourner la Roue de la Chance ?';
const FRENCH_BODY = 'La Roue de la Chance est un bonus quotidien : un tour par jour, depuis la bannière du lobby, après votre premier dépôt.';

beforeAll(async () => {
  // The bot over the seeded demo FAQ, as `npm start` runs it; an admin's article joins those.
  server = await startTestServer({ site: { locales: ['en', 'fr'] }, bot: true });
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

async function openFaqAdmin(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'FAQ articles' }).click();
  await page.getByRole('heading', { name: 'FAQ articles' }).waitFor();
}

/** A player on the demo casino's lobby in `locale`, asking the chat one question; returns the bot's article card for `title`. */
async function askTheBot(locale: 'en' | 'fr', question: string, title: string, run: (page: Page, card: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const faults = watchForFaults(page);
    await page.goto(`${server.url}/`);
    const launcher = locale === 'fr' ? 'Ouvrir la discussion' : 'Open chat';
    if (locale !== 'en') await page.getByRole('combobox', { name: 'Language' }).selectOption(locale);
    await page.getByRole('button', { name: launcher }).click();
    const composer = page.getByRole('textbox', { name: 'Message' });
    await composer.fill(question);
    await composer.press('Enter');
    const card = page.locator('[data-pitboss]').getByRole('log').getByRole('button', { name: title });
    await card.waitFor();
    await run(page, card);
    expect(faults).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('FAQ articles admin in the browser', () => {
  it('adds an article, edits it, translates it into French; players get the new answer in either language', async () => {
    const { page, faults, close } = await openPanel(browser, server.url, 'max@luckystar.test');
    await openFaqAdmin(page);
    const form = page.getByRole('form', { name: 'New article' });
    await form.getByLabel('Topic').selectOption('bonus');
    await form.getByLabel('Language').selectOption('en');
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Answer').fill(FIRST_BODY);
    await form.getByRole('button', { name: 'Add article' }).click();
    const status = page.getByRole('main').getByRole('status');
    await expect.poll(() => status.textContent()).toBe(`Saved “${TITLE}”. The bot answers with it now.`);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Edit ${TITLE}` }) });
    // Each article shows its title, topic and the languages it is written in.
    expect(await item.locator('p').textContent()).toBe(`${TITLE} Bonus en`);
    expect(await axeViolations(page)).toEqual([]);

    // The id comes from the English title; the edit form names it.
    await page.getByRole('button', { name: `Edit ${TITLE}` }).click();
    const edit = page.getByRole('form', { name: 'Edit how-do-i-spin-the-lucky-wheel' });
    expect(await edit.getByLabel('Answer').inputValue()).toBe(FIRST_BODY);
    await edit.getByLabel('Answer').fill(EDITED_BODY);
    await edit.getByRole('button', { name: 'Save translation' }).click();
    await expect.poll(() => status.textContent()).toBe(`Saved “${TITLE}”. The bot answers with it now.`);

    await page.getByRole('button', { name: `Edit ${TITLE}` }).click();
    await edit.getByLabel('Language').selectOption('fr');
    // No French yet: the fields start empty rather than showing the English to overwrite.
    expect(await edit.getByLabel('Title').inputValue()).toBe('');
    await edit.getByLabel('Title').fill(FRENCH_TITLE);
    await edit.getByLabel('Answer').fill(FRENCH_BODY);
    await edit.getByRole('button', { name: 'Save translation' }).click();
    await expect.poll(() => status.textContent()).toBe(`Saved “${FRENCH_TITLE}”. The bot answers with it now.`);
    await expect.poll(() => item.locator('p').textContent()).toBe(`${TITLE} Bonus en, fr`);
    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await close();

    await askTheBot('en', 'How do I spin the Lucky Wheel?', TITLE, async (player, card) => {
      await card.click();
      await expect.poll(() => player.locator('[data-pitboss] .article-body').textContent()).toBe(EDITED_BODY);
    });
    await askTheBot('fr', 'Comment tourner la Roue de la Chance pour mon bonus ?', FRENCH_TITLE, async (player, card) => {
      await card.click();
      await expect.poll(() => player.locator('[data-pitboss] .article-body').textContent()).toBe(FRENCH_BODY);
    });
  });

  it('shows the server’s reason for a title of only spaces, and saves nothing', async () => {
    const { page, faults, close } = await openPanel(browser, server.url, 'sara@luckystar.test');
    // Supervisors manage the FAQ too (the Admin link opens their first section, canned replies).
    await openFaqAdmin(page);
    const form = page.getByRole('form', { name: 'New article' });
    await form.getByLabel('Topic').selectOption('withdrawal');
    // Spaces pass the field's `required`; the server trims them and refuses.
    await form.getByLabel('Title').fill('   ');
    await form.getByLabel('Answer').fill('Withdrawals to a Starcoin wallet take up to 24 hours.');
    await form.getByRole('button', { name: 'Add article' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('alert').allTextContents()).toEqual(['A title is required.']);
    expect((await server.store.faq.list('demo')).filter((a) => a.translations.some((t) => t.body.includes('Starcoin')))).toEqual([]);
    // What was typed stays, to be corrected.
    expect(await form.getByLabel('Answer').inputValue()).toBe('Withdrawals to a Starcoin wallet take up to 24 hours.');
    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await close();
  });

  it('gives an agent neither the screen nor the API', async () => {
    const { page, close } = await openPanel(browser, server.url, 'bruno@luckystar.test');
    expect(await page.getByRole('navigation', { name: 'Views' }).count()).toBe(0);
    await page.evaluate(() => (location.hash = '#/admin/faq'));
    await page.getByRole('navigation', { name: 'Conversations' }).waitFor();
    expect(await page.getByRole('heading', { name: 'FAQ articles' }).count()).toBe(0);
    // The same answer from the API with the agent's own session, so hiding the screen is not the only guard.
    const answer = await page.evaluate(async () => {
      const res = await fetch('/api/admin/sites/demo/faq/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pitboss-csrf': '1' },
        body: JSON.stringify({ topic: 'bonus', translations: { en: { title: 'Sneaky', body: 'Not allowed.' } } }),
      });
      return { status: res.status, body: await res.json() };
    });
    expect(answer).toEqual({ status: 403, body: expect.objectContaining({ code: 'forbidden', message: 'Only supervisors and admins of this site manage its FAQ.' }) });
    expect((await server.store.faq.list('demo')).some((a) => a.translations.some((t) => t.title === 'Sneaky'))).toBe(false);
    await close();
  });
});
