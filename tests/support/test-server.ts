import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type RunningServer } from '../../server/app';
import { SiteDirectory, type SiteInput } from '../../server/config/sites';
import type { Clock } from '../../server/core/clock';
import type { Notifier } from '../../server/core/relay';
import type { EdgeLimitsInput } from '../../server/config/edge';
import { createLogger, type Logger } from '../../server/logger';
import { seedDemoAgents } from '../../server/seed';
import { FaqBot } from '../../server/bot/faq-bot';
import { seedDemoFaq } from '../../server/bot/demo-faq/seed';
import { openSqliteStore } from '../../server/store/sqlite';
import { openPostgresStore } from '../../server/store/postgres';
import { createTestSchema, dropTestSchema, TEST_DATABASE_URL } from './postgres-schemas';
import type { KyselyStore } from '../../server/store/kysely-store';
import type { FloorToolsOptions } from '../../server/floor-tools';
import type { Bus } from '../../server/bus/bus';

export const TEST_SITE: SiteInput = {
  id: 'demo',
  name: 'Test Casino',
  allowedOrigins: ['self', 'https://casino.example'],
  identitySecret: 'test-secret-0123456789abcdef',
  requireVerifiedPlayers: false,
  locales: ['en'],
  sla: { firstResponseMs: 300_000, resolutionMs: 900_000, escalationMs: 3_600_000 },
  agentReconnectGraceMs: 0,
  defaultAgentCapacity: 4,
};

export interface TestServer extends RunningServer {
  store: KyselyStore;
  dataDir: string;
  /** Stop the server and delete its data directory. */
  stop(): Promise<void>;
}

/** A real relay on port 0 with a real SQLite file in a fresh temp dir. */
export async function startTestServer(
  options: {
    site?: Partial<SiteInput>;
    /** More sites beside the demo one (site isolation tests). */
    extraSites?: SiteInput[];
    clock?: Clock;
    /** A bus shared with other servers (several nodes in one process). */
    bus?: Bus;
    dataDir?: string;
    notifier?: Notifier;
    trustedProxies?: string[];
    limits?: EdgeLimitsInput;
    log?: Logger;
    /** Dashboard, notes, CSAT, CRM sidebar options (e.g. the demo backend, a faster floor push). */
    floorTools?: FloorToolsOptions;
    /** Let the FAQ bot (over the seeded demo FAQ) answer first, as `npm start` does. */
    bot?: boolean;
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pitboss-test-'));
  // PITBOSS_TEST_STORE=postgres runs the same suite on the machine's PostgreSQL, each server in a fresh schema.
  const pgSchema = process.env.PITBOSS_TEST_STORE === 'postgres' && !options.dataDir ? await createTestSchema() : null;
  const store = pgSchema ? openPostgresStore(TEST_DATABASE_URL, { schema: pgSchema, max: 6 }) : openSqliteStore(join(dataDir, 'pitboss.sqlite'));
  await store.migrate();
  await seedDemoAgents(store, Date.now());
  await seedDemoFaq(store, Date.now());
  const faq = options.bot ? await FaqBot.load(store) : undefined;
  const server = await startServer({
    ...(faq ? { faq, bot: faq } : {}),
    port: 0,
    host: '127.0.0.1',
    store,
    sites: new SiteDirectory([{ ...TEST_SITE, ...options.site }, ...(options.extraSites ?? [])]),
    distDir: resolve('dist'),
    log: options.log ?? createLogger(process.env.PITBOSS_LOG_LEVEL ?? 'silent'),
    clock: options.clock,
    ...(options.bus ? { bus: options.bus } : {}),
    notifier: options.notifier,
    secureCookies: false,
    trustedProxies: options.trustedProxies,
    limits: options.limits,
    floorTools: options.floorTools,
  });
  return {
    ...server,
    store,
    dataDir,
    async stop() {
      await server.close();
      await store.close();
      if (pgSchema) await dropTestSchema(pgSchema);
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
