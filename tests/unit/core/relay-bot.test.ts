import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalBus } from '../../../server/bus/local';
import { SiteDirectory } from '../../../server/config/sites';
import type { Bot, BotAnswer } from '../../../server/core/bot';
import { FakeClock } from '../../../server/core/clock';
import { Relay } from '../../../server/core/relay';
import type { AgentRecord, PlayerRecord } from '../../../server/store/records';
import { openSqliteStore } from '../../../server/store/sqlite';
import type { KyselyStore } from '../../../server/store/kysely-store';
import { TEST_SITE } from '../../support/test-server';

/** The bot's part of a conversation, with a scripted bot: which answers it gives is server/bot's job, what the relay does with them is tested here. */
const CONFIDENT: BotAnswer = {
  results: [
    { id: 'withdrawal-times', topic: 'withdrawal', title: 'How long do withdrawals take?', score: 12 },
    { id: 'pending-withdrawal', topic: 'withdrawal', title: 'My withdrawal is pending', score: 9 },
  ],
  confident: true,
  inferredTopic: 'withdrawal',
  intent: 'question',
};
const UNSURE: BotAnswer = { results: [], confident: false, inferredTopic: 'kyc', intent: 'question' };

let store: KyselyStore;
let clock: FakeClock;
let relay: Relay;
let nextAnswer: BotAnswer;
let n = 0;
const bot: Bot = { answer: () => nextAnswer };

beforeEach(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
  clock = new FakeClock(5_000_000);
  relay = new Relay({ store, bus: new LocalBus(), clock, bot, ids: { id: (p) => `${p}_${++n}`, token: () => `t-${++n}-${'x'.repeat(30)}` }, sites: new SiteDirectory([TEST_SITE]) });
  await relay.start();
});
afterEach(async () => {
  await store.close();
});

const newPlayer = async (): Promise<PlayerRecord> => (await relay.connectPlayer({ siteId: 'demo', session: null, locale: 'en', lastSeq: 0 })).player;
const say = (p: PlayerRecord, text: string) => relay.playerMessage(p, { clientId: `m-${++n}-abcdef`, text, locale: 'en', originSocket: 's' });
const get = async (id: string) => (await store.getConversation(id))!;

async function onlineAgent(): Promise<AgentRecord> {
  const agent: AgentRecord = { id: 'alice', siteId: 'demo', email: 'a@t.test', name: 'Alice', passwordHash: 'x', role: 'agent', capacity: 3, skills: ['withdrawal', 'kyc'], languages: ['en'], disabled: false, createdAt: 0 };
  await store.createAgent(agent);
  await relay.agentConnected(agent);
  await relay.setAgentStatus('alice', 'online');
  return agent;
}

describe('the FAQ bot in the conversation flow', () => {
  it('answers a confident question with up to three articles and keeps the chat out of the queue', async () => {
    await onlineAgent();
    const m = await say(await newPlayer(), 'how long does a cashout take');
    const c = await get(m.conversationId);
    expect(c).toMatchObject({ status: 'bot', queuedAt: null, agentId: null, topic: 'withdrawal', botAt: clock.now() });
    const transcript = await store.listMessages(c.id, 0, 10);
    expect(transcript.map((x) => x.author)).toEqual(['player', 'bot']);
    expect(transcript[1]!.articles?.map((a) => a.id)).toEqual(['withdrawal-times', 'pending-withdrawal']);
  });

  it('"This solved it" ends the chat as deflected, without an agent', async () => {
    const p = await newPlayer();
    const m = await say(p, 'how long does a cashout take');
    await relay.botChoice(p, 'solved');
    expect(await get(m.conversationId)).toMatchObject({ status: 'resolved', deflected: true, agentId: null, queuedAt: null });
  });

  it('"Talk to a person" queues at once, and the FRT clock starts then, not when the bot answered', async () => {
    const p = await newPlayer();
    const m = await say(p, 'how long does a cashout take');
    clock.advance(90_000);
    await relay.botChoice(p, 'human');
    const queuedAt = clock.now();
    expect(await get(m.conversationId)).toMatchObject({ status: 'queued', queuedAt });
    await onlineAgent();
    clock.advance(20_000);
    await relay.agentMessage('alice', { conversationId: m.conversationId, clientId: 'reply-123456', text: 'Hi!', originSocket: 'a' });
    expect((await get(m.conversationId)).firstResponseMs).toBe(20_000);
  });

  it('writing again instead of choosing means the articles did not help: to the queue', async () => {
    const p = await newPlayer();
    const m = await say(p, 'how long does a cashout take');
    await say(p, 'no that is not it, my money is gone');
    expect((await get(m.conversationId)).status).toBe('queued');
  });

  it('queues straight away when not confident, with the topic the bot inferred', async () => {
    nextAnswer = UNSURE;
    const m = await say(await newPlayer(), 'my papers were rejected why');
    expect(await get(m.conversationId)).toMatchObject({ status: 'queued', topic: 'kyc' });
    expect((await store.listMessages(m.conversationId, 0, 10)).map((x) => x.author)).toEqual(['player']);
    nextAnswer = CONFIDENT;
  });

  it('never leaves a responsible-gambling message with the bot: help resources, then the queue with top priority', async () => {
    const regular = await say(await newPlayer(), 'where is my bonus');
    // Even a (wrongly) confident bot must not keep it.
    const m = await say(await newPlayer(), 'I keep losing and cannot stop gambling, please close my account');
    expect(await get(m.conversationId)).toMatchObject({ status: 'queued', responsibleGambling: true, topic: 'responsible-gambling' });
    const transcript = await store.listMessages(m.conversationId, 0, 10);
    expect(transcript.map((x) => x.author)).toEqual(['player', 'system']);
    expect(transcript[1]!.text).toMatch(/not alone/);
    expect((await get(regular.conversationId)).status).toBe('bot');
    // The bot's own judgement counts too, in words the relay's detector does not know.
    nextAnswer = { ...CONFIDENT, intent: 'responsible-gambling', confident: false, inferredTopic: 'responsible-gambling' };
    const other = await say(await newPlayer(), 'je joue trop, aidez-moi');
    expect(await get(other.conversationId)).toMatchObject({ status: 'queued', responsibleGambling: true });
  });

  it('refuses a bot choice when no bot answer is waiting', async () => {
    nextAnswer = UNSURE;
    const p = await newPlayer();
    await say(p, 'something odd');
    await expect(relay.botChoice(p, 'solved')).rejects.toMatchObject({ code: 'conflict' });
    nextAnswer = CONFIDENT;
  });
});

beforeEach(() => {
  nextAnswer = CONFIDENT;
});
