import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { hashToken } from '../../server/core/ids';
import { hashPassword } from '../../server/core/passwords';
import { createLogger } from '../../server/logger';
import { DEMO_PASSWORD } from '../../server/seed';
import { connectAgent, connectPlayer, login, wsUrl } from '../support/clients';
import { expectStillServing } from '../support/serving';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';

let server: TestServer;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await server.stop();
});

const HOUR = 60 * 60_000;
const csrf = { 'x-pitboss-csrf': '1' };

/** A clock the test can move forward; everything else about the server is real. */
function movableClock() {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms: number) => void (offset += ms) };
}

async function tracked(email: string) {
  const agent = await connectAgent(server.url, email);
  sockets.push(agent.socket);
  return agent;
}

async function attempt(email: string, password: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...csrf, ...headers },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

function post(path: string, cookie: string, headers: Record<string, string> = csrf) {
  return fetch(`${server.url}${path}`, { method: 'POST', headers: { cookie, ...headers } });
}

async function addAgent(id: string, siteId: string, role: 'agent' | 'supervisor' | 'admin') {
  const email = `${id}@${siteId}.test`;
  await server.store.createAgent({
    id,
    siteId,
    email,
    name: id,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role,
    capacity: 2,
    skills: [],
    languages: ['en'],
    disabled: false,
    createdAt: Date.now(),
  });
  return email;
}

