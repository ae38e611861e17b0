import { describe } from 'vitest';
import { usePostgresSchemas } from '../../support/postgres-schemas';
import { floorToolsContract } from './floor-tools.contract';

/** The same cases against the machine's PostgreSQL, each store in a fresh schema (as postgres.test.ts does). */
const pg = usePostgresSchemas('floor');

describe('PostgreSQL store: floor tools', () => {
  floorToolsContract(pg.openStore);
});
