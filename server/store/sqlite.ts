import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { KyselyStore, type StoreTestFault } from './kysely-store';
import type { Database as Schema } from './schema';
import { startCheckpointer } from './sqlite-checkpointer';
import { withStatementCache } from './sqlite-statements';

/**
 * The embedded store: one SQLite file in WAL mode. synchronous=NORMAL keeps
 * every committed transaction across a crash of the process (kill -9): the
 * WAL is written before the commit returns; only an OS crash or power loss
 * can drop the last commits, which FULL would cover at a cost per commit.
 */
export function openSqliteStore(file: string, options: { testFault?: StoreTestFault } = {}): KyselyStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const connection = withStatementCache(database);
  let checkpointer: { stop(): Promise<void> } | null = null;
  if (file !== ':memory:') {
    database.pragma('wal_autocheckpoint = 0');
    checkpointer = startCheckpointer(file, () => database.open && database.pragma('wal_autocheckpoint = 1000'));
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: connection }) });
  return new KyselyStore(db, { lockForUpdate: false, testFault: options.testFault, afterClose: async () => checkpointer?.stop() });
}
