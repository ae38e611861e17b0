import pg from 'pg';
import { describe } from 'vitest';
import { openPostgresStore } from '../../../server/store/postgres';
import { TEST_DATABASE_URL, usePostgresSchemas } from '../../support/postgres-schemas';
import { playerDataContract } from './player-data.contract';

const schemas = usePostgresSchemas('pdata');

describe('PostgreSQL store: transcripts, audit log, erasure and retention', () => {
  playerDataContract(async () => {
    const schema = await schemas.newSchema();
    const store = openPostgresStore(TEST_DATABASE_URL, { schema, max: 4 });
    await store.migrate();
    return {
      store,
      async allRows() {
        const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        try {
          const tables = await client.query<{ table_name: string }>('select table_name from information_schema.tables where table_schema = $1', [schema]);
          const out: Record<string, Record<string, unknown>[]> = {};
          for (const { table_name } of tables.rows) {
            const rows = await client.query(`select * from "${schema}"."${table_name}"`);
            out[table_name] = rows.rows.map((row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('latin1') : v])));
          }
          return out;
        } finally {
          await client.end();
        }
      },
    };
  });
});
