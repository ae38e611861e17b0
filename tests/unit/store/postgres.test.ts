import { describe, expect, it } from 'vitest';
import { newConversation } from '../../../server/core/conversation';
import { openPostgresStore } from '../../../server/store/postgres';
import { TEST_DATABASE_URL, usePostgresSchemas } from '../../support/postgres-schemas';
import { storeContract } from './store.contract';

/**
 * The same contract cases as SQLite, against the real PostgreSQL the machine
 * runs (.ci/run starts it). Each store gets a fresh schema, dropped after.
 * `pg` here is the schema helper, not the driver.
 */
const pg = usePostgresSchemas('store');

describe('PostgreSQL store', () => {
  storeContract(pg.openStore);
});

describe('PostgreSQL store shared by two nodes', () => {
  it('numbers concurrent appends from two nodes to one conversation without gaps or repeats, and dedupes across them', async () => {
    const schema = await pg.newSchema();
    const node1 = openPostgresStore(TEST_DATABASE_URL, { schema, max: 4 });
    const node2 = openPostgresStore(TEST_DATABASE_URL, { schema, max: 4 });
    try {
      await node1.migrate();
      await node1.createPlayer({ id: 'p', siteId: 'demo', sessionHash: 'h', name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: 1 });
      await node1.createConversation(newConversation({ id: 'c', siteId: 'demo', playerId: 'p', createdAt: 1 }));
      const message = (clientId: string) => ({ conversationId: 'c', clientId, author: 'player' as const, authorId: 'p', authorName: null, text: clientId, at: 2 });
      const appends = [];
      for (let i = 0; i < 40; i++) {
        appends.push(node1.appendMessage(message(`node1-msg-${i}`)), node2.appendMessage(message(`node2-msg-${i}`)));
        // The same client id reaching both nodes (a retry after a failover) is stored once.
        if (i % 10 === 0) appends.push(node2.appendMessage(message(`node1-msg-${i}`)));
      }
      const results = await Promise.all(appends);
      const stored = await node1.listMessages('c', 0, 1000);
      expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
      expect(new Set(stored.map((m) => m.clientId)).size).toBe(80);
      expect(results.filter((r) => r.duplicate)).toHaveLength(4);
    } finally {
      await node1.close();
      await node2.close();
    }
  });
});
