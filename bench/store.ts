/**
 * npm run bench:store [-- --quick]
 *
 * Durable message writes per second, on SQLite (a file, WAL) and on the
 * machine's PostgreSQL (a scratch schema in database `test`), each beside the
 * bare driver in the same run:
 *  - store, one at a time: each append awaited before the next, so every message is its own transaction
 *    (what a relay without group commit would do);
 *  - store, grouped: 64 appenders on 64 conversations, each awaiting its own append (closed loop), so the
 *    store's group commit puts what one event-loop turn brings into one transaction;
 *  - store, grouped, without the search index: the same after dropping the full-text index's triggers
 *    (SQLite FTS5) or its GIN index (PostgreSQL), which shows what indexing every message costs;
 *  - driver baselines: a plain INSERT on a two-index table, one per transaction and 64 per transaction,
 *    with no deduplication, sequence numbering or query builder (the floor under the store's cost).
 * Every message is committed before it counts. Each case runs a fixed time; this process is the only one
 * measured (CPU µs per message from process.cpuUsage, which other processes on the machine do not distort).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newConversation } from '../server/core/conversation';
import type { KyselyStore } from '../server/store/kysely-store';
import { openPostgresStore } from '../server/store/postgres';
import { openSqliteStore } from '../server/store/sqlite';
import { codeVersion } from './load/code-version';
import { table } from './load/report';

const quick = process.argv.includes('--quick');
const CASE_MS = quick ? 1500 : 5000;
const IN_FLIGHT = 64;
const DATABASE_URL = process.env.PITBOSS_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Result {
  name: string;
  messages: number;
  seconds: number;
  cpuSeconds: number;
  latencies: number[];
}

/** Run `write` from `lanes` concurrent loops until the case's time is up. */
async function timed(name: string, lanes: number, write: (lane: number, n: number) => Promise<void>): Promise<Result> {
  const latencies: number[] = [];
  let messages = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const end = t0 + CASE_MS;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let n = 0; performance.now() < end; n++) {
        const started = performance.now();
        await write(lane, n);
        latencies.push(performance.now() - started);
        messages += 1;
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  return { name, messages, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, latencies: latencies.sort((a, b) => a - b) };
}

async function storeCases(label: string, store: KyselyStore, only: 'all' | 'grouped' = 'all', prefix = ''): Promise<Result[]> {
  const now = Date.now();
  for (let i = 0; i < IN_FLIGHT; i++) {
    await store.createPlayer({ id: `${prefix}p${i}`, siteId: 'bench', sessionHash: `${prefix}h${i}`, name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: now });
    await store.createConversation(newConversation({ id: `${prefix}c${i}`, siteId: 'bench', playerId: `${prefix}p${i}`, createdAt: now }));
  }
  const append = (lane: number, clientId: string) =>
    store.appendMessage({ conversationId: `${prefix}c${lane}`, clientId, author: 'player', authorId: `${prefix}p${lane}`, authorName: null, text: 'Hi, my withdrawal is pending since Monday', at: Date.now() });
  const grouped = () => timed(`${label} store, grouped (${IN_FLIGHT} in flight)`, IN_FLIGHT, (lane, n) => append(lane, `grp-${n}`).then(() => undefined));
  if (only === 'grouped') return [await grouped()];
  return [await timed(`${label} store, one at a time`, 1, (_, n) => append(0, `one-${n}`).then(() => undefined)), await grouped()];
}

