/**
 * npm run bench:search [-- --quick] [-- --months N]
 *
 * Transcript text search at the scale of years of history, on SQLite (a file)
 * and on the machine's PostgreSQL (a scratch schema in database `test`): the
 * store's full-text search (FTS5 / tsvector) beside, in the same run on the
 * same rows, the LIKE scan it replaced (lower(text) LIKE '%term%', one EXISTS
 * per term: what `KyselyTranscriptQueries` did before the indexes).
 *
 * The history is the demo's generator (server/demo-casino/history.ts), four
 * weeks per seed, ids prefixed per seed; each query asks for the first page
 * (25, newest first) and the total, as the transcripts view does. A query's
 * hits may differ between the two columns: a word matches from its start in
 * full-text search and anywhere in a word in the LIKE scan.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateHistory } from '../server/demo-casino/history';
import { demoRota, FLOOR_STAFF } from '../server/demo-casino/staff';
import type { HistoryBatch } from '../server/store/history-import';
import type { KyselyStore } from '../server/store/kysely-store';
import { containsPattern } from '../server/store/message-search';
import { openPostgresStore } from '../server/store/postgres';
import { openSqliteStore } from '../server/store/sqlite';
import { codeVersion } from './load/code-version';
import { table } from './load/report';

const quick = process.argv.includes('--quick');
const monthsArg = process.argv.indexOf('--months');
const MONTHS = monthsArg > 0 ? Number(process.argv[monthsArg + 1]) : quick ? 3 : 24;
const RUNS = quick ? 5 : 15;
const SITE = 'bench';
const DATABASE_URL = process.env.PITBOSS_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const log = (line: string) => process.stdout.write(`${line}\n`);

/** What supervisors look for: a common word, a rarer one, other languages, two words, a phrase, an unspaced script, a miss. */
const QUERIES = ['withdrawal', 'blackjack', 'retrait', 'Auszahlung', 'free spins', '"free spins"', 'pending withdrawal', '提款', 'zzyzx'];

const PAGE = { limit: 25, offset: 0 };

function history(months: number): HistoryBatch[] {
  const agents = FLOOR_STAFF.map((a) => ({ ...a, siteId: SITE, passwordHash: 'x', disabled: false, createdAt: 0 }));
  const shifts = demoRota(SITE);
  const now = Date.now();
  return Array.from({ length: months }, (_, k) => {
    const b = generateHistory({ siteId: SITE, now: now - k * 28 * 86_400_000, timeZone: 'Europe/Malta', agents, shifts, seed: k + 1 });
    const id = (x: string) => `s${k}_${x}`;
    return {
      players: b.players.map((p) => ({ ...p, id: id(p.id), sessionHash: id(p.sessionHash), externalId: p.externalId && id(p.externalId) })),
      conversations: b.conversations.map((c) => ({ ...c, id: id(c.id), playerId: id(c.playerId) })),
      messages: b.messages.map((m) => ({ ...m, conversationId: id(m.conversationId), authorId: m.author === 'player' && m.authorId ? id(m.authorId) : m.authorId })),
      events: b.events.map((e) => ({ ...e, id: id(e.id), conversationId: id(e.conversationId) })),
      ratings: b.ratings.map((r) => ({ ...r, conversationId: id(r.conversationId) })),
    };
  });
}

/** The replaced search: page and total of conversations with every term somewhere in their messages, by LIKE. */
function likeSql(terms: string[], placeholder: (i: number) => string): { count: string; page: string } {
  const where = [`c.site_id = ${placeholder(0)}`, ...terms.map((_, i) => `exists (select 1 from messages m where m.conversation_id = c.id and lower(m.text) like ${placeholder(i + 1)} escape '\\')`)].join(' and ');
  return {
    count: `select count(*) as n from conversations c where ${where}`,
    page: `select c.id from conversations c where ${where} order by c.created_at desc, c.id desc limit 25`,
  };
}
const likeTerms = (query: string) => query.match(/"[^"]*"|\S+/g)!.map((t) => containsPattern(t.replaceAll('"', '')));

interface Timing {
  hits: number;
  ms: number[];
}

