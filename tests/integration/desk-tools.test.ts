import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { signIdentity } from '../../server/core/identity';
import { connectAgent, connectPlayer, wsUrl } from '../support/clients';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';

let server: TestServer;
afterEach(async () => {
  await server?.stop();
});

async function assignedChat(text = 'My deposit of 50 EUR is missing') {
  const player = await connectPlayer(server.url);
  const ack = await player.say(text);
  const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
  await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
  return { player, alice, conversationId: ack.conversationId as string };
}

const get = (path: string, cookie: string) => fetch(`${server.url}${path}`, { headers: { cookie } });

describe('internal notes', () => {
  it('reach the holder and the supervisors, come back in history, and never reach the player', async () => {
    server = await startTestServer();
    const { player, alice, conversationId } = await assignedChat();
    const sara = await connectAgent(server.url, 'sara@luckystar.test');
    const secret = 'NOTE-7f3a: VIP, check the card with payments first';

    alice.socket.send({ type: 'note', id: nanoid(), conversationId, text: secret });
    const own = await alice.socket.type('note');
    expect(own.note).toMatchObject({ conversationId, text: secret, agentId: 'a_alice', agentName: 'Alice Martin' });
    const supervised = await sara.socket.type('note');
    expect(supervised.note.id).toBe(own.note.id);

    // The chat goes on both ways after the note; the player sees the reply but never the note.
    await alice.reply(conversationId, 'Let me check that for you.');
    await player.socket.type('message', (f) => f.message.text === 'Let me check that for you.');
    await player.say('Thanks');
    await alice.socket.type('message', (f) => f.message.text === 'Thanks');
    const again = await connectPlayer(server.url, { session: player.welcome.session });
    expect(again.welcome.messages.map((m: any) => m.text)).toEqual(['My deposit of 50 EUR is missing', 'Let me check that for you.', 'Thanks']);
    for (const frame of [...player.socket.frames, again.welcome, ...again.socket.frames]) expect(JSON.stringify(frame)).not.toContain('NOTE-7f3a');

    alice.socket.send({ type: 'open', conversationId, afterSeq: 0 });
    const history = await alice.socket.type('history');
    expect(history.notes.map((n: any) => n.text)).toEqual([secret]);
    expect(history.messages.map((m: any) => m.text)).not.toContain(secret);
    const transcript = await (await get(`/api/conversations/${conversationId}`, alice.cookie)).json();
    expect(JSON.stringify(transcript)).not.toContain('NOTE-7f3a');

    // An agent who does not hold the chat can neither write nor read its notes.
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test');
    const id = nanoid();
    bruno.socket.send({ type: 'note', id, conversationId, text: 'sneaky' });
    expect((await bruno.socket.type('error', (f) => f.ref === id)).code).toBe('forbidden');
    expect(await server.store.notes.list(conversationId)).toHaveLength(1);
  });

  it('stores a resent note once', async () => {
    server = await startTestServer();
    const { alice, conversationId } = await assignedChat();
    const id = nanoid();
    alice.socket.send({ type: 'note', id, conversationId, text: 'Once' });
    alice.socket.send({ type: 'note', id, conversationId, text: 'Once' });
    await alice.socket.type('note');
    await alice.socket.type('note');
    expect(await server.store.notes.list(conversationId)).toHaveLength(1);
  });
});

describe('CSAT from the widget', () => {
  it('is refused before an agent answers, then stored for the holding agent', async () => {
    server = await startTestServer();
    const { player, alice, conversationId } = await assignedChat();
    player.socket.send({ type: 'csat', rating: 5 });
    expect((await player.socket.type('error')).code).toBe('conflict');

    await alice.reply(conversationId, 'Found it: it is on its way.');
    player.socket.send({ type: 'csat', rating: 2 });
    await player.socket.type('csat', (f) => f.rating === 2);
    player.socket.send({ type: 'csat', rating: 4, comment: 'Quick and kind' });
    expect(await player.socket.type('csat', (f) => f.rating === 4)).toEqual({ type: 'csat', conversationId, rating: 4 });
    expect(await server.store.csat.get(conversationId)).toMatchObject({ rating: 4, comment: 'Quick and kind', agentId: 'a_alice' });

    player.socket.send({ type: 'csat', rating: 6 });
    expect((await player.socket.type('error')).code).toBe('bad_frame');
  });
});

describe('supervisor dashboard', () => {
  it('is for supervisors of the site, counts the live chat and pushes the floor on hello', async () => {
    server = await startTestServer();
    const { player, alice, conversationId } = await assignedChat();
    await alice.reply(conversationId, 'Hello!');
    player.socket.send({ type: 'csat', rating: 5 });
    await player.socket.type('csat');

    expect((await fetch(`${server.url}/api/dashboard`)).status).toBe(401);
    expect((await get('/api/dashboard', alice.cookie)).status).toBe(403);
    const sara = await connectAgent(server.url, 'sara@luckystar.test');
    const floor = await sara.socket.type('floor');
    expect(floor.floor).toMatchObject({ siteId: 'demo', queueLength: 0, agentsOnline: 1, freeCapacity: 3 });
    expect(floor.floor.agents.find((a: any) => a.id === 'a_alice')).toMatchObject({ status: 'online', load: 1, capacity: 4 });

    const now = Date.now();
    const response = await get(`/api/dashboard?from=${now - 3_600_000}&to=${now + 60_000}`, sara.cookie);
    expect(response.status).toBe(200);
    const dashboard = await response.json();
    expect(dashboard.kpis).toMatchObject({ conversations: 1, queued: 1, answered: 1, csat: { average: 5, count: 1 }, chatsPerAgent: 1 });
    expect(dashboard.kpis.withinTarget).toEqual({ count: 1, of: 1, share: 1 });
    expect(dashboard.agents.find((a: any) => a.agentId === 'a_alice')).toMatchObject({ chats: 1, status: 'online', load: 1, csatAverage: 5 });
    expect(dashboard.series.length).toBeGreaterThan(0);

    expect((await get('/api/dashboard?from=10&to=5', sara.cookie)).status).toBe(400);
  });
});

