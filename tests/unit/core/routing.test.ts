import { describe, expect, it } from 'vitest';
import { compareQueued, floorOf, pickAgent, planAssignments, type AgentSlot, type QueuedConversation, type RoutingPolicy } from '../../../server/core/routing';

const POLICY: RoutingPolicy = { managerWaitMs: 60_000, languageWaitMs: 120_000, skillWaitMs: 180_000, responsibleGamblingWaitMs: 10_000 };
const policyOf = () => POLICY;

const agent = (id: string, over: Partial<AgentSlot> = {}): AgentSlot => ({
  id,
  siteId: 's',
  online: true,
  capacity: 2,
  load: 0,
  idleSince: 0,
  skills: new Set(['deposit', 'withdrawal', 'kyc', 'responsible-gambling']),
  languages: new Set(['en']),
  seniority: 'agent',
  ...over,
});
const chat = (id: string, queuedAt: number, over: Partial<QueuedConversation> = {}): QueuedConversation => ({
  id,
  siteId: 's',
  queuedAt,
  frtDeadline: queuedAt + 300_000,
  topic: null,
  language: 'en',
  vipTier: 0,
  responsibleGambling: false,
  managerId: null,
  needsSenior: false,
  targetAgentId: null,
  excludedAgentIds: [],
  ...over,
});
const pick = (c: QueuedConversation, agents: AgentSlot[], now = c.queuedAt) =>
  pickAgent(c, agents, now, POLICY, floorOf(agents))?.id ?? null;

describe('queue order', () => {
  it('puts responsible gambling first, then VIP tier, then the nearest FRT deadline, then arrival', () => {
    const queue = [
      chat('plain-old', 0),
      chat('vip1', 50, { vipTier: 1 }),
      chat('vip3', 60, { vipTier: 3 }),
      chat('rg', 70, { responsibleGambling: true }),
      chat('tight-deadline', 10, { frtDeadline: 100 }),
      chat('plain-new', 5),
    ];
    expect(queue.sort(compareQueued).map((c) => c.id)).toEqual(['rg', 'vip3', 'vip1', 'tight-deadline', 'plain-old', 'plain-new']);
  });
});

describe('pickAgent', () => {
  it('prefers the least loaded, then the longest idle', () => {
    expect(pick(chat('c', 0), [agent('a', { load: 1 }), agent('b', { load: 0 })])).toBe('b');
    expect(pick(chat('c', 0), [agent('a', { idleSince: 50 }), agent('b', { idleSince: 10 })])).toBe('b');
  });

  it('skips agents who are offline or away, full, or of another site', () => {
    const agents = [agent('off', { online: false }), agent('full', { load: 2 }), agent('other', { siteId: 'x' })];
    expect(pick(chat('c', 0), agents)).toBeNull();
    expect(pick(chat('c', 0), [...agents, agent('ok', { load: 1 })])).toBe('ok');
  });

  it('needs the topic skill until the skill wait runs out, if someone online has it', () => {
    const agents = [agent('payments', { skills: new Set(['deposit']) }), agent('bonus-expert', { skills: new Set(['bonus']), load: 2 })];
    const c = chat('c', 0, { topic: 'bonus' });
    expect(pick(c, agents, 179_999)).toBeNull();
    expect(pick(c, agents, 180_000)).toBe('payments');
    expect(pick(chat('c2', 0, { topic: 'other' }), agents)).toBe('payments');
    // Nobody on shift has the skill: no point waiting.
    expect(pick(c, [agent('payments', { skills: new Set(['deposit']) })], 0)).toBe('payments');
  });

  it('needs the language until the language wait runs out, then any skilled agent may take it', () => {
    const busyFrench = agent('fr', { languages: new Set(['fr']), load: 2 });
    const c = chat('c', 0, { language: 'fr', topic: 'deposit' });
    expect(pick(c, [agent('en-only'), agent('fr', { languages: new Set(['fr']), load: 1 })])).toBe('fr');
    expect(pick(c, [agent('en-only'), busyFrench], 119_999)).toBeNull();
    expect(pick(c, [agent('en-only'), busyFrench], 120_000)).toBe('en-only');
    // No French speaker online at all: the English speaker answers at once.
    expect(pick(c, [agent('en-only')], 0)).toBe('en-only');
  });

  it("waits for a VIP's online manager, then lets anyone take it", () => {
    const manager = agent('manager', { load: 2 });
    const c = chat('vip', 0, { vipTier: 2, managerId: 'manager' });
    expect(pick(c, [manager, agent('other')], 59_999)).toBeNull();
    expect(pick(c, [manager, agent('other')], 60_000)).toBe('other');
    // A free manager wins over a less loaded colleague.
    expect(pick(c, [agent('manager', { load: 1 }), agent('other')], 0)).toBe('manager');
    // An offline manager is not waited for.
    expect(pick(c, [agent('manager', { online: false }), agent('other')], 0)).toBe('other');
  });

  it('gives escalated chats only to seniors, transferred ones only to their target, and skips agents who missed the offer', () => {
    const agents = [agent('junior'), agent('senior', { seniority: 'senior', load: 1 })];
    expect(pick(chat('c', 0, { needsSenior: true }), agents)).toBe('senior');
    expect(pick(chat('c', 0, { targetAgentId: 'senior' }), agents)).toBe('senior');
    expect(pick(chat('c', 0, { excludedAgentIds: ['junior'] }), agents)).toBe('senior');
  });
});