async function time(run: () => Promise<number>): Promise<Timing> {
  const hits = await run(); // warm: statements prepared, pages cached, as on a server that has been up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return { hits, ms: ms.sort((a, b) => a - b) };
}

async function compare(label: string, store: KyselyStore, like: (query: string) => Promise<number>): Promise<string[][]> {
  const rows: string[][] = [];
  for (const query of QUERIES) {
    const fts = await time(async () => (await store.transcripts.search(SITE, { text: query }, PAGE)).total);
    const scan = await time(() => like(query));
    const p = (t: Timing, q: number) => t.ms[Math.min(t.ms.length - 1, Math.floor(q * t.ms.length))]!.toFixed(1);
    rows.push([`${label}: ${query}`, String(fts.hits), p(fts, 0.5), p(fts, 0.95), String(scan.hits), p(scan, 0.5), p(scan, 0.95), (Number(p(scan, 0.5)) / Number(p(fts, 0.5))).toFixed(1)]);
  }
  return rows;
}

async function load(store: KyselyStore, batches: HistoryBatch[]): Promise<{ conversations: number; messages: number; seconds: number }> {
  const t0 = performance.now();
  for (const batch of batches) await store.history.import(batch);
  return {
    conversations: batches.reduce((n, b) => n + b.conversations.length, 0),
    messages: batches.reduce((n, b) => n + b.messages.length, 0),
    seconds: (performance.now() - t0) / 1000,
  };
}

async function sqlite(batches: HistoryBatch[]): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'pitboss-bench-search-'));
  try {
    const file = join(dir, 'store.sqlite');
    const store = openSqliteStore(file);
    await store.migrate();
    const loaded = await load(store, batches);
    log(`SQLite: ${loaded.conversations.toLocaleString('en')} conversations, ${loaded.messages.toLocaleString('en')} messages imported in ${loaded.seconds.toFixed(1)} s (index kept by triggers)`);
    const db = new Database(file, { readonly: true });
    const like = async (query: string) => {
      const terms = likeTerms(query);
      const q = likeSql(terms, () => '?');
      db.prepare(q.page).all(SITE, ...terms);
      return Number((db.prepare(q.count).get(SITE, ...terms) as { n: number }).n);
    };
    const rows = await compare('SQLite', store, like);
    db.close();
    await store.close();
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(batches: HistoryBatch[]): Promise<string[][]> {
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  const schema = `pitboss_bench_search_${process.pid}`;
  await admin.query(`create schema ${schema}`);
  try {
    const store = openPostgresStore(DATABASE_URL, { schema });
    await store.migrate();
    const loaded = await load(store, batches);
    const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2, options: `-c search_path=${schema}` });
    // What autovacuum does after a bulk load: statistics, and the GIN index's pending list merged into the tree
    // (until then every lookup also reads that list linearly).
    await pool.query('vacuum analyze');
    log(`PostgreSQL: ${loaded.conversations.toLocaleString('en')} conversations, ${loaded.messages.toLocaleString('en')} messages imported in ${loaded.seconds.toFixed(1)} s (GIN index kept on insert), then vacuum analyze`);
    const like = async (query: string) => {
      const terms = likeTerms(query);
      const q = likeSql(terms, (i) => `$${i + 1}`);
      const [, count] = await Promise.all([pool.query(q.page, [SITE, ...terms]), pool.query(q.count, [SITE, ...terms])]);
      return Number(count.rows[0].n);
    };
    const rows = await compare('PostgreSQL', store, like);
    await pool.end();
    await store.close();
    return rows;
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  log(`bench:search ${quick ? '(quick) ' : ''}— ${new Date().toISOString()}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, code ${codeVersion()}`);
  log(`${MONTHS} × 4 weeks of the demo's history; first page and total per query; ${RUNS} timed runs after one warm-up\n`);
  const batches = history(MONTHS);
  const rows = await sqlite(batches);
  try {
    rows.push(...(await postgres(batches)));
  } catch (error) {
    log(`PostgreSQL skipped: ${(error as Error).message} (set PITBOSS_BENCH_DATABASE_URL)`);
  }
  log('');
  log(table(['query', 'full-text hits', 'p50 ms', 'p95 ms', 'LIKE scan hits', 'p50 ms', 'p95 ms', 'scan/full-text'], rows));
}

await main();