describe('sign-in lockout', () => {
  it('locks an email after five failures for fifteen minutes, even for the right password, and says so with 429', async () => {
    const clock = movableClock();
    server = await startTestServer({ clock });
    for (let i = 1; i <= 4; i += 1) expect((await attempt('alice@luckystar.test', `wrong-${i}`)).status).toBe(401);
    const fifth = await attempt('alice@luckystar.test', 'wrong-5');
    expect(fifth).toMatchObject({ status: 429, retryAfter: '900', body: { code: 'rate_limited', message: 'Too many failed sign-ins. Try again in 15 minutes.' } });
    expect((await attempt('alice@luckystar.test', DEMO_PASSWORD)).status).toBe(429);
    // Another agent at the same address is not locked out with her.
    expect((await attempt('bruno@luckystar.test', DEMO_PASSWORD)).status).toBe(200);

    clock.advance(15 * 60_000);
    expect((await attempt('alice@luckystar.test', DEMO_PASSWORD)).status).toBe(200);
    await expectStillServing(server.url);
  });

  it('forgets an email’s failures after a success', async () => {
    server = await startTestServer();
    for (let i = 0; i < 4; i += 1) expect((await attempt('alice@luckystar.test', 'wrong')).status).toBe(401);
    expect((await attempt('alice@luckystar.test', DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await attempt('alice@luckystar.test', 'wrong')).status).toBe(401);
  });

  it('locks an address that guesses across many emails; a spoofed X-Forwarded-For does not reset it', async () => {
    server = await startTestServer({ limits: { login: { maxFailuresPerAddress: 3 } } });
    expect((await attempt('nobody-1@luckystar.test', 'x', { 'x-forwarded-for': '203.0.113.1' })).status).toBe(401);
    expect((await attempt('nobody-2@luckystar.test', 'x', { 'x-forwarded-for': '203.0.113.2' })).status).toBe(401);
    expect((await attempt('nobody-3@luckystar.test', 'x', { 'x-forwarded-for': '203.0.113.3' })).status).toBe(429);
    expect((await attempt('sara@luckystar.test', DEMO_PASSWORD, { 'x-forwarded-for': '203.0.113.4' })).status).toBe(429);
    await expectStillServing(server.url);
  });

  it('locks only the forwarded client when the peer is a trusted proxy', async () => {
    server = await startTestServer({ limits: { login: { maxFailuresPerAddress: 2 } }, trustedProxies: ['127.0.0.1', '::1'] });
    expect((await attempt('nobody-1@luckystar.test', 'x', { 'x-forwarded-for': '203.0.113.1' })).status).toBe(401);
    expect((await attempt('nobody-2@luckystar.test', 'x', { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    expect((await attempt('sara@luckystar.test', DEMO_PASSWORD, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    expect((await attempt('sara@luckystar.test', DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(200);
  });
});

describe('tokens stay out of URLs and logs', () => {
  it('accepts a session only from the cookie, never from the query string', async () => {
    server = await startTestServer();
    const { cookie, body } = await login(server.url, 'alice@luckystar.test');
    const token = cookie.split('=')[1]!;
    expect(JSON.stringify(body)).not.toContain(token);
    for (const name of ['pitboss_session', 'session', 'token']) {
      expect((await fetch(`${server.url}/api/me?${name}=${token}`)).status).toBe(401);
      const refused = await TestSocket.open(wsUrl(server.url, `/v1/agent?${name}=${token}`), { origin: server.url }).then(
        () => 'opened',
        (error: Error) => error.message,
      );
      expect(refused).toBe('upgrade refused: 401');
    }
    expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(200);
    await expectStillServing(server.url);
  });

  it('logs sign-ins, failures and session ends without any token or password', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({ log: createLogger('trace', sink), limits: { agentSessionCheckMs: 50 } });
    await attempt('alice@luckystar.test', 'hunter2-not-it');
    const alice = await tracked('alice@luckystar.test');
    const player = await connectPlayer(server.url);
    sockets.push(player.socket);
    await player.say('hello');
    await post('/api/logout', alice.cookie);
    await alice.socket.waitClosed();

    const log = lines.join('');
    expect(log).toContain('agent signed in');
    expect(log).toContain('sign-in failed');
    const secrets = [alice.cookie.split('=')[1]!, player.welcome.session, DEMO_PASSWORD, 'hunter2-not-it'];
    for (const secret of secrets) expect(log).not.toContain(secret);
  });
});

describe('agent sockets end with their session', () => {
  it('closes a disabled agent’s sockets at once and refuses her cookie and her password', async () => {
    server = await startTestServer();
    const alice = await tracked('alice@luckystar.test');
    const aliceTab2 = await tracked('alice@luckystar.test');
    const bruno = await tracked('bruno@luckystar.test');
    const sara = await login(server.url, 'sara@luckystar.test');

    expect((await post('/api/agents/a_alice/disable', sara.cookie, {})).status).toBe(403);
    expect((await post('/api/agents/a_alice/disable', bruno.cookie)).status).toBe(403);
    expect(alice.socket.closed).toBeNull();

    expect((await post('/api/agents/a_alice/disable', sara.cookie)).status).toBe(204);
    expect(await alice.socket.waitClosed(1000)).toEqual({ code: 4001, reason: 'agent disabled' });
    expect(await aliceTab2.socket.waitClosed(1000)).toEqual({ code: 4001, reason: 'agent disabled' });
    expect(bruno.socket.closed).toBeNull();
    expect((await fetch(`${server.url}/api/me`, { headers: { cookie: alice.cookie } })).status).toBe(401);
    expect((await attempt('alice@luckystar.test', DEMO_PASSWORD)).status).toBe(401);
    const reopened = await TestSocket.open(wsUrl(server.url, '/v1/agent'), { origin: server.url, cookie: alice.cookie }).then(
      () => 'opened',
      (error: Error) => error.message,
    );
    expect(reopened).toBe('upgrade refused: 401');

    expect((await post('/api/agents/a_alice/enable', sara.cookie)).status).toBe(204);
    expect((await attempt('alice@luckystar.test', DEMO_PASSWORD)).status).toBe(200);
  });

  it('lets supervisors manage only agents of their own site, and admins supervisors', async () => {
    server = await startTestServer({ extraSites: [{ ...TEST_SITE, id: 'rival', name: 'Rival Casino', allowedOrigins: ['https://rival.example'] }] });
    await addAgent('rival_agent', 'rival', 'agent');
    const adminEmail = await addAgent('demo_admin', 'demo', 'admin');
    const sara = await login(server.url, 'sara@luckystar.test');
    expect((await post('/api/agents/rival_agent/disable', sara.cookie)).status).toBe(404);
    expect((await post('/api/agents/demo_admin/disable', sara.cookie)).status).toBe(403);
    expect((await post('/api/agents/a_sara/disable', sara.cookie)).status).toBe(409);
    const admin = await login(server.url, adminEmail);
    expect((await post('/api/agents/a_sara/disable', admin.cookie)).status).toBe(204);
    expect((await post('/api/agents/rival_agent/disable', admin.cookie)).status).toBe(404);
    expect((await server.store.getAgent('rival_agent'))?.disabled).toBe(false);
  });

  it('closes the sockets of a session that expires, within the check interval', async () => {
    const clock = movableClock();
    server = await startTestServer({ clock, limits: { agentSessionCheckMs: 50 } });
    const alice = await tracked('alice@luckystar.test');
    clock.advance(12 * HOUR - 60_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(alice.socket.closed).toBeNull();
    clock.advance(60_000);
    expect(await alice.socket.waitClosed(1000)).toEqual({ code: 4001, reason: 'session expired' });
    await expectStillServing(server.url);
  });

  it('handles no frame after the session expired, even before the periodic check', async () => {
    const clock = movableClock();
    server = await startTestServer({ clock, limits: { agentSessionCheckMs: 60_000 } });
    const alice = await tracked('alice@luckystar.test');
    clock.advance(12 * HOUR);
    alice.socket.send({ type: 'status', status: 'online' });
    expect(await alice.socket.waitClosed(1000)).toEqual({ code: 4001, reason: 'session expired' });
    expect(alice.socket.frames.filter((f) => f.type === 'agent')).toEqual([]);
    await expectStillServing(server.url);
  });

  it('closes a session’s sockets when another node disables the agent or signs the session out', async () => {
    server = await startTestServer({ limits: { agentSessionCheckMs: 50 } });
    const alice = await tracked('alice@luckystar.test');
    const bruno = await tracked('bruno@luckystar.test');
    // What another relay node does through the shared store:
    await server.store.setAgentDisabled('a_alice', true);
    expect(await alice.socket.waitClosed(1000)).toEqual({ code: 4001, reason: 'session ended' });
    await server.store.deleteAgentSession(hashToken(decodeURIComponent(bruno.cookie.split('=')[1]!)));
    expect(await bruno.socket.waitClosed(1000)).toEqual({ code: 4001, reason: 'session ended' });
  });

  it('signs out only the sockets of the session that logged out', async () => {
    server = await startTestServer();
    const laptop = await tracked('alice@luckystar.test');
    const secondTab = await TestSocket.open(wsUrl(server.url, '/v1/agent'), { origin: server.url, cookie: laptop.cookie });
    sockets.push(secondTab);
    secondTab.send({ type: 'hello', v: PROTOCOL_VERSION });
    await secondTab.type('welcome');
    const phone = await tracked('alice@luckystar.test');

    expect((await post('/api/logout', laptop.cookie)).status).toBe(204);
    expect(await laptop.socket.waitClosed(1000)).toEqual({ code: 4009, reason: 'signed out' });
    expect(await secondTab.waitClosed(1000)).toEqual({ code: 4009, reason: 'signed out' });
    expect(phone.socket.closed).toBeNull();
    expect((await fetch(`${server.url}/api/me`, { headers: { cookie: laptop.cookie } })).status).toBe(401);
  });
});
