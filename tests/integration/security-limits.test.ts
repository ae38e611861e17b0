import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { connectAgent, connectPlayer, wsUrl } from '../support/clients';
import { expectStillServing } from '../support/serving';
import { startTestServer, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';

let server: TestServer;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await server.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const relaxed = { burst: 10_000, perSecond: 10_000 };

/** A player socket as the widget opens it, with extra handshake headers (a spoofed X-Forwarded-For). */
async function openPlayer(headers: Record<string, string> = {}): Promise<TestSocket> {
  const socket = await TestSocket.open(wsUrl(server.url, '/v1/player'), { origin: server.url, ...headers });
  sockets.push(socket);
  return socket;
}

function refusal(headers: Record<string, string> = {}): Promise<string> {
  return openPlayer(headers).then(
    () => 'opened',
    (error: Error) => error.message,
  );
}

async function track<T extends { socket: TestSocket }>(client: Promise<T>): Promise<T> {
  const c = await client;
  sockets.push(c.socket);
  return c;
}

/** Every frame sent gets exactly one answer: its ack or a typed error naming it. */
async function answers(socket: TestSocket, ids: string[]): Promise<Map<string, any>> {
  const byId = new Map<string, any>();
  await Promise.all(
    ids.map((id) =>
      socket.next((f) => (f.type === 'ack' && f.id === id) || (f.type === 'error' && f.ref === id), `answer to ${id}`).then((f) => byId.set(id, f)),
    ),
  );
  return byId;
}

describe('sockets per client address', () => {
  it('refuses the upgrade past the bound with 429, whatever X-Forwarded-For says, and frees the slot on close', async () => {
    server = await startTestServer({ limits: { socketsPerAddress: 3 } });
    const first = await openPlayer({ 'x-forwarded-for': '198.51.100.1' });
    await openPlayer({ 'x-forwarded-for': '198.51.100.2' });
    await openPlayer({ 'x-forwarded-for': '198.51.100.3' });
    expect(await refusal({ 'x-forwarded-for': '198.51.100.4' })).toBe('upgrade refused: 429');
    expect(await refusal()).toBe('upgrade refused: 429');

    first.close();
    await first.waitClosed();
    // The server counts the slot free once the TCP connection is gone.
    let outcome = 'not tried';
    for (let i = 0; i < 20 && outcome !== 'opened'; i += 1) {
      outcome = await refusal();
      if (outcome !== 'opened') await sleep(50);
    }
    expect(outcome).toBe('opened');
    for (const socket of sockets.splice(0)) socket.terminate();
    await sleep(100);
    await expectStillServing(server.url);
  });

  it('counts per forwarded client when the peer is a trusted proxy', async () => {
    server = await startTestServer({ limits: { socketsPerAddress: 2 }, trustedProxies: ['127.0.0.1', '::1'] });
    await openPlayer({ 'x-forwarded-for': '198.51.100.1' });
    await openPlayer({ 'x-forwarded-for': '198.51.100.1' });
    expect(await refusal({ 'x-forwarded-for': '198.51.100.1' })).toBe('upgrade refused: 429');
    // What the client wrote before our proxy's entry does not matter; the proxy's entry does.
    expect(await refusal({ 'x-forwarded-for': '203.0.113.66, 198.51.100.1' })).toBe('upgrade refused: 429');
    expect(await refusal({ 'x-forwarded-for': '198.51.100.2' })).toBe('opened');
    await expectStillServing(server.url);
  });
});

describe('frames per client address', () => {
  it('shares one bucket between all sockets of an address, so a spoofed X-Forwarded-For does not buy more', async () => {
    server = await startTestServer({ limits: { addressRate: { burst: 5, perSecond: 1 }, playerRate: relaxed } });
    const a = await track(connectPlayer(server.url));
    const bSocket = await openPlayer({ 'x-forwarded-for': '203.0.113.9' });
    bSocket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0 });
    await bSocket.type('welcome');

    const aIds = ['a-message-1', 'a-message-2', 'a-message-3'];
    const bIds = ['b-message-1', 'b-message-2', 'b-message-3'];
    for (const id of aIds) a.socket.send({ type: 'send', id, text: id });
    for (const id of bIds) bSocket.send({ type: 'send', id, text: id });
    const all = new Map([...(await answers(a.socket, aIds)), ...(await answers(bSocket, bIds))]);
    const refused = [...all.values()].filter((f) => f.type === 'error');
    expect(refused).toHaveLength(1);
    // Five tokens for six frames: the last one handled (which socket's depends on arrival) is refused, by name.
    expect(refused[0]).toMatchObject({ code: 'rate_limited', ref: expect.stringMatching(/^[ab]-message-3$/), message: expect.stringMatching(/slow down/) });
    await expectStillServingAfter(1_100);
  });

  it('gives each forwarded client its own bucket behind a trusted proxy', async () => {
    server = await startTestServer({ limits: { addressRate: { burst: 5, perSecond: 1 }, playerRate: relaxed }, trustedProxies: ['127.0.0.1', '::1'] });
    const clients = await Promise.all(
      ['198.51.100.1', '198.51.100.2'].map(async (address) => {
        const socket = await openPlayer({ 'x-forwarded-for': address });
        socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0 });
        await socket.next((f) => f.type === 'welcome' || f.type === 'error', 'welcome');
        return socket;
      }),
    );
    for (const [i, socket] of clients.entries()) {
      const ids = [1, 2, 3, 4].map((n) => `client-${i}-${n}`);
      for (const id of ids) socket.send({ type: 'send', id, text: id });
      const got = await answers(socket, ids);
      expect([...got.values()].map((f) => f.type)).toEqual(['ack', 'ack', 'ack', 'ack']);
    }
  });
});

