/**
 * The Pitboss relay as the load bench runs it: startServer from server/app.ts
 * exactly as server/main.ts wires it, on a fresh SQLite file, with bench
 * agents and their sessions written to the store before start (so the load
 * process needs no password round trips). Only instrumentation is added here;
 * no server code is changed:
 * - commits: every SQLite write transaction (explicit COMMITs plus writes in
 *   autocommit mode), counted on better-sqlite3's Statement.run;
 * - statements: every SQL statement executed (run, all, get);
 * - appendBatches / appended: the store's group commits of messages, counted
 *   by wrapping KyselyStore's batch flush.
 * Config comes as JSON in BENCH_RELAY; prints `READY <port>` when listening.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TOPICS } from '../../protocol';
import { startServer } from '../../server/app';
import { SiteDirectory } from '../../server/config/sites';
import { hashToken } from '../../server/core/ids';
import { hashPassword } from '../../server/core/passwords';
import { createLogger } from '../../server/logger';
import { openSqliteStore } from '../../server/store/sqlite';
import { serveControl } from './control';

export interface RelayBenchConfig {
  /** Origin the load clients send; the only one the bench site allows. */
  origin: string;
  agents: number;
  capacity: number;
  /** Agent i's session token is `${tokenPrefix}${i}`. */
  tokenPrefix: string;
}

const config = JSON.parse(process.env.BENCH_RELAY ?? '{}') as RelayBenchConfig;
const counters = { commits: 0, statements: 0, appendBatches: 0, appended: 0 };
countCommits();
// `npm run bench:load -- --experiment=memory-latest`: what a change would buy, measured before anyone
// makes it in server code (docs/BENCHMARKS.md). Only this bench entry is changed.
const experiments = new Set((process.env.BENCH_EXPERIMENT ?? '').split(',').filter(Boolean));

// The load process owns the directory (and removes it even if this process is killed); alone, make one.
const dataDir = process.env.BENCH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'pitboss-bench-'));
const store = openSqliteStore(join(dataDir, 'pitboss.sqlite'));
await store.migrate();
countAppendBatches();
if (experiments.has('memory-latest')) latestConversationFromMemory();

const now = Date.now();
const passwordHash = await hashPassword('bench-unused-password');
for (let i = 0; i < config.agents; i++) {
  const id = `a_bench_${i}`;
  await store.createAgent({
    id,
    siteId: 'bench',
    email: `agent${i}@bench.test`,
    name: `Agent ${i}`,
    passwordHash,
    role: 'agent',
    capacity: config.capacity,
    skills: [...TOPICS],
    languages: ['en'],
    disabled: false,
    createdAt: now,
  });
  await store.createAgentSession({ tokenHash: hashToken(`${config.tokenPrefix}${i}`), agentId: id, createdAt: now, expiresAt: now + 24 * 3600_000 });
}

const DAY = 24 * 3600_000;
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  store,
  sites: new SiteDirectory([
    {
      id: 'bench',
      name: 'Bench Casino',
      allowedOrigins: [config.origin],
      identitySecret: 'bench-secret-0123456789abcdef',
      locales: ['en'],
      // No SLA breach, offer timeout or reconnect hand-back may fire during a run: the bench measures the message path.
      sla: { firstResponseMs: DAY, resolutionMs: DAY, escalationMs: DAY },
      offerTimeoutMs: DAY,
      agentReconnectGraceMs: 60_000,
      defaultAgentCapacity: config.capacity,
    },
  ]),
  distDir: resolve('dist'),
  log: createLogger(process.env.PITBOSS_LOG_LEVEL ?? 'error'),
  secureCookies: false,
});

serveControl(
  () => ({ ...counters }),
  async () => {
    await server.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
);
process.stdout.write(`READY ${server.port}\n`);

/** Count statements, and write transactions (COMMITs plus writes outside a transaction), at the driver under kysely. */
function countCommits(): void {
  type Statement = { source: string; reader: boolean; database: { inTransaction: boolean } };
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<'run' | 'all' | 'get', (this: Statement, ...args: unknown[]) => unknown>;
  probe.close();
  const run = proto.run;
  proto.run = function (...args: unknown[]) {
    counters.statements += 1;
    const source = this.source.trimStart().slice(0, 8).toLowerCase();
    if (source.startsWith('commit') || source.startsWith('end')) counters.commits += 1;
    else if (!this.reader && !this.database.inTransaction && !/^(begin|rollback|savepoin|release|pragma)/.test(source)) counters.commits += 1;
    return run.apply(this, args);
  };
  for (const method of ['all', 'get'] as const) {
    const original = proto[method];
    proto[method] = function (...args: unknown[]) {
      counters.statements += 1;
      return original.apply(this, args);
    };
  }
}

/**
 * The player's latest conversation answered from memory (kept current from the
 * store's own writes) instead of a SQL query: the relay asks for it twice per
 * player message (Relay.playerMessage, then player-socket's conversationOfPlayer).
 */
function latestConversationFromMemory(): void {
  type Conversation = NonNullable<Awaited<ReturnType<typeof store.latestConversationOfPlayer>>>;
  const latest = new Map<string, Conversation>();
  const playerOf = new Map<string, string>();
  const remember = (c: Conversation) => {
    latest.set(c.playerId, c);
    playerOf.set(c.id, c.playerId);
  };
  const s = store as unknown as Record<string, (...args: any[]) => Promise<any>>;
  const read = s.latestConversationOfPlayer!.bind(store);
  const create = s.createConversation!.bind(store);
  const update = s.updateConversation!.bind(store);
  const append = s.appendMessage!.bind(store);
  s.latestConversationOfPlayer = async (playerId: string) => {
    const known = latest.get(playerId);
    if (known) return known;
    const c = (await read(playerId)) as Conversation | null;
    if (c) remember(c);
    return c;
  };
  s.createConversation = async (c: Conversation) => {
    await create(c);
    remember(c);
  };
  s.updateConversation = async (id: string, patch: unknown) => {
    const updated = (await update(id, patch)) as Conversation;
    remember(updated);
    return updated;
  };
  s.appendMessage = async (message: { conversationId: string }) => {
    const result = (await append(message)) as { message: { seq: number } };
    const playerId = playerOf.get(message.conversationId);
    const c = playerId ? latest.get(playerId) : undefined;
    if (c && c.id === message.conversationId && result.message.seq > c.lastSeq) latest.set(c.playerId, { ...c, lastSeq: result.message.seq });
    return result;
  };
}

function countAppendBatches(): void {
  // GroupCommit calls `this.commitAppends(batch)` at flush time, so an own property on the instance takes its place.
  const target = store as unknown as { commitAppends(batch: unknown[]): Promise<unknown[]> };
  const flush = target.commitAppends.bind(store);
  target.commitAppends = (batch) => {
    counters.appendBatches += 1;
    counters.appended += batch.length;
    return flush(batch);
  };
}
