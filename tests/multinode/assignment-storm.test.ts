import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/core/passwords';
import { openPostgresStore } from '../../server/store/postgres';
import { connectAgent, connectPlayer } from '../support/clients';
import { createCluster, DATABASE_URL } from '../support/cluster';

/** 1,000 queued conversations meet 30 agents spread over three nodes. */
const AGENTS = 30;
const CHATS = 1000;
const CAPACITY = 40;

let cluster: Awaited<ReturnType<typeof createCluster>>;
beforeAll(async () => {
  cluster = await createCluster();
  // Agents exist before the nodes start (as an admin would have created them).
  const store = openPostgresStore(DATABASE_URL, { schema: cluster.schema, max: 2 });
  await store.migrate();
  const passwordHash = await hashPassword('pitboss-demo');
  for (let i = 0; i < AGENTS; i++) {
    await store.createAgent({
      id: `storm_${i}`, siteId: 'demo', email: `storm${i}@luckystar.test`, name: `Storm ${i}`, passwordHash, role: 'agent',
      capacity: CAPACITY, skills: [], languages: ['en'], disabled: false, createdAt: 0,
    });
  }
  await store.close();
  for (const name of ['node1', 'node2', 'node3']) await cluster.startNode(name);
}, 90_000);
afterAll(async () => {
  if (process.env.PITBOSS_DEBUG_CLUSTER) for (const n of cluster?.nodes ?? []) console.log(n.name, n.output.join('').split('\n').filter((l) => /lease|level":[4-6]0/.test(l)).map((l) => l.slice(0, 200)).slice(0, 8).join('\n'));
  await cluster?.stop();
}, 30_000);

describe('assignment storm across nodes', () => {
  it('drains the queue with no conversation assigned twice and no agent above capacity', async () => {
    const nodes = cluster.nodes;
    const players = [];
    // Each player from their own address (documentation ranges: only a header, never contacted).
    for (let i = 0; i < CHATS; i++) {
      players.push(await connectPlayer(nodes[i % 3]!.url, { forwardedFor: `${i % 2 ? '198.51.100' : '203.0.113'}.${i % 250}` }));
    }
    // A storm: all at once, answered as fast as the leader can store them.
    await Promise.all(players.map((p, i) => p.say(`storm question ${i}`, undefined, 30_000)));

    const agents = [];
    for (let i = 0; i < AGENTS; i++) agents.push(await connectAgent(nodes[i % 3]!.url, `storm${i}@luckystar.test`));
    // All come online at once, on three nodes.
    await Promise.all(agents.map((a) => {
      a.socket.send({ type: 'status', status: 'online' });
      return a.socket.type('agent', (f) => f.agent.status === 'online', 10_000);
    }));

    const deadline = Date.now() + 90_000;
    let assigned = 0;
    while (Date.now() < deadline) {
      const { rows } = await cluster.admin.query(`SELECT count(*)::int AS n FROM ${cluster.schema}.conversations WHERE status = 'assigned'`);
      assigned = rows[0].n;
      if (assigned === CHATS) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(assigned).toBe(CHATS);

    // Only the storm's chats: the demo site's seeded history (resolved chats of the demo agents) shares the store.
    const load = await cluster.admin.query(`SELECT agent_id, count(*)::int AS n FROM ${cluster.schema}.conversations WHERE status = 'assigned' GROUP BY agent_id`);
    expect(load.rows.reduce((n: number, row: { n: number }) => n + row.n, 0)).toBe(CHATS);
    for (const row of load.rows) expect(row.n).toBeLessThanOrEqual(CAPACITY);
    const twice = await cluster.admin.query(
      `SELECT e.conversation_id FROM ${cluster.schema}.conversation_events e JOIN ${cluster.schema}.conversations c ON c.id = e.conversation_id
       WHERE e.kind = 'assigned' AND c.status = 'assigned' GROUP BY e.conversation_id HAVING count(*) > 1`,
    );
    expect(twice.rows).toEqual([]);

    // What the agents were told agrees with the database: each chat offered to exactly one agent.
    await new Promise((r) => setTimeout(r, 500));
    const toldTo = new Map<string, string[]>();
    for (const a of agents) {
      for (const f of a.socket.frames) {
        if (f.type !== 'conversation' || f.conversation.status !== 'assigned') continue;
        toldTo.set(f.conversation.id, [...new Set([...(toldTo.get(f.conversation.id) ?? []), f.conversation.agentId])]);
      }
    }
    expect(toldTo.size).toBe(CHATS);
    expect([...toldTo.values()].filter((owners) => owners.length > 1)).toEqual([]);
    for (const p of players) p.socket.close();
    for (const a of agents) a.socket.close();
  }, 180_000);
});
