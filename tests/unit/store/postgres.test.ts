import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../../server/store/postgres';
import { storeContract } from './store.contract';

/**
 * The same contract cases as SQLite, against the real PostgreSQL the machine
 * runs (.ci/run starts it). Each store gets a fresh schema, dropped after.
 */
const url = process.env.PITBOSS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = new pg.Client({ connectionString: url });
const schemas: string[] = [];

beforeAll(async () => {
  await admin.connect();
});
afterAll(async () => {
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

describe('PostgreSQL store', () => {
  storeContract(async () => {
    const schema = `pitboss_test_${process.pid}_${schemas.length}_${Date.now() % 100000}`;
    schemas.push(schema);
    await admin.query(`CREATE SCHEMA ${schema}`);
    const store = openPostgresStore(url, { schema, max: 4 });
    await store.migrate();
    return store;
  });
});

describe('PostgreSQL store shared by two nodes', () => {
  it('numbers concurrent appends from two nodes to one conversation without gaps or repeats, and dedupes across them', async () => {
    const schema = `pitboss_test_${process.pid}_shared_${Date.now() % 100000}`;
    schemas.push(schema);
    await admin.query(`CREATE SCHEMA ${schema}`);
    const node1 = openPostgresStore(url, { schema, max: 4 });
    const node2 = openPostgresStore(url, { schema, max: 4 });
    try {
      await node1.migrate();
      await node1.createPlayer({ id: 'p', siteId: 'demo', sessionHash: 'h', name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: 1 });
      await node1.createConversation({
        id: 'c', siteId: 'demo', playerId: 'p', playerName: null, status: 'queued', agentId: null, agentName: null, locale: 'en', topic: null,
        createdAt: 1, queuedAt: 1, assignedAt: null, firstResponseAt: null, firstResponseMs: null, resolvedAt: null, lastSeq: 0, vipTier: 0,
        responsibleGambling: false, complex: false, complexSince: null, needsSenior: false, seniorReachedAt: null, managerId: null, targetAgentId: null,
        excludedAgentIds: [], missedOffers: 0, transfers: 0, waitingSince: null, pausedMs: 0, breaches: [], playerReadSeq: 0, agentReadSeq: 0,
        offlineEmail: null, deflected: false, botAt: null,
      });
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