describe('planAssignments', () => {
  it('serves the queue in priority order and never goes above capacity', () => {
    const agents = [agent('a', { capacity: 1 }), agent('b', { capacity: 1 })];
    const plan = planAssignments([chat('late', 30), chat('early', 10), chat('rg', 40, { responsibleGambling: true })], agents, 100, policyOf);
    expect(plan.map((p) => p.conversationId)).toEqual(['rg', 'early']);
    expect(new Set(plan.map((p) => p.agentId)).size).toBe(2);
    expect(agents.every((a) => a.load <= a.capacity)).toBe(true);
  });

  it('spreads a burst over agents instead of filling the first one', () => {
    const agents = [agent('a', { capacity: 4 }), agent('b', { capacity: 4 })];
    const plan = planAssignments([chat('1', 1), chat('2', 2), chat('3', 3), chat('4', 4)], agents, 100, policyOf);
    expect(plan.filter((p) => p.agentId === 'a')).toHaveLength(2);
    expect(plan.filter((p) => p.agentId === 'b')).toHaveLength(2);
  });

  it('lets a chat no one can take yet not block those behind it', () => {
    const agents = [agent('en'), agent('ko', { languages: new Set(['ko']), load: 2 })];
    const plan = planAssignments([chat('ko', 0, { language: 'ko' }), chat('en', 5)], agents, 10, policyOf);
    expect(plan).toEqual([{ conversationId: 'en', agentId: 'en' }]);
  });
});

describe('responsible gambling', () => {
  it('waits only briefly for a trained agent, then anyone answers', () => {
    const trainedBusy = agent('trained', { skills: new Set(['responsible-gambling']), load: 2 });
    const c = chat('rg', 0, { topic: 'responsible-gambling', responsibleGambling: true });
    const generalist = agent('generalist', { skills: new Set(['deposit']) });
    expect(pick(c, [trainedBusy, generalist], 9_999)).toBeNull();
    expect(pick(c, [trainedBusy, generalist], 10_000)).toBe('generalist');
  });
});

describe('best fit among eligible agents', () => {
  it('prefers the agent with the skill and the language over a less loaded one without', () => {
    const c = chat('fr-kyc', 0, { topic: 'kyc', language: 'fr' });
    const french = agent('french', { languages: new Set(['fr']), skills: new Set(['kyc']), load: 1 });
    const idleEnglish = agent('english', { load: 0, skills: new Set(['deposit']) });
    // After the waits both may take it; the one who fits still wins over the idler one.
    expect(pick(c, [idleEnglish, french], 200_000)).toBe('french');
  });

  it('hands a responsible-gambling chat to a free trained agent before a less loaded colleague', () => {
    const c = chat('rg', 0, { topic: 'responsible-gambling', responsibleGambling: true });
    const trained = agent('trained', { skills: new Set(['responsible-gambling']), load: 1 });
    const agents = [agent('generalist', { skills: new Set(['deposit']) }), trained];
    // The default: no wait for a specialist, yet a free one is still chosen.
    expect(pickAgent(c, agents, 0, { ...POLICY, responsibleGamblingWaitMs: 0 }, floorOf(agents))?.id).toBe('trained');
  });
});
