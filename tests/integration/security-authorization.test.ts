import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { hashPassword } from '../../server/core/passwords';
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function player(options: Parameters<typeof connectPlayer>[1] = {}) {
  const p = await connectPlayer(server.url, options);
  sockets.push(p.socket);
  return p;
}

async function agent(email: string, status?: 'online') {
  const a = await connectAgent(server.url, email, status ? { status } : {});
  sockets.push(a.socket);
  return a;
}

/** A player's chat assigned to Alice, with one message each way. */
async function aliceChat() {
  const alice = await agent('alice@luckystar.test', 'online');
  const victim = await player();
  const ack = await victim.say('my card ends 4242');
  await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
  await alice.reply(ack.conversationId, 'let me check');
  return { alice, victim, conversationId: ack.conversationId as string };
}

function getConversation(id: string, cookie?: string) {
  return fetch(`${server.url}/api/conversations/${id}`, { headers: cookie ? { cookie } : {} });
}

describe('players reach only their own conversation', () => {
  it('gives a forged or unknown session token a fresh, empty identity', async () => {
    server = await startTestServer();
    const { victim } = await aliceChat();
    for (const forged of ['forged-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', victim.welcome.session.slice(0, -2) + 'xx']) {
      const attacker = await player({ session: forged });
      expect(attacker.welcome.playerId).not.toBe(victim.welcome.playerId);
      expect(attacker.welcome.session).not.toBe(forged);
      expect(attacker.welcome.conversation).toBeNull();
      expect(attacker.welcome.messages).toEqual([]);
    }
    await expectStillServing(server.url);
  });

  it('ignores another player’s conversation id in the resume and in a message', async () => {
    server = await startTestServer();
    const { victim, conversationId } = await aliceChat();
    const attacker = await player({ conversationId, lastSeq: 0 });
    expect(attacker.welcome.conversation).toBeNull();
    expect(attacker.welcome.messages).toEqual([]);

    // Player frames carry no conversation id; one smuggled in is stripped, and the text lands in the attacker's own chat.
    const id = nanoid();
    attacker.socket.send({ type: 'send', id, text: 'injected', conversationId });
    const ack = await attacker.socket.type('ack', (f) => f.id === id);
    expect(ack.conversationId).not.toBe(conversationId);
    const victimMessages = await server.store.listMessages(conversationId, 0, 100);
    expect(victimMessages.map((m) => m.text)).toEqual(['my card ends 4242', 'let me check']);
    await sleep(100);
    expect(victim.socket.frames.filter((f) => f.type === 'message' && f.message.text === 'injected')).toEqual([]);
    await expectStillServing(server.url);
  });

  it('keeps the REST transcript behind an agent cookie; a player token is not one', async () => {
    server = await startTestServer();
    const { victim, conversationId } = await aliceChat();
    const anonymous = await getConversation(conversationId);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'unauthorized' });
    expect((await getConversation(conversationId, `pitboss_session=${victim.welcome.session}`)).status).toBe(401);
  });
});

