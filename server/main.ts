import { join, resolve } from 'node:path';
import { edgeConfigFromEnv } from './config/edge';
import { SiteDirectory } from './config/sites';
import { createLogger } from './logger';
import { startServer } from './app';
import { FaqBot } from './bot/faq-bot';
import { createNotifier } from './mail/smtp-notifier';
import { openSqliteStore } from './store/sqlite';
import { openPostgresStore } from './store/postgres';
import { RedisBus } from './bus/redis';
import { DEMO_AGENTS, DEMO_PASSWORD } from './seed';
import { seedDemo } from './demo-casino/seed-demo';
import { FLOOR_STAFF } from './demo-casino/staff';

/** `npm start`: the relay with the demo casino and agent panel on the embedded SQLite store. */
async function main(): Promise<void> {
  const log = createLogger();
  const port = Number(process.env.PORT ?? 8080);
  const dataDir = resolve(process.env.PITBOSS_DATA ?? 'data');
  const sitesFile = resolve(process.env.PITBOSS_SITES ?? 'server/config/sites.demo.json');
  const sites = SiteDirectory.fromFile(sitesFile);
  // DATABASE_URL switches the store to PostgreSQL, REDIS_URL the bus (and routing) to several nodes.
  const databaseUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  // A PostgreSQL schema and a Redis key prefix let several clusters (or test runs) share one server each.
  const schema = process.env.DATABASE_SCHEMA;
  const prefix = process.env.REDIS_PREFIX ?? 'pitboss';
  const store = databaseUrl ? openPostgresStore(databaseUrl, schema ? { schema } : {}) : openSqliteStore(join(dataDir, 'pitboss.sqlite'));
  const bus = redisUrl ? new RedisBus(redisUrl, `${prefix}:events`) : undefined;
  await bus?.connected();
  await store.migrate();
  const { demoSite, conversations } = await seedDemo(store, sites, Date.now());
  if (conversations > 0) log.info({ conversations }, 'seeded the demo floor’s history');
  const faq = await FaqBot.load(store);
  const server = await startServer({
    port,
    store,
    sites,
    distDir: resolve('dist'),
    log,
    secureCookies: process.env.PITBOSS_INSECURE_COOKIES !== '1',
    faq,
    bot: faq,
    ...edgeConfigFromEnv(process.env),
    ...(bus ? { bus } : {}),
    ...(redisUrl ? { cluster: { redisUrl, prefix } } : {}),
    // The demo casino's CRM and identity signing are served by the relay itself (server/demo-casino).
    floorTools: { ...(demoSite ? { demoBackendSite: demoSite.id } : {}), metricsToken: process.env.PITBOSS_METRICS_TOKEN },
    notifier: createNotifier({ smtpUrl: process.env.SMTP_URL, from: process.env.PITBOSS_MAIL_FROM ?? 'Pitboss support <support@localhost>', log }),
  });

  const lines = [
    '',
    `Pitboss relay on ${server.url}  (store: ${databaseUrl ? 'PostgreSQL' : dataDir}${redisUrl ? `, cluster node ${server.nodeId}` : ''})`,
    `  Demo casino:  ${server.url}/`,
    `  Agent panel:  ${server.url}/agent/`,
    `  Widget:       ${server.url}/widget.js`,
    `  Demo agents (password "${DEMO_PASSWORD}"):`,
    ...DEMO_AGENTS.map((a) => `    ${a.email.padEnd(24)} ${a.role}`),
    ...(demoSite ? [`    and the floor staff of the seeded history: ${FLOOR_STAFF.map((a) => a.email.split('@')[0]).join(', ')} (@luckystar.test)`] : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await server.close();
    await bus?.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`Pitboss failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
