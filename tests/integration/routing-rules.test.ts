import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../server/core/clock';
import { connectAgent, connectPlayer } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

/** Issue #3's rules through real sockets; time is a fake clock the test advances, then the relay's tick runs. */
let server: TestServer;
let clock: FakeClock;
beforeEach(async () => {
  clock = new FakeClock(Date.now());
  server = await startTestServer({ clock, site: { agentReconnectGraceMs: 60_000 } });
});
afterEach(async () => {
  await server.stop();
});

async function advance(ms: number) {
  clock.advance(ms);
  await server.relay.tick(clock.now());
}

describe('routing rules over sockets', () => {
  it('transfers to a named agent: the note stays internal, the player gets a polite line, the new agent gets the chat', async () => {
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    const ack = await player.say('I need help with a withdrawal to my bank');
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });

    alice.socket.send({ type: 'transfer', conversationId: ack.conversationId, to: { kind: 'agent', agentId: 'a_bruno' }, note: 'VIP, handle gently' });
    const taken = await bruno.socket.type('conversation', (f) => f.conversation.agentId === 'a_bruno');
    expect(taken.conversation).toMatchObject({ status: 'assigned', transfers: 1 });
    const gone = await alice.socket.type('conversation', (f) => f.conversation.status === 'queued');
    expect(gone.conversation.agentId).toBeNull();
    const line = await player.socket.type('message', (f) => f.message.author === 'system');
    expect(line.message.text).toMatch(/colleague/);
    // Bruno reads Alice's note with the chat's history, as an internal note in her name.
    bruno.socket.send({ type: 'open', conversationId: ack.conversationId, afterSeq: 0 });
    const history = await bruno.socket.type('history', (f) => f.conversationId === ack.conversationId);
    expect(history.notes).toMatchObject([{ agentId: 'a_alice', agentName: 'Alice Martin', text: 'Transferred: VIP, handle gently' }]);
    expect(player.socket.frames.some((f) => JSON.stringify(f).includes('handle gently'))).toBe(false);
  });

  it('escalates to a senior, and marks waiting-on-player until the player writes', async () => {
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    const ack = await player.say('I want to file a complaint');
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    alice.socket.send({ type: 'waiting', conversationId: ack.conversationId, waiting: true });
    await alice.socket.type('conversation', (f) => f.conversation.waitingOnPlayer === true);
    await advance(30_000);
    await player.say('here is the screenshot');
    const resumed = await alice.socket.type('conversation', (f) => f.conversation.waitingOnPlayer === false && f.conversation.pausedMs > 0);
    expect(resumed.conversation.pausedMs).toBe(30_000);

    const sara = await connectAgent(server.url, 'sara@luckystar.test', { status: 'online' });
    alice.socket.send({ type: 'escalate', conversationId: ack.conversationId, note: 'wants a manager' });
    const escalated = await sara.socket.type('conversation', (f) => f.conversation.agentId === 'a_sara');
    expect(escalated.conversation).toMatchObject({ needsSenior: true, complex: true });
  });

  it('moves an unanswered offer on, and tells supervisors live about an FRT breach', async () => {
    const sara = await connectAgent(server.url, 'sara@luckystar.test', { status: 'away' });
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    const ack = await player.say('hello?');
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
    await advance(60_000);
    const moved = await bruno.socket.type('conversation', (f) => f.conversation.agentId === 'a_bruno');
    expect(moved.conversation).toMatchObject({ id: ack.conversationId, missedOffers: 1 });

    // Nobody answers: by the 5-minute target both offers have lapsed and the breach reaches the supervisor live.
    await advance(240_000);
    const breach = await sara.socket.type('breach');
    expect(breach.breach).toMatchObject({ conversationId: ack.conversationId, kind: 'first_response' });
    expect((await server.store.getConversation(ack.conversationId))?.breaches).toEqual(['first_response']);
    // Agents of the floor are not told about a chat they do not hold.
    expect(alice.socket.frames.some((f) => f.type === 'breach')).toBe(false);
  });

  it('refuses floor actions on conversations the agent does not hold', async () => {
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    const ack = await player.say('hi');
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test');
    for (const frame of [
      { type: 'transfer', conversationId: ack.conversationId, to: { kind: 'topic', topic: 'kyc' }, note: '' },
      { type: 'waiting', conversationId: ack.conversationId, waiting: true },
      { type: 'resolve', conversationId: ack.conversationId },
    ]) {
      bruno.socket.send(frame);
      expect(await bruno.socket.type('error')).toMatchObject({ code: 'forbidden' });
    }
    expect((await server.store.getConversation(ack.conversationId))?.status).toBe('assigned');
  });
});
