import { describe, expect, it } from 'vitest';
import { siteFloor } from '../../../server/core/floor';
import type { AgentRecord } from '../../../server/store/records';

const agent = (id: string, name: string, patch: Partial<AgentRecord> = {}): AgentRecord => ({
  id,
  siteId: 'demo',
  email: `${id}@x.test`,
  name,
  passwordHash: '',
  role: 'agent',
  capacity: 4,
  skills: [],
  languages: ['en'],
  disabled: false,
  createdAt: 0,
  ...patch,
});

describe('siteFloor', () => {
  it('reports the queue, the longest wait and who is on, online agents first', () => {
    const floor = siteFloor({
      siteId: 'demo',
      now: 100_000,
      summary: {
        sites: { demo: { agentsOnline: 1, freeSlots: 1, queuedAts: [40_000, 70_000] }, other: { agentsOnline: 5, freeSlots: 9, queuedAts: [1] } },
        statuses: { a_zoe: 'online', a_amy: 'away' },
      },
      agents: [agent('a_amy', 'Amy'), agent('a_zoe', 'Zoe', { capacity: 4 }), agent('a_bob', 'Bob'), agent('a_gone', 'Gone', { disabled: true })],
      held: new Map([['a_zoe', 3]]),
    });
    expect(floor).toEqual({
      siteId: 'demo',
      at: 100_000,
      queueLength: 2,
      longestWaitMs: 60_000,
      agentsOnline: 1,
      freeCapacity: 1,
      agents: [
        { id: 'a_zoe', name: 'Zoe', status: 'online', load: 3, capacity: 4 },
        { id: 'a_amy', name: 'Amy', status: 'away', load: 0, capacity: 4 },
        { id: 'a_bob', name: 'Bob', status: 'offline', load: 0, capacity: 4 },
      ],
    });
  });

  it('is empty for a site nobody is on', () => {
    const floor = siteFloor({ siteId: 'demo', now: 5, summary: { sites: {}, statuses: {} }, agents: [], held: new Map() });
    expect(floor).toMatchObject({ queueLength: 0, longestWaitMs: 0, agentsOnline: 0, freeCapacity: 0, agents: [] });
  });
});