describe('agents see their site and what their role allows', () => {
  it('hides site A’s conversations and events from a supervisor of site B', async () => {
    server = await startTestServer({ extraSites: [{ ...TEST_SITE, id: 'rival', name: 'Rival Casino', allowedOrigins: ['https://rival.example'] }] });
    await server.store.createAgent({
      id: 'rival_sup',
      siteId: 'rival',
      email: 'boss@rival.test',
      name: 'Rival Boss',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      role: 'supervisor',
      capacity: 4,
      skills: [],
      languages: ['en'],
      disabled: false,
      createdAt: Date.now(),
    });
    const rival = await agent('boss@rival.test', 'online');
    const { victim, conversationId } = await aliceChat();

    const res = await getConversation(conversationId, rival.cookie);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
    rival.socket.send({ type: 'open', conversationId, afterSeq: 0 });
    expect(await rival.socket.type('error')).toMatchObject({ code: 'not_found' });
    const id = nanoid();
    rival.socket.send({ type: 'send', id, conversationId, text: 'hijack' });
    expect(await rival.socket.type('error', (f) => f.ref === id)).toMatchObject({ code: 'not_found' });

    await victim.say('another one');
    await sleep(200);
    const leaked = rival.socket.frames.filter((f) => ['message', 'conversation', 'typing', 'read', 'breach', 'history'].includes(f.type));
    expect(leaked).toEqual([]);
    expect((await server.store.listMessages(conversationId, 0, 100)).map((m) => m.text)).not.toContain('hijack');
    await expectStillServing(server.url);
  });

  it('lets an agent read only the chats they hold, and a supervisor of the site read any', async () => {
    server = await startTestServer();
    const { conversationId } = await aliceChat();
    const bruno = await agent('bruno@luckystar.test');
    const forbidden = await getConversation(conversationId, bruno.cookie);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ code: 'forbidden' });
    bruno.socket.send({ type: 'open', conversationId, afterSeq: 0 });
    expect(await bruno.socket.type('error')).toMatchObject({ code: 'forbidden' });
    const id = nanoid();
    bruno.socket.send({ type: 'send', id, conversationId, text: 'not mine' });
    expect(await bruno.socket.type('error', (f) => f.ref === id)).toMatchObject({ code: 'forbidden' });

    const sara = await login(server.url, 'sara@luckystar.test');
    const allowed = await getConversation(conversationId, sara.cookie);
    expect(allowed.status).toBe(200);
    expect((await allowed.json()).messages.map((m: { text: string }) => m.text)).toEqual(['my card ends 4242', 'let me check']);
  });
});

describe('browser-facing HTTP', () => {
  it('grants no CORS on /api to a foreign origin, while the widget assets stay loadable anywhere', async () => {
    server = await startTestServer();
    const { cookie } = await login(server.url, 'alice@luckystar.test');
    const me = await fetch(`${server.url}/api/me`, { headers: { origin: 'https://evil.example', cookie } });
    expect(me.headers.get('access-control-allow-origin')).toBeNull();
    expect(me.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${server.url}/api/login`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-pitboss-csrf' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    const widget = await fetch(`${server.url}/widget.js`, { headers: { origin: 'https://casino.example' } });
    expect(widget.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses cookie-authenticated writes without the CSRF header', async () => {
    server = await startTestServer();
    const noHeader = await fetch(`${server.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'alice@luckystar.test', password: DEMO_PASSWORD }),
    });
    expect(noHeader.status).toBe(403);
    expect(noHeader.headers.get('set-cookie')).toBeNull();
    const { cookie } = await login(server.url, 'alice@luckystar.test');
    expect((await fetch(`${server.url}/api/logout`, { method: 'POST', headers: { cookie } })).status).toBe(403);
    expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(200);
  });

  it('sends the session cookie HttpOnly and SameSite=Strict', async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pitboss-csrf': '1' },
      body: JSON.stringify({ email: 'alice@luckystar.test', password: DEMO_PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pitboss_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
  });

  it('puts the security headers on every kind of page', async () => {
    server = await startTestServer();
    const { cookie } = await login(server.url, 'alice@luckystar.test');
    const pages: [string, RequestInit?][] = [['/'], ['/agent/'], ['/api/me', { headers: { cookie } }], ['/api/me'], ['/widget.js'], ['/api/nowhere'], ['/healthz']];
    for (const [path, init] of pages) {
      const res = await fetch(`${server.url}${path}`, init);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });
});

describe('the agent socket trusts the cookie, not the frames', () => {
  it('ignores an agent id or role sent in frames', async () => {
    server = await startTestServer();
    const { conversationId } = await aliceChat();
    const { cookie } = await login(server.url, 'bruno@luckystar.test');
    const socket = await TestSocket.open(wsUrl(server.url, '/v1/agent'), { origin: server.url, cookie });
    sockets.push(socket);
    socket.send({ type: 'hello', v: PROTOCOL_VERSION, agentId: 'a_alice', role: 'admin' });
    expect((await socket.type('welcome')).agent).toMatchObject({ id: 'a_bruno', role: 'agent' });
    socket.send({ type: 'open', conversationId, afterSeq: 0, agentId: 'a_alice' });
    expect(await socket.type('error')).toMatchObject({ code: 'forbidden' });
    await expectStillServing(server.url);
  });
});
