import { describe } from 'vitest';
import { usePostgresSchemas } from '../../support/postgres-schemas';
import { siteSettingsStoreContract } from './site-settings-store.contract';

/** The site settings cases against the real PostgreSQL (.ci/run starts it), each store in a fresh schema. */
const pg = usePostgresSchemas('site_settings');

describe('PostgreSQL site settings store', () => {
  siteSettingsStoreContract(pg.openStore);
});