describe('flood and oversized frames', () => {
  it('answers a flood with rate_limited errors, stores every acked message once and loses nothing sent before', async () => {
    server = await startTestServer();
    const bystander = await track(connectPlayer(server.url));
    const before = await bystander.say('I was here first');
    const flooder = await track(connectPlayer(server.url));
    const early = [await flooder.say('one'), await flooder.say('two'), await flooder.say('three')];

    const ids = Array.from({ length: 300 }, (_, i) => `flood-${i}-${nanoid(6)}`);
    for (const id of ids) flooder.socket.send({ type: 'send', id, text: `flood ${id}` });
    const got = await answers(flooder.socket, ids);
    const acked = ids.filter((id) => got.get(id).type === 'ack');
    const limited = ids.filter((id) => got.get(id).type === 'error');
    expect(acked.length).toBeGreaterThan(0);
    expect(limited.length).toBeGreaterThan(200);
    expect(new Set(limited.map((id) => got.get(id).code))).toEqual(new Set(['rate_limited']));
    expect(flooder.socket.closed).toBeNull();

    const stored = await server.store.listMessages(early[0].conversationId, 0, 1000);
    const texts = stored.filter((m) => m.author === 'player').map((m) => m.clientId);
    expect(texts.slice(0, 3)).toEqual(early.map((a) => a.id));
    expect(texts.slice(3).sort()).toEqual([...acked].sort());
    const bystanderStored = await server.store.listMessages(before.conversationId, 0, 100);
    expect(bystanderStored.map((m) => m.text)).toContain('I was here first');

    // The flooder itself may go on once its bucket refills.
    await sleep(300);
    expect((await flooder.say('after the flood')).seq).toBeGreaterThan(0);
    await expectStillServing(server.url);
  });

  it('closes a socket that sends a 1 MB frame with 1009 and keeps serving everyone else', async () => {
    server = await startTestServer();
    const bystander = await track(connectPlayer(server.url));
    const big = await track(connectPlayer(server.url));
    big.socket.send(JSON.stringify({ type: 'send', id: 'huge', text: 'x'.repeat(1024 * 1024) }));
    expect((await big.socket.waitClosed()).code).toBe(1009);
    expect((await bystander.say('still here')).seq).toBeGreaterThan(0);
    await expectStillServing(server.url);
  });
});

describe('slow readers and idle sockets', () => {
  it('closes a socket that stops reading with 4008 once its send buffer passes the bound', async () => {
    server = await startTestServer({ limits: { maxBufferedBytes: 64 * 1024, playerRate: relaxed, agentRate: relaxed, addressRate: relaxed } });
    const alice = await track(connectAgent(server.url, 'alice@luckystar.test', { status: 'online' }));
    const player = await track(connectPlayer(server.url));
    const first = await player.say('x'.repeat(4000));
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    // 60: under the socket's backlog bound, so every one is stored.
    const ids = Array.from({ length: 60 }, () => nanoid());
    for (const id of ids) player.socket.send({ type: 'send', id, text: `${id} ${'y'.repeat(3900)}` });
    const lastSeq = Math.max(...[...(await answers(player.socket, ids)).values()].map((f) => f.seq));

    // A second panel of Alice's asks for the 250 KB transcript again and again, and never reads.
    const reader = await track(connectAgent(server.url, 'alice@luckystar.test'));
    const raw = (reader.socket.ws as unknown as { _socket: import('node:net').Socket })._socket;
    raw.pause();
    // ~30 MB asked for in all, well past what the kernel's socket buffers on both ends can absorb.
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < 40; i += 1) reader.socket.send({ type: 'open', conversationId: first.conversationId, afterSeq: 0 });
      await sleep(300);
    }
    raw.resume();
    const closed = await reader.socket.waitClosed(10_000);
    expect(closed).toEqual({ code: 4008, reason: 'slow reader' });

    // Alice's reading panel is untouched.
    expect(alice.socket.closed).toBeNull();
    alice.socket.send({ type: 'open', conversationId: first.conversationId, afterSeq: lastSeq - 1 });
    expect((await alice.socket.type('history')).messages).toHaveLength(1);
    await expectStillServing(server.url);
  });

  it('closes a socket that never says hello (4001) and a player socket that only pings (1000 idle)', async () => {
    server = await startTestServer({ limits: { helloTimeoutMs: 300, playerIdleMs: 500 } });
    const mute = await openPlayer();
    expect(await mute.waitClosed(2000)).toEqual({ code: 4001, reason: 'no hello' });

    const idle = await track(connectPlayer(server.url));
    const active = await track(connectPlayer(server.url));
    const started = Date.now();
    const beat = setInterval(() => {
      idle.socket.send({ type: 'ping' });
      active.socket.send({ type: 'typing', typing: true });
    }, 100);
    try {
      expect(await idle.socket.waitClosed(3000)).toEqual({ code: 1000, reason: 'idle' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(450);
      await sleep(400);
      expect(active.socket.closed).toBeNull();
    } finally {
      clearInterval(beat);
    }
    await expectStillServing(server.url);
  });
});

async function expectStillServingAfter(ms: number): Promise<void> {
  // The address bucket these tests drain is shared with the check's own player.
  await sleep(ms);
  await expectStillServing(server.url);
}
