import { describe } from 'vitest';
import { usePostgresSchemas } from '../../support/postgres-schemas';
import { attachmentStoreContract } from './attachment-store.contract';

/** The attachment cases against the real PostgreSQL (.ci/run starts it): BYTEA where SQLite has a BLOB. */
const pg = usePostgresSchemas('files');

describe('PostgreSQL attachment store', () => {
  attachmentStoreContract(pg.openStore);
});
