import { describe } from 'vitest';
import { usePostgresSchemas } from '../../support/postgres-schemas';
import { transcriptSearchContract } from './transcript-search.contract';

const pg = usePostgresSchemas('search');

describe('PostgreSQL store: full-text transcript search (tsvector)', () => {
  transcriptSearchContract(pg.openStore);
});
