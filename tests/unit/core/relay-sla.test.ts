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

/** The routing and SLA rules of issue #3, each on a fake clock through the real relay and an in-memory SQLite store. */
let store: KyselyStore;
let clock: FakeClock;
let events: BusEvent[];
let relay: Relay;
let n = 0;

const SITE = {
  ...TEST_SITE,
  agentReconnectGraceMs: 10_000,
  offerTimeoutMs: 60_000,
  managerWaitMs: 30_000,
  languageWaitMs: 90_000,
  skillWaitMs: 120_000,
  responsibleGamblingWaitMs: 10_000,
};

async function addAgent(id: string, over: Partial<AgentRecord> = {}): Promise<AgentRecord> {
  const record: AgentRecord = {
    id,
    siteId: 'demo',
    email: `${id}@t.test`,
    name: id,
    passwordHash: 'x',
    role: 'agent',
    capacity: 3,
    skills: ['deposit', 'withdrawal', 'kyc', 'bonus', 'responsible-gambling'],
    languages: ['en'],
    disabled: false,
    createdAt: 0,
    ...over,
  };
  await store.createAgent(record);
  await relay.agentConnected(record);
  await relay.setAgentStatus(id, 'online');
  return record;
}

async function player(over: Partial<PlayerRecord> = {}): Promise<PlayerRecord> {
  const { player } = await relay.connectPlayer({ siteId: 'demo', session: null, locale: 'en', lastSeq: 0 });
  if (Object.keys(over).length === 0) return player;
  // VIP tier and manager come from the verified identity / CRM; set them as that path would.
  const withTier = { ...player, ...over };
  await store.createPlayer({ ...withTier, id: `${player.id}-v`, sessionHash: `${player.sessionHash}-v` });
  return { ...withTier, id: `${player.id}-v` };
}

const say = (p: PlayerRecord, text: string, locale = 'en', topic?: 'deposit' | 'bonus' | 'kyc') =>
  relay.playerMessage(p, { clientId: `m-${++n}-abcdef`, text, locale, topic, originSocket: 'p' });
const reply = (agentId: string, conversationId: string) =>
  relay.agentMessage(agentId, { conversationId, clientId: `r-${++n}-abcdef`, text: 'hello', originSocket: 'a' });
const get = async (id: string) => (await store.getConversation(id))!;

beforeEach(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
  clock = new FakeClock(10_000_000);
  const bus = new LocalBus();
  events = [];
  bus.subscribe((e) => events.push(e));
  relay = new Relay({ store, bus, clock, ids: { id: (p) => `${p}_${++n}`, token: () => `tok-${++n}-${'q'.repeat(30)}` }, sites: new SiteDirectory([SITE]) });
  await relay.start();
});
afterEach(async () => {
  await store.close();
});

describe('offer timeout', () => {
  it('moves an unanswered chat to the next agent after the offer time, counts a missed offer, and keeps the FRT clock', async () => {
    await addAgent('slow');
    const c = await say(await player(), 'hi');
    expect((await get(c.conversationId)).agentId).toBe('slow');
    await addAgent('quick', { capacity: 1 });
    // quick is less loaded now but the chat is already slow's.
    clock.advance(59_999);
    await relay.tick(clock.now());
    expect((await get(c.conversationId)).agentId).toBe('slow');
    clock.advance(1);
    await relay.tick(clock.now());
    const moved = await get(c.conversationId);
    expect(moved).toMatchObject({ agentId: 'quick', missedOffers: 1, queuedAt: 10_000_000 });
    clock.advance(5_000);
    await reply('quick', c.conversationId);
    expect((await get(c.conversationId)).firstResponseMs).toBe(65_000);
    expect((await store.listEvents(c.conversationId)).map((e) => e.kind)).toEqual(['assigned', 'missed_offer', 'assigned']);
  });

  it('does not time out an answered chat', async () => {
    await addAgent('a');
    const c = await say(await player(), 'hi');
    await reply('a', c.conversationId);
    clock.advance(10 * 60_000);
    await relay.tick(clock.now());
    expect((await get(c.conversationId)).agentId).toBe('a');
  });
});

describe('away and offline', () => {
  it('gives away agents no new chats and lets offline agents hand theirs back', async () => {
    await addAgent('a');
    const first = await say(await player(), 'one');
    await relay.setAgentStatus('a', 'away');
    const second = await say(await player(), 'two');
    expect((await get(first.conversationId)).agentId).toBe('a');
    expect((await get(second.conversationId)).status).toBe('queued');
    await relay.setAgentStatus('a', 'offline');
    expect((await get(first.conversationId)).status).toBe('queued');
  });
});

