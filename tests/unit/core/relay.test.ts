import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalBus } from '../../../server/bus/local';
import type { BusEvent } from '../../../server/bus/bus';
import { SiteDirectory } from '../../../server/config/sites';
import { FakeClock } from '../../../server/core/clock';
import { Relay } from '../../../server/core/relay';
import type { AgentRecord, PlayerRecord } from '../../../server/store/records';
import { openSqliteStore } from '../../../server/store/sqlite';
import type { KyselyStore } from '../../../server/store/kysely-store';
import { TEST_SITE } from '../../support/test-server';

let store: KyselyStore;
let clock: FakeClock;
let bus: LocalBus;
let events: BusEvent[];
let relay: Relay;
let counter = 0;

const agentRecord = (id: string, capacity = 2): AgentRecord => ({
  id,
  siteId: 'demo',
  email: `${id}@t.test`,
  name: id.toUpperCase(),
  passwordHash: 'x',
  role: 'agent',
  capacity,
  skills: ['deposit', 'withdrawal', 'responsible-gambling'],
  languages: ['en'],
  disabled: false,
  createdAt: 0,
});

async function newPlayer(): Promise<PlayerRecord> {
  const session = await relay.connectPlayer({ siteId: 'demo', session: null, locale: 'en', lastSeq: 0 });
  return session.player;
}

async function say(player: PlayerRecord, text: string) {
  return relay.playerMessage(player, { clientId: `msg-${++counter}-xxxx`, text, locale: 'en', originSocket: 'test' });
}

async function startRelay(graceMs = 10_000) {
  relay = new Relay({
    store,
    bus,
    clock,
    ids: { id: (p) => `${p}_${++counter}`, token: () => `token-${++counter}-${'z'.repeat(30)}` },
    sites: new SiteDirectory([{ ...TEST_SITE, agentReconnectGraceMs: graceMs }]),
  });
  await relay.start();
  for (const id of ['alice', 'bob']) if (!(await store.getAgent(id))) await store.createAgent(agentRecord(id));
}

beforeEach(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
  clock = new FakeClock(1_000_000);
  bus = new LocalBus();
  events = [];
  bus.subscribe((e) => events.push(e));
  await startRelay();
});
afterEach(async () => {
  await store.close();
});

const conversationOf = async (id: string) => (await store.getConversation(id))!;