describe('canned replies and the player sidebar', () => {
  it('lists the site’s canned replies to any agent', async () => {
    server = await startTestServer();
    await server.store.canned.create({ id: 'k1', siteId: 'demo', shortcut: 'bonus', title: 'Bonus wagering', texts: { en: 'Hi {{player.name}}' }, createdAt: 1, updatedAt: 1 });
    await server.store.canned.create({ id: 'k2', siteId: 'elsewhere', shortcut: 'secret', title: 'Not ours', texts: { en: 'x' }, createdAt: 1, updatedAt: 1 });
    const alice = await connectAgent(server.url, 'alice@luckystar.test');
    expect(await (await get('/api/canned', alice.cookie)).json()).toEqual({ replies: [{ id: 'k1', shortcut: 'bonus', title: 'Bonus wagering', texts: { en: 'Hi {{player.name}}' } }] });
  });

  it('shows the CRM profile of a verified player, feeds their VIP tier to routing, and lists earlier chats', async () => {
    server = await startTestServer({ site: { crm: { url: '/demo-crm', secret: 'crm-secret-0123456789' } }, floorTools: { demoBackendSite: 'demo' } });
    const player = await verifiedPlayer('lucky-1001', 'Marco Rossi');
    // Marco is Gold (tier 3) in the CRM: the relay learns it while he chats.
    await expect.poll(async () => (await server.store.reports.player(player.welcome.playerId))?.vipTier).toBe(3);
    const ack = await player.say('Where is my withdrawal?');
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const assigned = await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    expect(assigned.conversation.vipTier).toBe(3);

    const sidebar = await (await get(`/api/conversations/${ack.conversationId}/player`, alice.cookie)).json();
    expect(sidebar).toMatchObject({ externalId: 'lucky-1001', crmStatus: 'ok', crm: { name: 'Marco Rossi', vip: { tier: 3, label: 'Gold' }, kyc: { status: 'verified' } } });
    expect(sidebar.crm.withdrawals[0]).toMatchObject({ amount: 1200, status: 'pending' });
    expect(sidebar.earlier).toEqual([]);
    expect((await get(`/api/conversations/${ack.conversationId}/player`, (await connectAgent(server.url, 'bruno@luckystar.test')).cookie)).status).toBe(403);

    // The demo CRM refuses unsigned calls.
    expect((await fetch(`${server.url}/demo-crm/players/lucky-1001`)).status).toBe(401);
  });

  it('says "unavailable" when the CRM hangs, within its timeout, and the chat never waits for it', async () => {
    const hanging: Server = createServer(() => {
      // never answers
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', () => resolve()));
    try {
      const { port } = hanging.address() as AddressInfo;
      server = await startTestServer({ site: { crm: { url: `http://127.0.0.1:${port}/crm`, secret: 'crm-secret-0123456789', timeoutMs: 300 } } });
      const started = Date.now();
      const player = await verifiedPlayer('lucky-1002', 'Sophie');
      const ack = await player.say('Bonjour');
      expect(Date.now() - started).toBeLessThan(250);
      const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
      await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
      const asked = Date.now();
      const sidebar = await (await get(`/api/conversations/${ack.conversationId}/player`, alice.cookie)).json();
      expect(sidebar).toMatchObject({ crmStatus: 'unavailable', crm: null, externalId: 'lucky-1002' });
      expect(Date.now() - asked).toBeLessThan(1_500);
    } finally {
      hanging.closeAllConnections();
      await new Promise<void>((resolve) => hanging.close(() => resolve()));
    }
  });

  it('says "anonymous" for an unverified player and "not_configured" without a CRM', async () => {
    server = await startTestServer({ site: { crm: { url: '/demo-crm', secret: 'crm-secret-0123456789' } }, floorTools: { demoBackendSite: 'demo' } });
    const chat = await assignedChat();
    expect((await (await get(`/api/conversations/${chat.conversationId}/player`, chat.alice.cookie)).json()).crmStatus).toBe('anonymous');
    await server.stop();
    server = await startTestServer();
    const { alice, conversationId } = await assignedChat();
    expect((await (await get(`/api/conversations/${conversationId}/player`, alice.cookie)).json()).crmStatus).toBe('not_configured');
  });
});

async function verifiedPlayer(playerId: string, name: string) {
  const socket = await TestSocket.open(wsUrl(server.url, '/v1/player'), { origin: server.url });
  const issuedAt = Date.now();
  const identity = { playerId, issuedAt, signature: signIdentity(TEST_SITE.identitySecret, playerId, issuedAt), name };
  socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0, conversationId: null, identity });
  const welcome = await socket.type('welcome');
  return {
    socket,
    welcome,
    async say(text: string, id = nanoid()) {
      socket.send({ type: 'send', id, text });
      return socket.type('ack', (f) => f.id === id);
    },
  };
}
