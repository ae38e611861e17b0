import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { signIdentity } from '../../server/core/identity';
import { connectAgent, connectPlayer, wsUrl } from '../support/clients';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';

let server: TestServer;
afterEach(async () => {
  await server.stop();
});

const SECRET = TEST_SITE.identitySecret;
const identity = (playerId: string, issuedAt = Date.now(), secret = SECRET, name?: string) => ({
  playerId,
  issuedAt,
  signature: signIdentity(secret, playerId, issuedAt),
  ...(name ? { name } : {}),
});

async function hello(extra: Record<string, unknown>) {
  const socket = await TestSocket.open(wsUrl(server.url, '/v1/player'), { origin: server.url });
  socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0, ...extra });
  return socket;
}

describe('verified players', () => {
  it('accepts a valid signature, shows the name to the agent, and finds the same player on another device', async () => {
    server = await startTestServer({ site: { requireVerifiedPlayers: true } });
    const phone = await hello({ identity: identity('casino-42', Date.now(), SECRET, 'Jean Dupont') });
    const welcome = await phone.type('welcome');
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    phone.send({ type: 'send', id: 'verified-msg-1', text: 'Bonjour' });
    const assigned = await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    expect(assigned.conversation.playerName).toBe('Jean Dupont');

    const laptop = await hello({ identity: identity('casino-42') });
    const second = await laptop.type('welcome');
    expect(second.playerId).toBe(welcome.playerId);
    expect(second.messages.map((m: any) => m.text)).toEqual(['Bonjour']);
  });

  it('refuses a wrong, expired or missing signature with a typed error and a fatal close', async () => {
    server = await startTestServer({ site: { requireVerifiedPlayers: true } });
    const forged = await hello({ identity: identity('casino-42', Date.now(), 'some-other-secret-0123456789') });
    expect(await forged.type('error')).toMatchObject({ code: 'unauthorized' });
    expect((await forged.waitClosed()).code).toBe(4001);

    const old = await hello({ identity: identity('casino-42', Date.now() - 25 * 60 * 60_000) });
    expect(await old.type('error')).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/expired/) });

    const anonymous = await hello({});
    expect(await anonymous.type('error')).toMatchObject({ code: 'unauthorized' });
  });

  it('accepts signatures of the previous secret during a rotation', async () => {
    server = await startTestServer({ site: { identitySecret: 'new-secret-0123456789abcdef', previousIdentitySecrets: [SECRET] } });
    const socket = await hello({ identity: identity('casino-7') });
    expect(await socket.type('welcome')).toMatchObject({ type: 'welcome' });
  });

  it('never shows player B the history of player A in the same browser', async () => {
    server = await startTestServer();
    const a = await hello({ identity: identity('player-a') });
    const aWelcome = await a.type('welcome');
    a.send({ type: 'send', id: 'secret-of-a-1', text: 'my card ends 4242' });
    await a.type('ack');
    a.close();
    // Same browser: the widget still holds A's session token when B logs in.
    const b = await hello({ identity: identity('player-b'), session: aWelcome.session });
    const bWelcome = await b.type('welcome');
    expect(bWelcome.playerId).not.toBe(aWelcome.playerId);
    expect(bWelcome.messages).toEqual([]);
    // And A's token alone (without A's signature) does not reopen A's chat.
    const replay = await hello({ session: aWelcome.session });
    expect((await replay.type('welcome')).messages).toEqual([]);
  });
});

describe('typing, read receipts and resume', () => {
  it('relays typing both ways and read positions to the other side', async () => {
    server = await startTestServer();
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    const ack = await player.say('hello?');
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');

    player.socket.send({ type: 'typing', typing: true });
    expect(await alice.socket.type('typing')).toMatchObject({ conversationId: ack.conversationId, typing: true });
    alice.socket.send({ type: 'typing', conversationId: ack.conversationId, typing: true });
    expect(await player.socket.type('typing')).toMatchObject({ typing: true, name: 'Alice Martin' });

    alice.socket.send({ type: 'read', conversationId: ack.conversationId, seq: 1 });
    expect(await player.socket.type('read')).toMatchObject({ reader: 'agent', seq: 1 });
    const reply = await alice.reply(ack.conversationId, 'hi there');
    player.socket.send({ type: 'read', seq: reply.seq });
    expect(await alice.socket.type('read', (f) => f.reader === 'player')).toMatchObject({ seq: reply.seq });
    // Remembered: a reload sees "Seen".
    const again = await connectPlayer(server.url, { session: player.welcome.session });
    expect(again.welcome.conversation.agentReadSeq).toBe(1);
    // A read position past the end is clamped, not trusted.
    player.socket.send({ type: 'read', seq: 999 });
    await new Promise((r) => setTimeout(r, 100));
    expect((await server.store.getConversation(ack.conversationId))?.playerReadSeq).toBe(reply.seq);
  });

  it('delivers live to every tab of the same player, without echo to the sender', async () => {
    server = await startTestServer();
    const tab1 = await connectPlayer(server.url);
    const tab2 = await connectPlayer(server.url, { session: tab1.welcome.session });
    await tab1.say('from tab one');
    const copy = await tab2.socket.type('message');
    expect(copy.message.text).toBe('from tab one');
    await new Promise((r) => setTimeout(r, 100));
    expect(tab1.socket.frames.filter((f) => f.type === 'message')).toEqual([]);
  });

  it('replays from the start of a newer conversation when the resume point belongs to an older one', async () => {
    server = await startTestServer();
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    const first = await player.say('first chat');
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    alice.socket.send({ type: 'resolve', conversationId: first.conversationId });
    await player.socket.type('conversation', (f) => f.conversation.status === 'resolved');
    const second = await player.say('second chat');
    expect(second.conversationId).not.toBe(first.conversationId);
    const resumed = await connectPlayer(server.url, { session: player.welcome.session, lastSeq: 1, conversationId: first.conversationId });
    expect(resumed.welcome.messages.map((m: any) => m.text)).toEqual(['second chat']);
  });
});
