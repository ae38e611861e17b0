import { describe } from 'vitest';
import { usePostgresSchemas } from '../../support/postgres-schemas';
import { faqArticleStoreContract } from './faq-article-store.contract';

/** The FAQ article cases against the real PostgreSQL (.ci/run starts it), each store in a fresh schema. */
const pg = usePostgresSchemas('faq');

describe('PostgreSQL FAQ article store', () => {
  faqArticleStoreContract(pg.openStore);
});
