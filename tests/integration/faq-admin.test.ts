import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let supervisor: string;
let agent: string;
beforeAll(async () => {
  server = await startTestServer();
  supervisor = (await login(server.url, 'sara@luckystar.test')).cookie;
  agent = (await login(server.url, 'alice@luckystar.test')).cookie;
});
afterAll(async () => {
  await server.stop();
});

const admin = (path: string, init: { method?: string; cookie?: string; body?: unknown; csrf?: boolean } = {}) =>
  fetch(`${server.url}/api/admin/sites/demo/faq/articles${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.csrf === false ? {} : { 'x-pitboss-csrf': '1' }),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });

const topResult = async (q: string, locale = 'en') =>
  (await (await fetch(`${server.url}/api/sites/demo/faq/search?${new URLSearchParams({ q, locale })}`)).json()).results[0]?.id;

describe('FAQ admin API', () => {
  it('is for signed-in supervisors and admins of the site only', async () => {
    expect((await admin('')).status).toBe(401);
    const asAgent = await admin('', { cookie: agent });
    expect(asAgent.status).toBe(403);
    expect((await asAgent.json()).code).toBe('forbidden');
    expect((await fetch(`${server.url}/api/admin/sites/elsewhere/faq/articles`, { headers: { cookie: supervisor } })).status).toBe(404);
    // Writes also need the CSRF header.
    expect((await admin('', { method: 'POST', cookie: supervisor, csrf: false, body: {} })).status).toBe(403);
  });

  it('lists the seeded demo articles with all their translations', async () => {
    const { articles } = await (await admin('', { cookie: supervisor })).json();
    expect(articles).toHaveLength(15);
    const locked = articles.find((a: { id: string }) => a.id === 'account-locked');
    expect(Object.keys(locked.translations).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ko', 'pt-BR', 'ru', 'tr', 'zh-CN']);
  });

  it('creates, edits and deletes an article and its translations, and search follows at once', async () => {
    expect(await topResult('do you have sports betting on football')).not.toBe('sports-betting');

    const bad = await admin('', { method: 'POST', cookie: supervisor, body: { topic: 'nonsense', translations: {} } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe('bad_frame');

    const created = await admin('', {
      method: 'POST',
      cookie: supervisor,
      body: {
        topic: 'other',
        translations: { en: { title: 'Sports betting', body: 'Sports betting on football, tennis and basketball opens next spring.' } },
      },
    });
    expect(created.status).toBe(201);
    const { article } = await created.json();
    expect(article).toMatchObject({ id: 'sports-betting', topic: 'other' });
    expect(await topResult('do you have sports betting on football')).toBe('sports-betting');
    expect((await admin('', { method: 'POST', cookie: supervisor, body: { id: 'sports-betting', topic: 'other', translations: { en: { title: 'x', body: 'y' } } } })).status).toBe(409);

    const translated = await admin('/sports-betting/translations/fr', {
      method: 'PUT',
      cookie: supervisor,
      body: { title: 'Paris sportifs', body: 'Les paris sportifs sur le football, le tennis et le basket ouvrent au printemps prochain.' },
    });
    expect(translated.status).toBe(200);
    expect(await topResult('paris sportifs sur le football', 'fr')).toBe('sports-betting');

    const patched = await admin('/sports-betting', { method: 'PATCH', cookie: supervisor, body: { topic: 'vip', translations: { fr: null } } });
    expect(patched.status).toBe(200);
    expect((await patched.json()).article).toMatchObject({ topic: 'vip', translations: { en: { title: 'Sports betting' } } });
    const view = await (await fetch(`${server.url}/api/sites/demo/faq/articles/sports-betting?locale=fr`)).json();
    expect(view).toMatchObject({ locale: 'en', topic: 'vip' });

    // The last translation stays: deleting it would leave an article nobody can read.
    expect((await admin('/sports-betting/translations/en', { method: 'DELETE', cookie: supervisor })).status).toBe(409);
    expect((await admin('/sports-betting/translations/ko', { method: 'DELETE', cookie: supervisor })).status).toBe(404);

    expect((await admin('/sports-betting', { method: 'DELETE', cookie: supervisor })).status).toBe(204);
    expect((await admin('/sports-betting', { cookie: supervisor })).status).toBe(404);
    expect(await topResult('do you have sports betting on football')).not.toBe('sports-betting');
  });

  it('keeps the edit in the store across a restart', async () => {
    await admin('/free-spins/translations/en', {
      method: 'PUT',
      cookie: supervisor,
      body: { title: 'How do free spins work?', body: 'Free spins are credited to the Starburst slot and expire after 3 days.' },
    });
    const stored = await server.store.faq.get('demo', 'free-spins');
    expect(stored?.translations.find((t) => t.locale === 'en')?.body).toContain('Starburst');
  });
});
