import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openPostgresStore } from '../../../server/store/postgres';
import { faqArticleStoreContract } from './faq-article-store.contract';

/** The FAQ article cases against the real PostgreSQL (.ci/run starts it), each store in a fresh schema. */
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

describe('PostgreSQL FAQ article store', () => {
  faqArticleStoreContract(async () => {
    const schema = `pitboss_faq_${process.pid}_${schemas.length}_${Date.now() % 100000}`;
    schemas.push(schema);
    await admin.query(`CREATE SCHEMA ${schema}`);
    const store = openPostgresStore(url, { schema, max: 4 });
    await store.migrate();
    return store;
  });
});