describe('priorities', () => {
  it('serves a responsible-gambling message first, detected from the text, preferring a trained agent', async () => {
    await addAgent('rg-trained', { skills: ['responsible-gambling'], capacity: 1 });
    await say(await player(), 'occupies the trained agent');
    const plain = await say(await player(), 'where is my bonus');
    expect((await get(plain.conversationId)).status).toBe('queued');
    const distressed = await say(await player(), 'I think I have a gambling problem, I want to self-exclude');
    expect(await get(distressed.conversationId)).toMatchObject({ responsibleGambling: true, topic: 'responsible-gambling', status: 'queued' });
    // One free slot opens: the person in distress gets it, not the earlier bonus question.
    await addAgent('generalist', { skills: ['bonus'], capacity: 1 });
    expect((await get(plain.conversationId)).agentId).toBe('generalist');
    await relay.resolve('generalist', plain.conversationId);
    // The trained agent is busy: a short wait for them, then the generalist answers.
    expect((await get(distressed.conversationId)).status).toBe('queued');
    clock.advance(10_000);
    await relay.tick(clock.now());
    expect((await get(distressed.conversationId)).agentId).toBe('generalist');
  });

  it('serves VIPs before regular players', async () => {
    const regular = await say(await player(), 'deposit question');
    const vip = await say(await player({ vipTier: 3 }), 'deposit question');
    await addAgent('only', { capacity: 1 });
    expect((await get(vip.conversationId)).agentId).toBe('only');
    expect((await get(regular.conversationId)).status).toBe('queued');
  });

  it("waits for the VIP's personal manager, then lets a colleague take it", async () => {
    await addAgent('manager', { capacity: 1 });
    await say(await player(), 'occupies the manager');
    await addAgent('colleague');
    const vip = await say(await player({ vipTier: 2, managerAgentId: 'manager' }), 'hello');
    expect((await get(vip.conversationId)).status).toBe('queued');
    clock.advance(30_000);
    await relay.tick(clock.now());
    expect((await get(vip.conversationId)).agentId).toBe('colleague');
  });

  it('waits for a speaker of the language, then any skilled agent may take it', async () => {
    await addAgent('french', { languages: ['fr'], capacity: 1 });
    const occupying = await say(await player(), 'occupies the French speaker');
    await reply('french', occupying.conversationId);
    await addAgent('english');
    const c = await say(await player(), 'bonjour', 'fr');
    expect((await get(c.conversationId)).status).toBe('queued');
    clock.advance(90_000);
    await relay.tick(clock.now());
    expect(await get(c.conversationId)).toMatchObject({ agentId: 'english', locale: 'fr' });
  });
});

describe('transfer and escalation', () => {
  it('transfers to a named agent with a note the player never sees, and tells the player politely', async () => {
    await addAgent('first');
    const c = await say(await player(), 'my withdrawal');
    await reply('first', c.conversationId);
    await addAgent('payments');
    await relay.transfer('first', c.conversationId, { kind: 'agent', agentId: 'payments' }, 'Bank reference checked, needs payments');
    expect(await get(c.conversationId)).toMatchObject({ agentId: 'payments', transfers: 1 });
    const transcript = await store.listMessages(c.conversationId, 0, 50);
    expect(transcript.map((m) => m.text).join(' ')).not.toContain('Bank reference');
    expect(transcript.at(-1)).toMatchObject({ author: 'system' });
    expect((await store.listEvents(c.conversationId)).find((e) => e.kind === 'transfer')?.note).toBe('Bank reference checked, needs payments');
  });

  it('transfers to a skill queue', async () => {
    await addAgent('bonus-only', { skills: ['bonus'] });
    const c = await say(await player(), 'where is my bonus', 'en', 'bonus');
    await addAgent('kyc-only', { skills: ['kyc'] });
    await relay.transfer('bonus-only', c.conversationId, { kind: 'topic', topic: 'kyc' }, 'documents question');
    expect(await get(c.conversationId)).toMatchObject({ agentId: 'kyc-only', topic: 'kyc' });
  });

  it('escalates by hand to a senior', async () => {
    await addAgent('junior');
    const c = await say(await player(), 'complaint');
    await addAgent('senior', { role: 'senior' });
    await relay.escalate('junior', c.conversationId, 'threatens a chargeback');
    expect(await get(c.conversationId)).toMatchObject({ agentId: 'senior', needsSenior: true });
  });

  it('escalates a complex chat automatically when no senior reached it within the target, and records the breach', async () => {
    await addAgent('junior');
    const c = await say(await player(), 'complicated');
    await reply('junior', c.conversationId);
    await relay.setComplex('junior', c.conversationId, true);
    await addAgent('senior', { role: 'senior' });
    clock.advance(3_600_000);
    await relay.tick(clock.now());
    const escalated = await get(c.conversationId);
    expect(escalated).toMatchObject({ agentId: 'senior', needsSenior: true });
    expect(escalated.breaches).toContain('escalation');
    expect(events.some((e) => e.kind === 'breach' && e.breach.kind === 'escalation')).toBe(true);
  });
});

describe('SLA breaches', () => {
  it('records a first-response breach once, as an event supervisors see live', async () => {
    const c = await say(await player(), 'anyone?');
    clock.advance(299_999);
    await relay.tick(clock.now());
    expect((await get(c.conversationId)).breaches).toEqual([]);
    clock.advance(1);
    await relay.tick(clock.now());
    await relay.tick(clock.now());
    expect((await get(c.conversationId)).breaches).toEqual(['first_response']);
    expect(events.filter((e) => e.kind === 'breach')).toHaveLength(1);
  });

  it('pauses the resolution clock while waiting on the player and resumes it when they write', async () => {
    await addAgent('a');
    const p = await player();
    const c = await say(p, 'withdrawal blocked');
    await reply('a', c.conversationId);
    clock.advance(10 * 60_000);
    await relay.setWaiting('a', c.conversationId, true);
    clock.advance(30 * 60_000);
    await relay.tick(clock.now());
    expect((await get(c.conversationId)).breaches).not.toContain('resolution');
    await say(p, 'here is my bank statement');
    expect(await get(c.conversationId)).toMatchObject({ waitingSince: null, pausedMs: 30 * 60_000 });
    clock.advance(5 * 60_000);
    await relay.tick(clock.now());
    expect((await get(c.conversationId)).breaches).toContain('resolution');
  });
});
