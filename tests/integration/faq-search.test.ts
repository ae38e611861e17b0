import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
beforeEach(async () => {
  // A fresh server per test: each starts with full rate-limit buckets.
  server = await startTestServer();
});
afterEach(async () => {
  await server.stop();
});

const search = (q: string | null, init: { locale?: string; site?: string; headers?: Record<string, string> } = {}) => {
  const params = new URLSearchParams();
  if (q !== null) params.set('q', q);
  if (init.locale) params.set('locale', init.locale);
  return fetch(`${server.url}/api/sites/${init.site ?? 'demo'}/faq/search?${params}`, { headers: init.headers });
};

describe('GET /api/sites/:siteId/faq/search', () => {
  it('answers a typical question confidently, in the shape the widget reads', async () => {
    const res = await search('how long does a withdrawal take?', { locale: 'en' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['confident', 'results']);
    expect(body.confident).toBe(true);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(Object.keys(body.results[0]).sort()).toEqual(['id', 'score', 'title', 'topic']);
    expect(body.results[0]).toMatchObject({ id: 'withdrawal-times', topic: 'withdrawal', title: 'How long do withdrawals take?' });
  });

  it('answers in Arabic and Chinese from the articles in those locales', async () => {
    const ar = await (await search('نسيت كلمة السر', { locale: 'ar' })).json();
    expect(ar.confident).toBe(true);
    expect(ar.results[0]).toMatchObject({ id: 'password-reset', title: 'كيف أعيد تعيين كلمة المرور؟' });
    const zh = await (await search('账号被锁了', { locale: 'zh-CN' })).json();
    expect(zh.confident).toBe(true);
    expect(zh.results[0]).toMatchObject({ id: 'account-locked', title: '为什么我的账户被锁定或冻结了？' });
  });

  it('is not confident for a greeting or a request for a person', async () => {
    expect(await (await search('hello', { locale: 'en' })).json()).toEqual({ results: [], confident: false });
    expect((await (await search('je veux parler à un conseiller', { locale: 'fr' })).json()).confident).toBe(false);
  });

  it('refuses an unknown site, a missing or empty q, a q over 500 characters and a bad locale', async () => {
    const unknown = await search('bonus', { site: 'nope' });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe('not_found');
    for (const q of [null, '', '   ']) {
      const res = await search(q);
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('bad_frame');
    }
    expect((await search('a'.repeat(500))).status).toBe(200);
    const long = await search('a'.repeat(501));
    expect(long.status).toBe(413);
    expect((await long.json()).code).toBe('too_large');
    expect((await search('bonus', { locale: 'not a locale!' })).status).toBe(400);
  });

  it("lets the site's own origins read it cross-origin, and no one else", async () => {
    const casino = await search('bonus', { headers: { origin: 'https://casino.example' } });
    expect(casino.status).toBe(200);
    expect(casino.headers.get('access-control-allow-origin')).toBe('https://casino.example');
    expect(casino.headers.get('access-control-allow-credentials')).toBeNull();
    expect(casino.headers.get('vary')).toMatch(/Origin/);

    const self = await search('bonus', { headers: { origin: server.url } });
    expect(self.headers.get('access-control-allow-origin')).toBe(server.url);

    const evil = await search('bonus', { headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect((await evil.json()).code).toBe('forbidden');

    // Same-origin reads carry no Origin header.
    const same = await search('bonus');
    expect(same.status).toBe(200);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await fetch(`${server.url}/api/sites/demo/faq/search?q=x`, {
      method: 'OPTIONS',
      headers: { origin: 'https://casino.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://casino.example');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET');
  });

  it('limits each client address to a burst of searches, then says when to retry', async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 30; i++) {
      const res = await search(`bonus ${i}`);
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
      else await res.body?.cancel();
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(8);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited!.json()).code).toBe('rate_limited');
  });
});

describe('GET /api/sites/:siteId/faq/articles/:id', () => {
  it('gives the article in the asked locale, or in English when it has no text there', async () => {
    const ar = await (await fetch(`${server.url}/api/sites/demo/faq/articles/kyc-documents?locale=ar`)).json();
    expect(ar).toMatchObject({ id: 'kyc-documents', topic: 'kyc', locale: 'ar', title: 'ما المستندات المطلوبة لتوثيق الحساب (KYC)؟' });
    expect(ar.body).toContain('جواز سفر');
    const it_ = await (await fetch(`${server.url}/api/sites/demo/faq/articles/kyc-documents?locale=it`)).json();
    expect(it_).toMatchObject({ locale: 'en', title: 'Which documents do I need to verify my account (KYC)?' });
    const missing = await fetch(`${server.url}/api/sites/demo/faq/articles/nope?locale=en`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).code).toBe('not_found');
  });
});
