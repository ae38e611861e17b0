import { join, resolve } from 'node:path';
import { edgeConfigFromEnv } from './config/edge';
import { SiteDirectory } from './config/sites';
import { createLogger } from './logger';
import { startServer } from './app';
import { createNotifier } from './mail/smtp-notifier';
import { openSqliteStore } from './store/sqlite';
import { DEMO_AGENTS, DEMO_PASSWORD, seedDemoAgents } from './seed';

/** `npm start`: the relay with the demo casino and agent panel on the embedded SQLite store. */
async function main(): Promise<void> {
  const log = createLogger();
  const port = Number(process.env.PORT ?? 8080);
  const dataDir = resolve(process.env.PITBOSS_DATA ?? 'data');
  const sitesFile = resolve(process.env.PITBOSS_SITES ?? 'server/config/sites.demo.json');
  const sites = SiteDirectory.fromFile(sitesFile);
  const store = openSqliteStore(join(dataDir, 'pitboss.sqlite'));
  await store.migrate();
  await seedDemoAgents(store, Date.now());
  const server = await startServer({
    port,
    store,
    sites,
    distDir: resolve('dist'),
    log,
    secureCookies: process.env.PITBOSS_INSECURE_COOKIES !== '1',
    ...edgeConfigFromEnv(process.env),
    notifier: createNotifier({ smtpUrl: process.env.SMTP_URL, from: process.env.PITBOSS_MAIL_FROM ?? 'Pitboss support <support@localhost>', log }),
  });

  const lines = [
    '',
    `Pitboss relay on ${server.url}  (data: ${dataDir})`,
    `  Demo casino:  ${server.url}/`,
    `  Agent panel:  ${server.url}/agent/`,
    `  Widget:       ${server.url}/widget.js`,
    `  Demo agents (password "${DEMO_PASSWORD}"):`,
    ...DEMO_AGENTS.map((a) => `    ${a.email.padEnd(24)} ${a.role}`),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await server.close();
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
