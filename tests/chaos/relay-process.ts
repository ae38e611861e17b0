import { join, resolve } from 'node:path';
import { startServer } from '../../server/app';
import { SiteDirectory } from '../../server/config/sites';
import { createLogger } from '../../server/logger';
import type { StoreTestFault } from '../../server/store/kysely-store';
import { openSqliteStore } from '../../server/store/sqlite';
import { CHAOS_SITE } from './floor';

/**
 * The relay under chaos, as its own process so the test can SIGKILL it:
 * the production wiring (startServer) on the SQLite file in PITBOSS_DATA,
 * listening on 127.0.0.1:PORT. It prints "READY <port>" once it accepts
 * sockets. PITBOSS_TEST_FAULT is read here and only here: it is how the test
 * starts a deliberately broken relay to prove the checker can fail.
 */
const FAULTS: readonly StoreTestFault[] = ['no-dedupe', 'ack-before-commit'];

async function main(): Promise<void> {
  const dataDir = process.env.PITBOSS_DATA;
  if (!dataDir) throw new Error('PITBOSS_DATA is required');
  const fault = process.env.PITBOSS_TEST_FAULT || undefined;
  if (fault !== undefined && !FAULTS.includes(fault as StoreTestFault)) throw new Error(`unknown PITBOSS_TEST_FAULT "${fault}"`);
  const store = openSqliteStore(join(dataDir, 'pitboss.sqlite'), { testFault: fault as StoreTestFault | undefined });
  await store.migrate();
  const server = await startServer({
    port: Number(process.env.PORT ?? 0),
    host: '127.0.0.1',
    store,
    sites: new SiteDirectory([CHAOS_SITE]),
    distDir: resolve('dist'),
    log: createLogger(process.env.PITBOSS_LOG_LEVEL ?? 'error'),
    secureCookies: false,
  });
  process.stdout.write(`READY ${server.port}\n`);
}

main().catch((error) => {
  process.stderr.write(`chaos relay failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
