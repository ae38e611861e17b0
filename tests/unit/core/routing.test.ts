import { describe, expect, it } from 'vitest';
import { pickAgent, planAssignments, type AgentSlot, type QueuedConversation } from '../../../server/core/routing';

const agent = (id: string, over: Partial<AgentSlot> = {}): AgentSlot => ({ id, siteId: 's', online: true, capacity: 2, load: 0, idleSince: 0, ...over });
const chat = (id: string, queuedAt: number, siteId = 's'): QueuedConversation => ({ id, siteId, queuedAt });

describe('pickAgent', () => {
  it('prefers the least loaded, then the longest idle', () => {
    expect(pickAgent(chat('c', 0), [agent('a', { load: 1 }), agent('b', { load: 0 })])?.id).toBe('b');
    expect(pickAgent(chat('c', 0), [agent('a', { idleSince: 50 }), agent('b', { idleSince: 10 })])?.id).toBe('b');
  });

  it('skips agents who are offline, full, or of another site', () => {
    const agents = [agent('off', { online: false }), agent('full', { load: 2 }), agent('other', { siteId: 'x' })];
    expect(pickAgent(chat('c', 0), agents)).toBeNull();
    expect(pickAgent(chat('c', 0), [...agents, agent('ok', { load: 1 })])?.id).toBe('ok');
  });
});

describe('planAssignments', () => {
  it('serves the queue oldest first and never goes above capacity', () => {
    const agents = [agent('a', { capacity: 1 }), agent('b', { capacity: 1 })];
    const plan = planAssignments([chat('late', 30), chat('early', 10), chat('mid', 20)], agents, 100);
    expect(plan.map((p) => p.conversationId)).toEqual(['early', 'mid']);
    expect(new Set(plan.map((p) => p.agentId)).size).toBe(2);
    expect(agents.every((a) => a.load <= a.capacity)).toBe(true);
  });

  it('spreads a burst over agents instead of filling the first one', () => {
    const agents = [agent('a', { capacity: 4 }), agent('b', { capacity: 4 })];
    const plan = planAssignments([chat('1', 1), chat('2', 2), chat('3', 3), chat('4', 4)], agents, 100);
    expect(plan.filter((p) => p.agentId === 'a')).toHaveLength(2);
    expect(plan.filter((p) => p.agentId === 'b')).toHaveLength(2);
  });
});