describe('Relay on a fake clock', () => {
  it('measures first response from queue entry to the first agent message, to the millisecond', async () => {
    const player = await newPlayer();
    const first = await say(player, 'hello');
    clock.advance(5_000);
    await relay.agentConnected((await store.getAgent('alice'))!);
    await relay.setAgentStatus('alice', 'online');
    expect((await conversationOf(first.conversationId)).status).toBe('assigned');
    clock.advance(37_000);
    await relay.agentMessage('alice', { conversationId: first.conversationId, clientId: 'reply-0001', text: 'hi', originSocket: 'a' });
    clock.advance(60_000);
    await relay.agentMessage('alice', { conversationId: first.conversationId, clientId: 'reply-0002', text: 'more', originSocket: 'a' });
    const c = await conversationOf(first.conversationId);
    expect(c.firstResponseMs).toBe(42_000);
    expect(c.firstResponseAt).toBe(1_000_000 + 42_000);
  });

  it('keeps a chat queued while nobody is free and assigns it the moment someone is', async () => {
    await relay.agentConnected((await store.getAgent('alice'))!);
    await relay.setAgentStatus('alice', 'online');
    const player = [await newPlayer(), await newPlayer(), await newPlayer()];
    const m = [];
    for (const p of player) m.push(await say(p, 'help'));
    // alice has capacity 2: the third waits.
    expect((await conversationOf(m[2]!.conversationId)).status).toBe('queued');
    await relay.resolve('alice', m[0]!.conversationId);
    expect(await conversationOf(m[2]!.conversationId)).toMatchObject({ status: 'assigned', agentId: 'alice' });
  });

  it('gives an unanswered chat back after the reconnect grace, keeping its queue time', async () => {
    const alice = (await store.getAgent('alice'))!;
    await relay.agentConnected(alice);
    await relay.setAgentStatus('alice', 'online');
    const m = await say(await newPlayer(), 'help');
    const queuedAt = (await conversationOf(m.conversationId)).queuedAt;

    await relay.agentDisconnected('alice');
    clock.advance(9_999);
    await relay.tick(clock.now());
    expect((await conversationOf(m.conversationId)).status).toBe('assigned');
    expect(relay.nextDeadline()).toBe(clock.now() + 1);

    clock.advance(1);
    await relay.tick(clock.now());
    expect(await conversationOf(m.conversationId)).toMatchObject({ status: 'queued', agentId: null, queuedAt });

    await relay.agentConnected((await store.getAgent('bob'))!);
    await relay.setAgentStatus('bob', 'online');
    clock.advance(3_000);
    await relay.agentMessage('bob', { conversationId: m.conversationId, clientId: 'bob-reply-1', text: 'here', originSocket: 'b' });
    expect((await conversationOf(m.conversationId)).firstResponseMs).toBe(13_000);
  });

  it('keeps the chat when the agent comes back within the grace', async () => {
    const alice = (await store.getAgent('alice'))!;
    await relay.agentConnected(alice);
    await relay.setAgentStatus('alice', 'online');
    const m = await say(await newPlayer(), 'help');
    await relay.agentDisconnected('alice');
    clock.advance(5_000);
    const { conversations } = await relay.agentConnected(alice);
    clock.advance(50_000);
    await relay.tick(clock.now());
    expect(conversations.map((c) => c.id)).toEqual([m.conversationId]);
    expect((await conversationOf(m.conversationId)).agentId).toBe('alice');
  });

  it('lets only the holding agent reply, and never to another site', async () => {
    await relay.agentConnected((await store.getAgent('alice'))!);
    await relay.agentConnected((await store.getAgent('bob'))!);
    await relay.setAgentStatus('alice', 'online');
    const m = await say(await newPlayer(), 'help');
    await expect(relay.agentMessage('bob', { conversationId: m.conversationId, clientId: 'bob-xxxx-1', text: 'x', originSocket: 'b' })).rejects.toMatchObject({ code: 'forbidden' });
    const outsider = { ...agentRecord('mallory'), siteId: 'other' };
    await expect(relay.readConversation(outsider, m.conversationId, 0)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets an agent mark as read what the player wrote since the assignment', async () => {
    await relay.agentConnected((await store.getAgent('alice'))!);
    await relay.setAgentStatus('alice', 'online');
    const p = await newPlayer();
    const first = await say(p, 'one');
    await say(p, 'two');
    await say(p, 'three');
    await relay.markRead({ agentId: 'alice' }, first.conversationId, 3);
    expect((await conversationOf(first.conversationId)).agentReadSeq).toBe(3);
  });

  it('catches a reconnecting player up on what was stored while their socket was being set up', async () => {
    const p = await newPlayer();
    const first = await say(p, 'one');
    await say(p, 'two');
    await say(p, 'three');
    const late = await relay.catchUp(p, { conversationId: first.conversationId, lastSeq: 1 });
    expect(late?.messages.map((m) => m.text)).toEqual(['two', 'three']);
    expect(await relay.catchUp(p, { conversationId: first.conversationId, lastSeq: 3 })).toBeNull();
    // A conversation the socket did not know about comes whole.
    expect((await relay.catchUp(p, { conversationId: null, lastSeq: 0 }))?.messages).toHaveLength(3);
  });

  it('rebuilds the queue from the store after a restart', async () => {
    const m = await say(await newPlayer(), 'anyone?');
    await startRelay();
    await relay.agentConnected((await store.getAgent('bob'))!);
    await relay.setAgentStatus('bob', 'online');
    expect(await conversationOf(m.conversationId)).toMatchObject({ status: 'assigned', agentId: 'bob' });
  });

  it('publishes a conversation event for each state change', async () => {
    const m = await say(await newPlayer(), 'help');
    await relay.agentConnected((await store.getAgent('alice'))!);
    await relay.setAgentStatus('alice', 'online');
    await relay.resolve('alice', m.conversationId);
    const statuses = events.filter((e) => e.kind === 'conversation').map((e) => (e.kind === 'conversation' ? e.conversation.status : ''));
    expect(statuses).toEqual(['queued', 'assigned', 'resolved']);
  });
});
