import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openPostgresStore } from '../../server/store/postgres';
import type { KyselyStore } from '../../server/store/kysely-store';

export const TEST_DATABASE_URL = process.env.PITBOSS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Fresh PostgreSQL schemas for one test file on the machine's real server
 * (.ci/run starts it): `openStore()` makes a migrated store in a new schema;
 * every schema is dropped after the file.
 */
export function usePostgresSchemas(label: string) {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  const schemas: string[] = [];
  beforeAll(async () => {
    await admin.connect();
  });
  afterAll(async () => {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  async function newSchema(): Promise<string> {
    const schema = `pitboss_${label}_${process.pid}_${schemas.length}_${Date.now() % 100000}`;
    schemas.push(schema);
    await admin.query(`CREATE SCHEMA ${schema}`);
    return schema;
  }
  return {
    newSchema,
    /** A migrated store alone in a new schema. */
    async openStore(): Promise<KyselyStore> {
      const store = openPostgresStore(TEST_DATABASE_URL, { schema: await newSchema(), max: 4 });
      await store.migrate();
      return store;
    },
  };
}

let counter = 0;

/** A fresh schema outside any test file's hooks (for a whole test server); drop it with dropTestSchema. */
export async function createTestSchema(): Promise<string> {
  const schema = `pitboss_srv_${process.pid}_${++counter}_${Date.now() % 100000}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  return schema;
}

export async function dropTestSchema(schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await admin.end();
  }
}
