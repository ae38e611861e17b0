/**
 * npm run bench:multinode — messages per second and latency with 1, 2 and 3
 * relay nodes (real processes on PostgreSQL and Redis), side by side.
 *
 * Load: 300 players and 10 agents spread round robin over the nodes (as a load
 * balancer would), every player in an assigned conversation; players send at a
 * fixed total rate (open loop, each message stamped), agents record the
 * player→agent latency. Two cores run everything here — the nodes, PostgreSQL,
 * Redis and this load generator — so extra nodes cannot add CPU: the figures
 * show what spreading sockets costs (one more hop through Redis), not how a
 * cluster scales on separate machines.
 */
import { hashPassword } from '../server/core/passwords';
import { openPostgresStore } from '../server/store/postgres';
import { connectAgent, connectPlayer } from '../tests/support/clients';
import { createCluster, DATABASE_URL } from '../tests/support/cluster';

const PLAYERS = 300;
const AGENTS = 10;
const quick = process.argv.includes('--quick');
const RATE = Number(process.env.RATE ?? 600); // messages per second, all players together
const SECONDS = quick ? 4 : 10;

interface Result {
  nodes: number;
  offered: number;
  delivered: number;
  p50: number;
  p99: number;
  max: number;
}

async function run(nodeCount: number): Promise<Result> {
  const cluster = await createCluster();
  try {
    const store = openPostgresStore(DATABASE_URL, { schema: cluster.schema, max: 2 });
    await store.migrate();
    const passwordHash = await hashPassword('pitboss-demo');
    for (let i = 0; i < AGENTS; i++) {
      await store.createAgent({ id: `bench_${i}`, siteId: 'demo', email: `bench${i}@luckystar.test`, name: `Bench ${i}`, passwordHash, role: 'agent', capacity: 40, skills: [], languages: ['en'], disabled: false, createdAt: 0 });
    }
    await store.close();
    for (let i = 0; i < nodeCount; i++) await cluster.startNode(`node${i + 1}`);
    const node = (i: number) => cluster.nodes[i % nodeCount]!.url;

    const latencies: number[] = [];
    const agents = [];
    for (let i = 0; i < AGENTS; i++) {
      const agent = await connectAgent(node(i), `bench${i}@luckystar.test`, { status: 'online' });
      agent.socket.ws.on('message', (data) => {
        const frame = JSON.parse(String(data));
        if (frame.type === 'message' && frame.message.author === 'player' && frame.message.text.startsWith('t=')) {
          latencies.push(Date.now() - parseInt(frame.message.text.slice(2), 36));
        }
      });
      agents.push(agent);
    }
    const players = [];
    for (let i = 0; i < PLAYERS; i++) {
      const p = await connectPlayer(node(i), { forwardedFor: `${i % 2 ? '198.51.100' : '203.0.113'}.${i % 250}` });
      await p.say('hello', undefined, 30_000);
      players.push(p);
    }
    // Wait until every conversation is assigned, then measure.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const { rows } = await cluster.admin.query(`SELECT count(*)::int AS n FROM ${cluster.schema}.conversations WHERE status = 'assigned'`);
      if (rows[0].n === PLAYERS) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    latencies.length = 0;
    let offered = 0;
    const start = Date.now();
    const interval = 1000 / RATE;
    let next = start;
    let n = 0;
    // Open loop: send on schedule, whatever the replies do.
    while (Date.now() - start < SECONDS * 1000) {
      while (next <= Date.now()) {
        const p = players[n++ % PLAYERS]!;
        // Base 36: thirteen decimal digits can pass the Luhn check and be masked as a card number.
        p.socket.send({ type: 'send', id: `b${nodeCount}x${n}xxxxxx`, text: `t=${Date.now().toString(36)}` });
        offered++;
        next += interval;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    await new Promise((r) => setTimeout(r, 2000));
    const sorted = [...latencies].sort((a, b) => a - b);
    const q = (x: number) => sorted[Math.min(sorted.length - 1, Math.floor(x * sorted.length))] ?? NaN;
    for (const p of players) p.socket.close();
    for (const a of agents) a.socket.close();
    return { nodes: nodeCount, offered: offered / SECONDS, delivered: latencies.length / SECONDS, p50: q(0.5), p99: q(0.99), max: sorted.at(-1) ?? NaN };
  } finally {
    await cluster.stop();
  }
}

const results: Result[] = [];
for (const n of [1, 2, 3]) results.push(await run(n));
console.log(`\nRelay cluster on PostgreSQL + Redis: ${PLAYERS} players, ${AGENTS} agents, ${RATE} msg/s offered for ${SECONDS} s\n`);
console.log('nodes'.padEnd(8) + ['offered/s', 'delivered/s', 'p50 ms', 'p99 ms', 'max ms'].map((h) => h.padStart(13)).join(''));
for (const r of results) {
  console.log(String(r.nodes).padEnd(8) + [r.offered.toFixed(0), r.delivered.toFixed(0), String(r.p50), String(r.p99), String(r.max)].map((v) => v.padStart(13)).join(''));
}
console.log('\nAll on 2 cores: more nodes add a Redis hop and processes competing for the same CPU; they add availability, not capacity, on this machine.');
process.exit(0);