async function sqliteCases(dir: string): Promise<Result[]> {
  const store = openSqliteStore(join(dir, 'store.sqlite'));
  await store.migrate();
  const results = await storeCases('SQLite', store);
  await store.close();
  const bare = new Database(join(dir, 'store.sqlite'));
  bare.exec('drop trigger message_search_insert; drop trigger message_search_delete; drop trigger message_search_update');
  bare.close();
  const unindexed = openSqliteStore(join(dir, 'store.sqlite'));
  results.push(...(await storeCases('SQLite, without the search index,', unindexed, 'grouped', 'x')));
  await unindexed.close();

  const db = new Database(join(dir, 'driver.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table m (c text, s integer, cid text, t text, primary key (c, s)); create unique index m_cid on m (c, cid)');
  const insert = db.prepare('insert into m values (?, ?, ?, ?)');
  const many = db.transaction((rows: [string, number, string, string][]) => {
    for (const row of rows) insert.run(...row);
  });
  let seq = 0;
  results.push(await timed('SQLite driver, one per transaction', 1, async () => void insert.run('c', ++seq, `id${seq}`, 'Hi, my withdrawal is pending since Monday')));
  // The driver is synchronous: 64 messages per transaction, counted one by one for the same latency column.
  let pending: Promise<void> | null = null;
  let rows: [string, number, string, string][] = [];
  results.push(
    await timed(`SQLite driver, ${IN_FLIGHT} per transaction`, IN_FLIGHT, () => {
      rows.push(['c', ++seq, `id${seq}`, 'Hi, my withdrawal is pending since Monday']);
      pending ??= new Promise<void>((done) =>
        setImmediate(() => {
          many(rows);
          rows = [];
          pending = null;
          done();
        }),
      );
      return pending;
    }),
  );
  db.close();
  return results;
}

async function postgresCases(): Promise<Result[]> {
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  const schema = `pitboss_bench_store_${process.pid}`;
  await admin.query(`create schema ${schema}`);
  try {
    const store = openPostgresStore(DATABASE_URL, { schema });
    await store.migrate();
    const results = await storeCases('PostgreSQL', store);
    const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10, options: `-c search_path=${schema}` });
    await pool.query('drop index messages_search');
    results.push(...(await storeCases('PostgreSQL, without the search index,', store, 'grouped', 'x')));
    await store.close();

    await pool.query('create table m (c text, s integer, cid text, t text, primary key (c, s)); create unique index m_cid on m (c, cid)');
    let seq = 0;
    results.push(await timed('PostgreSQL driver, one per transaction', 1, async () => void (await pool.query('insert into m values ($1, $2, $3, $4)', ['c', ++seq, `id${seq}`, 'Hi, my withdrawal is pending since Monday']))));
    let batch: { rows: unknown[][]; done: Promise<void> } | null = null;
    results.push(
      await timed(`PostgreSQL driver, up to ${IN_FLIGHT} per transaction`, IN_FLIGHT, () => {
        if (!batch) {
          const rows: unknown[][] = [];
          const done = new Promise<void>((resolve, reject) =>
            setImmediate(() => {
              batch = null;
              const values = rows.map((_, i) => `($${4 * i + 1}, $${4 * i + 2}, $${4 * i + 3}, $${4 * i + 4})`).join(', ');
              pool.query(`insert into m values ${values}`, rows.flat()).then(() => resolve(), reject);
            }),
          );
          batch = { rows, done };
        }
        batch.rows.push(['c', ++seq, `id${seq}`, 'Hi, my withdrawal is pending since Monday']);
        return batch.done;
      }),
    );
    await pool.end();
    return results;
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

function row(r: Result): string[] {
  const at = (q: number) => r.latencies[Math.min(r.latencies.length - 1, Math.floor(q * r.latencies.length))] ?? NaN;
  return [r.name, Math.round(r.messages / r.seconds).toLocaleString('en'), ((r.cpuSeconds * 1e6) / r.messages).toFixed(0), at(0.5).toFixed(2), at(0.99).toFixed(2)];
}

async function main(): Promise<void> {
  log(`bench:store ${quick ? '(quick) ' : ''}— ${new Date().toISOString()}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, code ${codeVersion()}`);
  log(`${CASE_MS / 1000} s per case; every message committed before it counts\n`);
  const dir = mkdtempSync(join(tmpdir(), 'pitboss-bench-store-'));
  const results: Result[] = [];
  try {
    results.push(...(await sqliteCases(dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  try {
    results.push(...(await postgresCases()));
  } catch (error) {
    log(`PostgreSQL skipped: ${(error as Error).message} (set PITBOSS_BENCH_DATABASE_URL)`);
  }
  log(table(['case', 'msg/s', 'CPU µs/msg', 'p50 ms', 'p99 ms'], results.map(row)));
  const rate = (name: string) => {
    const r = results.find((x) => x.name.startsWith(name));
    return r ? r.messages / r.seconds : NaN;
  };
  for (const db of ['SQLite', 'PostgreSQL']) {
    const grouped = rate(`${db} store, grouped`);
    const unindexed = rate(`${db}, without the search index, store, grouped`);
    if (Number.isNaN(grouped)) continue;
    log(`\n${db}: group commit ${(grouped / rate(`${db} store, one at a time`)).toFixed(1)}× one transaction per message; store grouped at ${((100 * grouped) / rate(`${db} driver, ${db === 'SQLite' ? '' : 'up to '}${IN_FLIGHT}`)).toFixed(0)}% of the bare driver's batched inserts; the search index costs ${(100 * (1 - grouped / unindexed)).toFixed(0)}% of grouped throughput`);
  }
}

await main();
