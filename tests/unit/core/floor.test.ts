import { describe, expect, it } from 'vitest';
import type { AgentStatus } from '../../../protocol';
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
  it('reports the queue, the longest wait, who is on and the free slots of those online', () => {
    const statuses: Record<string, AgentStatus> = { a_zoe: 'online', a_amy: 'away', a_kim: 'online' };
    const floor = siteFloor({
      siteId: 'demo',
      now: 100_000,
      queue: { length: 2, oldestQueuedAt: 40_000 },
      agents: [agent('a_amy', 'Amy'), agent('a_zoe', 'Zoe'), agent('a_bob', 'Bob'), agent('a_kim', 'Kim', { capacity: 2 }), agent('a_gone', 'Gone', { disabled: true })],
      statusOf: (id) => statuses[id] ?? 'offline',
      // Kim holds more than her capacity (a transfer to her by name): she frees nothing, and takes nothing from Zoe's 1.
      held: new Map([['a_zoe', 3], ['a_kim', 3], ['a_amy', 1]]),
    });
    expect(floor).toEqual({
      siteId: 'demo',
      at: 100_000,
      queueLength: 2,
      longestWaitMs: 60_000,
      agentsOnline: 2,
      freeCapacity: 1,
      agents: [
        { id: 'a_kim', name: 'Kim', status: 'online', load: 3, capacity: 2 },
        { id: 'a_zoe', name: 'Zoe', status: 'online', load: 3, capacity: 4 },
        { id: 'a_amy', name: 'Amy', status: 'away', load: 1, capacity: 4 },
        { id: 'a_bob', name: 'Bob', status: 'offline', load: 0, capacity: 4 },
      ],
    });
  });

  it('is empty for a site nobody is on', () => {
    const floor = siteFloor({ siteId: 'demo', now: 5, queue: { length: 0, oldestQueuedAt: null }, agents: [], statusOf: () => 'offline', held: new Map() });
    expect(floor).toMatchObject({ queueLength: 0, longestWaitMs: 0, agentsOnline: 0, freeCapacity: 0, agents: [] });
  });
});
