import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../protocol';
import { startServer, type RunningServer } from '../../server/app';
import { LocalBus } from '../../server/bus/local';
import { SiteDirectory } from '../../server/config/sites';
import { FakeClock } from '../../server/core/clock';
import { signIdentity } from '../../server/core/identity';
import { createLogger } from '../../server/logger';
import { connectPlayer, login, wsUrl } from '../support/clients';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';

let server: TestServer;
let second: RunningServer | null = null;
afterEach(async () => {
  await second?.close();
  second = null;
  await server?.stop();
});

const write = (base: string, method: string, path: string, cookie: string, body?: unknown) =>
  fetch(`${base}${path}`, { method, headers: { cookie, 'content-type': 'application/json', 'x-pitboss-csrf': '1' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const read = (base: string, path: string, cookie: string) => fetch(`${base}${path}`, { headers: { cookie } });

/** Opens the player socket from `origin` and says hello; 'welcome' or why it was refused. */
async function playerFrom(base: string, origin: string, extra: Record<string, unknown> = {}): Promise<string> {
  let socket: TestSocket;
  try {
    socket = await TestSocket.open(wsUrl(base, '/v1/player'), { origin });
  } catch (error) {
    return (error as Error).message;
  }
  socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0, conversationId: null, ...extra });
  const frame = await socket.next((f) => f.type === 'welcome' || f.type === 'error');
  socket.close();
  return frame.type === 'error' ? `error: ${frame.code}` : frame.type;
}

/** The FAQ search's CORS answer for a page at `origin`. */
async function faqCors(base: string, origin: string): Promise<string | number> {
  const res = await fetch(`${base}/api/sites/demo/faq/search?q=withdrawal&locale=en`, { headers: { origin } });
  return res.status === 200 ? (res.headers.get('access-control-allow-origin') ?? 'no header') : res.status;
}

describe('site settings admin', () => {
  it('is for admins only: supervisors and agents get 403, strangers 401', async () => {
    server = await startTestServer();
    const sara = await login(server.url, 'sara@luckystar.test');
    const alice = await login(server.url, 'alice@luckystar.test');
    for (const who of [sara, alice]) {
      expect((await read(server.url, '/api/admin/site', who.cookie)).status).toBe(403);
      expect((await write(server.url, 'PATCH', '/api/admin/site', who.cookie, { allowedOrigins: ['https://evil.example'] })).status).toBe(403);
      expect((await write(server.url, 'POST', '/api/admin/site/identity-secret', who.cookie, {})).status).toBe(403);
    }
    expect((await read(server.url, '/api/admin/site', '')).status).toBe(401);
    // Nothing changed: the refused origin is still refused.
    expect(await playerFrom(server.url, 'https://evil.example')).toBe('upgrade refused: 403');
  });

  it('refuses bad settings with a typed error that names the field, and changes nothing', async () => {
    server = await startTestServer();
    const max = await login(server.url, 'max@luckystar.test');
    const cases: [unknown, RegExp][] = [
      [{ allowedOrigins: ['https://casino.example/lobby'] }, /allowedOrigins\.0: An origin is "self" or a scheme and host/],
      [{ allowedOrigins: [] }, /allowedOrigins: Give at least one origin/],
      [{ sla: { firstResponseMs: 500 } }, /sla\.firstResponseMs: The first-response target is at least 10 s/],
      [{ routing: { offerTimeoutMs: 'soon' } }, /routing\.offerTimeoutMs/],
      [{ crm: { url: 'https://crm.example' } }, /crm\.secret: A new CRM needs its secret/],
      [{ identitySecret: 'let-me-pick-the-secret-0123' }, /Unknown setting/],
    ];
    for (const [body, message] of cases) {
      const res = await write(server.url, 'PATCH', '/api/admin/site', max.cookie, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'bad_frame', message: expect.stringMatching(message) });
    }
    const settings = await (await read(server.url, '/api/admin/site', max.cookie)).json();
    expect(settings).toMatchObject({ allowedOrigins: ['self', 'https://casino.example'], sla: { firstResponseMs: 300_000 }, updatedAt: null });
  });

  it('applies new origins at once to the socket upgrade and to CORS: the added origin gets in, the removed one is refused', async () => {
    server = await startTestServer();
    const max = await login(server.url, 'max@luckystar.test');
    expect(await playerFrom(server.url, 'https://casino.example')).toBe('welcome');
    expect(await playerFrom(server.url, 'https://new-casino.example')).toBe('upgrade refused: 403');
    expect(await faqCors(server.url, 'https://new-casino.example')).toBe(403);

    const res = await write(server.url, 'PATCH', '/api/admin/site', max.cookie, { allowedOrigins: ['self', 'https://new-casino.example'] });
    expect(res.status).toBe(200);
    expect((await res.json()).allowedOrigins).toEqual(['self', 'https://new-casino.example']);

    expect(await playerFrom(server.url, 'https://new-casino.example')).toBe('welcome');
    expect(await playerFrom(server.url, 'https://casino.example')).toBe('upgrade refused: 403');
    expect(await faqCors(server.url, 'https://new-casino.example')).toBe('https://new-casino.example');
    expect(await faqCors(server.url, 'https://casino.example')).toBe(403);
  });

  it('closes a player socket already open from an origin an admin removes, on every node; one from a kept origin stays', async () => {
    const bus = new LocalBus();
    server = await startTestServer({ bus });
    second = await startServer({ port: 0, host: '127.0.0.1', store: server.store, bus, sites: new SiteDirectory([TEST_SITE]), distDir: resolve('dist'), log: createLogger('silent'), secureCookies: false });
    const max = await login(server.url, 'max@luckystar.test');
    const removedHere = await connectPlayer(server.url, { origin: 'https://casino.example' });
    const removedThere = await connectPlayer(second.url, { origin: 'https://casino.example' });
    const kept = await connectPlayer(server.url);
    await removedHere.say('Still there?');

    expect((await write(server.url, 'PATCH', '/api/admin/site', max.cookie, { allowedOrigins: ['self'] })).status).toBe(200);
    for (const player of [removedHere, removedThere]) {
      expect(await player.socket.type('error')).toMatchObject({ code: 'forbidden' });
      expect(await player.socket.waitClosed()).toMatchObject({ code: CLOSE_CODES.forbidden });
    }
    expect(await kept.say('The page on the relay itself is still allowed')).toMatchObject({ seq: 1 });
    expect(kept.socket.closed).toBeNull();
  });

  it('reaches every node through the store and the bus, and survives a restart', async () => {
    const bus = new LocalBus();
    server = await startTestServer({ bus });
    // A second node on the same store and bus, with its own copy of the sites file.
    second = await startServer({ port: 0, host: '127.0.0.1', store: server.store, bus, sites: new SiteDirectory([TEST_SITE]), distDir: resolve('dist'), log: createLogger('silent'), secureCookies: false });
    const max = await login(server.url, 'max@luckystar.test');
    expect(await playerFrom(second.url, 'https://other.example')).toBe('upgrade refused: 403');
    expect((await write(server.url, 'PATCH', '/api/admin/site', max.cookie, { allowedOrigins: ['https://other.example'] })).status).toBe(200);
    await expect.poll(() => playerFrom(second!.url, 'https://other.example')).toBe('welcome');
    expect(await playerFrom(second.url, 'https://casino.example')).toBe('upgrade refused: 403');

    // A node started later reads the stored change over its sites file.
    await second.close();
    second = await startServer({ port: 0, host: '127.0.0.1', store: server.store, sites: new SiteDirectory([TEST_SITE]), distDir: resolve('dist'), log: createLogger('silent'), secureCookies: false });
    expect(await playerFrom(second.url, 'https://other.example')).toBe('welcome');
  });

  it('times SLA breaches with the new targets at once', async () => {
    const clock = new FakeClock(Date.now());
    server = await startTestServer({ clock });
    const max = await login(server.url, 'max@luckystar.test');
    const player = await connectPlayer(server.url);
    const { conversationId } = await player.say('My withdrawal is stuck');
    clock.advance(30_000);
    await server.relay.tick(clock.now());
    expect((await server.store.getConversation(conversationId))?.breaches).toEqual([]);
    // With a 20 s target, the 30 s this chat has waited is a breach on the next tick.
    expect((await write(server.url, 'PATCH', '/api/admin/site', max.cookie, { sla: { firstResponseMs: 20_000 } })).status).toBe(200);
    await server.relay.tick(clock.now());
    expect((await server.store.getConversation(conversationId))?.breaches).toEqual(['first_response']);
    const settings = await (await read(server.url, '/api/admin/site', max.cookie)).json();
    expect(settings.sla).toEqual({ firstResponseMs: 20_000, resolutionMs: 900_000, escalationMs: 3_600_000 });
  });

  it('keeps secrets write-only: the CRM secret is never returned', async () => {
    server = await startTestServer();
    const max = await login(server.url, 'max@luckystar.test');
    const crmSecret = 'crm-secret-that-must-not-leak-42';
    const res = await write(server.url, 'PATCH', '/api/admin/site', max.cookie, { crm: { url: 'https://crm.example/api', secret: crmSecret, timeoutMs: 800 } });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).not.toContain(crmSecret);
    expect(JSON.parse(body).crm).toEqual({ url: 'https://crm.example/api', timeoutMs: 800, secretSet: true });
    // A later edit without the secret keeps the stored one.
    expect((await write(server.url, 'PATCH', '/api/admin/site', max.cookie, { crm: { timeoutMs: 2000 } })).status).toBe(200);
    const got = await (await read(server.url, '/api/admin/site', max.cookie)).text();
    expect(got).not.toContain(crmSecret);
    expect(got).not.toContain(TEST_SITE.identitySecret);
    expect(JSON.parse(got).crm).toEqual({ url: 'https://crm.example/api', timeoutMs: 2000, secretSet: true });
  });
});

