import { describe, expect, it } from 'vitest';
import type { AgentStatus } from '../../../protocol';
import { transferCandidates } from '../../../server/core/transfer-candidates';
import type { AgentRecord } from '../../../server/store/records';

function agent(id: string, name: string, patch: Partial<AgentRecord> = {}): AgentRecord {
  return { id, siteId: 's1', email: `${id}@x.test`, name, passwordHash: 'h', role: 'agent', capacity: 4, skills: ['kyc'], languages: ['en'], disabled: false, createdAt: 0, ...patch };
}

describe('transferCandidates', () => {
  const statuses: Record<string, AgentStatus> = { me: 'online', full: 'online', free: 'online', half: 'online', away: 'away', off: 'offline', gone: 'online', other: 'online', over: 'online' };
  const statusOf = (id: string) => statuses[id] ?? 'offline';

  it('keeps online colleagues of the asker’s site, most free slots first, then by name', () => {
    const agents = [
      agent('me', 'Me'),
      agent('full', 'Ann Full', { capacity: 2 }),
      agent('half', 'Cleo Half'),
      agent('free', 'Bea Free'),
      agent('over', 'Abe Over', { capacity: 1 }),
      agent('away', 'Away'),
      agent('off', 'Off'),
      agent('gone', 'Gone', { disabled: true }),
      agent('other', 'Other Site', { siteId: 's2' }),
    ];
    const held = new Map([['full', 2], ['half', 2], ['over', 3], ['me', 1]]);
    const listed = transferCandidates({ asker: { id: 'me', siteId: 's1' }, agents, statusOf, held });
    expect(listed.map((c) => [c.id, c.load, c.capacity])).toEqual([
      ['free', 0, 4],
      ['half', 2, 4],
      // No free slot either way: a capacity lowered under the load counts as full, not below full.
      ['over', 3, 1],
      ['full', 2, 2],
    ]);
    expect(listed[0]).toEqual({ id: 'free', name: 'Bea Free', role: 'agent', load: 0, capacity: 4, skills: ['kyc'], languages: ['en'] });
  });
});
