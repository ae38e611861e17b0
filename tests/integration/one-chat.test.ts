import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectAgent, connectPlayer, login } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.stop();
});

describe('one chat end to end over real sockets', () => {
  it('queues the first message, assigns it when an agent comes online, relays both ways and records the FRT', async () => {
    const player = await connectPlayer(server.url);
    expect(player.welcome.conversation).toBeNull();
    expect(player.welcome.session.length).toBeGreaterThanOrEqual(22);

    const ack = await player.say('Hi, my deposit of 50 EUR is not showing');
    expect(ack.seq).toBe(1);
    const queued = await player.socket.type('conversation', (f) => f.conversation.status === 'queued');
    expect(queued.conversation.id).toBe(ack.conversationId);

    // Nobody online: it waits in the queue.
    const alice = await connectAgent(server.url, 'alice@luckystar.test');
    expect(alice.welcome.conversations).toEqual([]);
    alice.socket.send({ type: 'status', status: 'online' });
    const assigned = await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    expect(assigned.conversation).toMatchObject({ id: ack.conversationId, agentId: 'a_alice', firstResponseMs: null });
    const joined = await player.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    expect(joined.conversation.agentName).toBe('Alice Martin');

    alice.socket.send({ type: 'open', conversationId: ack.conversationId, afterSeq: 0 });
    const history = await alice.socket.type('history');
    expect(history.messages.map((m: any) => m.text)).toEqual(['Hi, my deposit of 50 EUR is not showing']);

    // Live both ways.
    await player.say('It was by Visa');
    const live = await alice.socket.type('message', (f) => f.message.text === 'It was by Visa');
    expect(live.message).toMatchObject({ author: 'player', seq: 2 });

    await new Promise((r) => setTimeout(r, 30));
    const reply = await alice.reply(ack.conversationId, 'Let me check that for you.');
    expect(reply.seq).toBe(3);
    const answer = await player.socket.type('message', (f) => f.message.author === 'agent');
    expect(answer.message).toMatchObject({ text: 'Let me check that for you.', authorName: 'Alice Martin' });

    const answered = await alice.socket.type('conversation', (f) => f.conversation.firstResponseMs !== null);
    const c = answered.conversation;
    expect(c.firstResponseMs).toBe(c.firstResponseAt - c.queuedAt);
    expect(c.firstResponseMs).toBeGreaterThanOrEqual(30);

    // The REST API returns the same facts, to an authenticated agent only.
    const anonymous = await fetch(`${server.url}/api/conversations/${c.id}`);
    expect(anonymous.status).toBe(401);
    const detail = await (await fetch(`${server.url}/api/conversations/${c.id}`, { headers: { cookie: alice.cookie } })).json();
    expect(detail.conversation.firstResponseMs).toBe(c.firstResponseMs);
    expect(detail.messages).toHaveLength(3);

    alice.socket.send({ type: 'resolve', conversationId: c.id });
    await player.socket.type('conversation', (f) => f.conversation.status === 'resolved');
    const stored = await server.store.getConversation(c.id);
    expect(stored).toMatchObject({ status: 'resolved', firstResponseMs: c.firstResponseMs });
    expect(stored?.resolvedAt).not.toBeNull();
  });

  it('resumes the same conversation and history with the session token after a reload', async () => {
    const first = await connectPlayer(server.url);
    await first.say('one');
    await first.say('two');
    first.socket.close();

    const again = await connectPlayer(server.url, { session: first.welcome.session });
    expect(again.welcome.playerId).toBe(first.welcome.playerId);
    expect(again.welcome.messages.map((m: any) => m.text)).toEqual(['one', 'two']);
    // With a resume point only the gap is replayed.
    const resumed = await connectPlayer(server.url, { session: first.welcome.session, lastSeq: 1 });
    expect(resumed.welcome.messages.map((m: any) => m.text)).toEqual(['two']);
    // A made-up token gets a fresh identity, never someone's history.
    const stranger = await connectPlayer(server.url, { session: 'x'.repeat(43) });
    expect(stranger.welcome.playerId).not.toBe(first.welcome.playerId);
    expect(stranger.welcome.messages).toEqual([]);
  });

  it('gives the chat back to the queue when the agent drops before answering, and the FRT clock keeps running', async () => {
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    const ack = await player.say('Withdrawal pending for 3 days');
    const assigned = await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    const queuedAt = assigned.conversation.queuedAt;

    alice.socket.terminate();
    const requeued = await player.socket.type('conversation', (f) => f.conversation.status === 'queued');
    expect(requeued.conversation.id).toBe(ack.conversationId);

    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
    const taken = await bruno.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    expect(taken.conversation).toMatchObject({ id: ack.conversationId, agentId: 'a_bruno', queuedAt });

    await bruno.reply(ack.conversationId, 'Looking into it');
    const answered = await bruno.socket.type('conversation', (f) => f.conversation.firstResponseMs !== null);
    expect(answered.conversation.firstResponseMs).toBe(answered.conversation.firstResponseAt - queuedAt);
  });

  it('assigns to the least-loaded online agent', async () => {
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
    const owners: string[] = [];
    for (const text of ['a', 'b', 'c', 'd']) {
      const p = await connectPlayer(server.url);
      await p.say(text);
      const f = await p.socket.type('conversation', (x) => x.conversation.status === 'assigned');
      owners.push(f.conversation.agentName);
    }
    expect(owners.filter((o) => o === 'Alice Martin')).toHaveLength(2);
    expect(owners.filter((o) => o === 'Bruno Costa')).toHaveLength(2);
    alice.socket.close();
    bruno.socket.close();
  });

  it('answers a malformed frame with a typed error and carries on', async () => {
    const player = await connectPlayer(server.url);
    player.socket.send('{not json');
    expect(await player.socket.type('error')).toMatchObject({ code: 'bad_frame' });
    player.socket.send({ type: 'send', id: 'abcdefgh12', text: 'x'.repeat(5000) });
    expect(await player.socket.type('error')).toMatchObject({ code: 'too_large', ref: 'abcdefgh12' });
    player.socket.send({ type: 'launch-missiles' });
    expect(await player.socket.type('error')).toMatchObject({ code: 'bad_frame' });
    // Same socket, same server: still works.
    const ack = await player.say('still here');
    expect(ack.seq).toBe(1);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('acks a repeated client id again and stores it once', async () => {
    const player = await connectPlayer(server.url);
    const first = await player.say('only once', 'dup-id-123456');
    const second = await player.say('only once', 'dup-id-123456');
    expect(second.seq).toBe(first.seq);
    expect(await server.store.listMessages(first.conversationId, 0, 10)).toHaveLength(1);
  });

  it('refuses wrong credentials, foreign origins and old protocol versions', async () => {
    expect((await login(server.url, 'alice@luckystar.test', 'wrong')).status).toBe(401);
    await expect(connectPlayer(server.url, { origin: 'https://evil.example' })).rejects.toThrow(/403/);

    const old = await TestSocket.open(server.url.replace('http', 'ws') + '/v1/player', { origin: server.url });
    old.send({ type: 'hello', v: 0, site: 'demo', session: null, locale: 'en', lastSeq: 0 });
    expect(await old.type('error')).toMatchObject({ code: 'version' });
    expect((await old.waitClosed()).code).toBe(4006);

    // An allowed origin of another page may not open a site it is not listed for.
    const foreign = await TestSocket.open(server.url.replace('http', 'ws') + '/v1/player', { origin: server.url });
    foreign.send({ type: 'hello', v: 1, site: 'nosuchsite', session: null, locale: 'en', lastSeq: 0 });
    expect(await foreign.type('error')).toMatchObject({ code: 'forbidden' });

    // The agent socket needs the session cookie and the relay's own origin.
    const { cookie } = await login(server.url, 'alice@luckystar.test');
    await expect(TestSocket.open(server.url.replace('http', 'ws') + '/v1/agent', { origin: server.url })).rejects.toThrow(/401/);
    await expect(TestSocket.open(server.url.replace('http', 'ws') + '/v1/agent', { origin: 'https://casino.example', cookie })).rejects.toThrow(/403/);
  });
});