describe('identity secret rotation', () => {
  it('shows the new secret once; the old one verifies during the grace period and stops after it', async () => {
    const clock = new FakeClock(Date.now());
    server = await startTestServer({ clock, site: { requireVerifiedPlayers: true } });
    const max = await login(server.url, 'max@luckystar.test');
    const oldSecret = TEST_SITE.identitySecret;
    const signed = (secret: string, playerId: string) => {
      const issuedAt = clock.now();
      return { identity: { playerId, issuedAt, signature: signIdentity(secret, playerId, issuedAt) } };
    };
    expect(await playerFrom(server.url, server.url, signed(oldSecret, 'casino-1'))).toBe('welcome');

    const res = await write(server.url, 'POST', '/api/admin/site/identity-secret', max.cookie, { graceMs: 10 * 60_000 });
    expect(res.status).toBe(200);
    const rotated = await res.json();
    expect(rotated.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(rotated.previousValidUntil).toBe(clock.now() + 10 * 60_000);
    expect(rotated.settings.identity).toMatchObject({ rotatedAt: clock.now(), previousValidUntil: clock.now() + 10 * 60_000 });
    const settings = await (await read(server.url, '/api/admin/site', max.cookie)).text();
    expect(settings).not.toContain(rotated.secret);
    expect(settings).not.toContain(oldSecret);

    // Within the grace period: pages signed with either secret get in; a forged one does not.
    clock.advance(9 * 60_000);
    expect(await playerFrom(server.url, server.url, signed(rotated.secret, 'casino-2'))).toBe('welcome');
    expect(await playerFrom(server.url, server.url, signed(oldSecret, 'casino-1'))).toBe('welcome');
    expect(await playerFrom(server.url, server.url, signed('not-the-secret-0123456789', 'casino-1'))).toBe('error: unauthorized');

    // After it: only the new secret.
    clock.advance(2 * 60_000);
    expect(await playerFrom(server.url, server.url, signed(oldSecret, 'casino-1'))).toBe('error: unauthorized');
    expect(await playerFrom(server.url, server.url, signed(rotated.secret, 'casino-1'))).toBe('welcome');
    expect((await (await read(server.url, '/api/admin/site', max.cookie)).json()).identity.previousValidUntil).toBeNull();

    // The audit log says who rotated it, and never what it became.
    await expect
      .poll(async () => (await (await read(server.url, '/api/audit?action=site.secret-rotate', max.cookie)).json()).entries)
      .toEqual([expect.objectContaining({ agentId: 'a_max', action: 'site.secret-rotate', objectType: 'site', objectId: 'demo' })]);
    expect(await (await read(server.url, '/api/audit', max.cookie)).text()).not.toContain(rotated.secret);
  });

  it('with no grace period, stops the old secret at once; a second rotation keeps the first one’s grace', async () => {
    const clock = new FakeClock(Date.now());
    server = await startTestServer({ clock, site: { requireVerifiedPlayers: true } });
    const max = await login(server.url, 'max@luckystar.test');
    const signed = (secret: string) => ({ identity: { playerId: 'casino-9', issuedAt: clock.now(), signature: signIdentity(secret, 'casino-9', clock.now()) } });
    const first = await (await write(server.url, 'POST', '/api/admin/site/identity-secret', max.cookie, { graceMs: 60_000 })).json();
    const second = await (await write(server.url, 'POST', '/api/admin/site/identity-secret', max.cookie, { graceMs: 0 })).json();
    expect(await playerFrom(server.url, server.url, signed(second.secret))).toBe('welcome');
    expect(await playerFrom(server.url, server.url, signed(first.secret))).toBe('error: unauthorized');
    // The file's secret was rotated away first with a minute's grace, which still runs.
    expect(await playerFrom(server.url, server.url, signed(TEST_SITE.identitySecret))).toBe('welcome');
    expect((await write(server.url, 'POST', '/api/admin/site/identity-secret', max.cookie, { graceMs: 8 * 86_400_000 })).status).toBe(400);
  });
});
