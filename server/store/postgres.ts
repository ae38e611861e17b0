import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyStore } from './kysely-store';
import type { Database as Schema } from './schema';

// Epoch-ms columns are BIGINT; pg returns those as strings unless told they fit a JS number (they do until year 287396).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * The multi-node store: the same KyselyStore and migrations as SQLite, over
 * PostgreSQL. Sequence numbers are taken under a row lock on the conversation
 * (`lockForUpdate`), so two nodes appending to one conversation serialise.
 * `schema` isolates a store in its own PostgreSQL schema (tests).
 */
export function openPostgresStore(connectionString: string, options: { schema?: string; max?: number } = {}): KyselyStore {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return new KyselyStore(db, { lockForUpdate: true, schema: options.schema });
}
