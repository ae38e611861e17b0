import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../protocol';
import { login } from '../support/clients';
import { expectStillServing } from '../support/serving';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Property-based fuzzing of every route that parses a body, through a real
 * HTTP server: whatever the body, content type or JSON shape, the relay
 * answers below 500, and every refusal is a typed `{code, message}` JSON
 * error. Ids in the paths are real (made before the run), so the bodies reach
 * the parsers rather than stopping at `not_found`.
 */
let server: TestServer;
let admin: string;
const paths = { canned: '', webhook: '', article: '' };
beforeAll(async () => {
  server = await startTestServer();
  admin = (await login(server.url, 'max@luckystar.test')).cookie;
  const send = (method: string, path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method, headers: { cookie: admin, 'content-type': 'application/json', 'x-pitboss-csrf': '1' }, body: JSON.stringify(body) }).then((r) => r.json());
  paths.canned = (await send('POST', '/api/canned', { shortcut: 'fuzz', title: 'Fuzz', texts: { en: 'Hello' } })).reply?.id ?? 'missing';
  paths.webhook = (await send('POST', '/api/webhooks', { url: 'https://hooks.example/fuzz', events: ['conversation.created'] })).webhook?.id ?? 'missing';
  const articles = await (await fetch(`${server.url}/api/admin/sites/demo/faq/articles`, { headers: { cookie: admin } })).json();
  paths.article = articles.articles?.[0]?.id ?? 'missing';
});
afterAll(async () => {
  await server?.stop();
});

/**
 * Routes with a body parser, as [method, path, runs]. The admin's own account and session are kept out of reach;
 * an article edit rebuilds the FAQ index, so it gets fewer runs.
 */
function routes(): [string, string, number?][] {
  const faq = '/api/admin/sites/demo/faq/articles';
  return [
    ['POST', '/api/login'],
    ['POST', '/api/admin/agents'],
    ['PATCH', '/api/admin/agents/a_bruno'],
    ['POST', '/api/canned'],
    ['PUT', `/api/canned/${paths.canned}`],
    ['POST', '/api/webhooks'],
    ['PATCH', `/api/webhooks/${paths.webhook}`],
    ['POST', faq],
    ['PATCH', `${faq}/${paths.article}`, 12],
    ['PUT', `${faq}/${paths.article}/translations/de`],
    ['PUT', '/api/shifts'],
    ['POST', '/api/agents/a_bruno/disable'],
    ['POST', '/api/agents/a_bruno/enable'],
    ['PATCH', '/api/admin/site'],
    ['POST', '/api/admin/site/identity-secret'],
    ['POST', '/api/attachments'],
  ];
}

/** Keys the parsers look for, so shapes get near the valid ones and down into nested schemas. */
const KEYS = ['email', 'password', 'name', 'role', 'skills', 'languages', 'capacity', 'seniority', 'disabled', 'shortcut', 'title', 'texts', 'url', 'events', 'active', 'body', 'locale', 'topic', 'translations', 'shifts', 'start', 'end', 'agentId', 'graceMs', 'allowedOrigins', 'sla', '__proto__', 'constructor'];
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom('en', 'de', 'xx', '__proto__', ''), fc.oneof(fc.string(), fc.integer())),
  fc.constantFrom('<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', 'javascript:alert(1)', '\u202Egnp.exe', 'x'.repeat(5000), -1, 1e308, Number.MAX_SAFE_INTEGER + 2),
);
const body = fc.oneof(
  { arbitrary: fc.dictionary(fc.constantFrom(...KEYS), value).map((o) => ({ raw: JSON.stringify(o), type: 'application/json' })), weight: 4 },
  { arbitrary: fc.json().map((raw) => ({ raw, type: 'application/json' })), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((raw) => ({ raw, type: 'application/json' })), weight: 2 },
  { arbitrary: fc.string({ maxLength: 200 }).map((raw) => ({ raw, type: 'text/plain' })), weight: 1 },
  { arbitrary: fc.constantFrom('[' .repeat(3000), '{"a":'.repeat(2000), '{"email":"a@b.c","password":"' + 'x'.repeat(40_000) + '"}').map((raw) => ({ raw, type: 'application/json' })), weight: 1 },
);

const typedCodes = ERROR_CODES.filter((c) => c !== 'internal');

describe('REST bodies, fuzzed through a real server', () => {
  it('answers every body of every route below 500, refusals as typed {code, message} JSON', async () => {
    const answered = new Map<string, Set<number>>();
    for (const [method, path, runs = 30] of routes()) {
      await fc.assert(
        fc.asyncProperty(body, async ({ raw, type }) => {
          const res = await fetch(`${server.url}${path}`, {
            method,
            headers: { cookie: admin, 'content-type': type, 'x-pitboss-csrf': '1', authorization: 'Bearer fuzz' },
            body: raw,
          });
          const text = await res.text();
          (answered.get(path) ?? answered.set(path, new Set()).get(path)!).add(res.status);
          expect(res.status, `${method} ${path} ${raw.slice(0, 80)} → ${text.slice(0, 200)}`).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.headers.get('content-type')).toMatch(/^application\/json/);
            const error = JSON.parse(text);
            expect(typedCodes).toContain(error.code);
            expect(typeof error.message).toBe('string');
            expect(error.message.length).toBeGreaterThan(0);
          }
        }),
        // A fixed seed keeps CI repeatable; FUZZ_SEED explores further.
        { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261125) },
      );
    }
    // Each route was reached past authentication: some answer other than 401/403/404 came back.
    for (const [method, path] of routes()) {
      const statuses = [...(answered.get(path) ?? [])];
      expect(statuses.some((s) => s !== 401 && s !== 403 && s !== 404), `${method} ${path}: ${statuses}`).toBe(true);
    }
    await expectStillServing(server.url);
  });
});
