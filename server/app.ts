import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { nanoid } from 'nanoid';
import type { Bus } from './bus/bus';
import { LocalBus } from './bus/local';
import type { SiteDirectory } from './config/sites';
import { AgentSessions } from './core/agent-sessions';
import type { Clock } from './core/clock';
import type { IdGenerator } from './core/ids';
import type { Bot } from './core/bot';
import { Relay, type Notifier } from './core/relay';
import { attachGateway } from './gateway/gateway';
import { createHttpApp } from './http/app';
import type { Logger } from './logger';
import type { Store } from './store/store';

export interface ServerOptions {
  port: number;
  host?: string;
  store: Store;
  bus?: Bus;
  sites: SiteDirectory;
  distDir: string;
  log: Logger;
  clock?: Clock;
  /** Outgoing mail (email fallback); none means mails are not sent. */
  notifier?: Notifier;
  /** The FAQ bot; none means every conversation goes straight to the queue. */
  bot?: Bot;
  /** Secure cookies need https; on plain http only localhost accepts them. */
  secureCookies?: boolean;
}

export interface RunningServer {
  port: number;
  url: string;
  relay: Relay;
  close(): Promise<void>;
}

const systemClock: Clock = { now: () => Date.now() };
const ids: IdGenerator = {
  id: (prefix) => `${prefix}_${nanoid(16)}`,
  token: () => randomBytes(32).toString('base64url'),
};

/** Wire the parts together and listen. The store is migrated and owned by the caller. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const bus = options.bus ?? new LocalBus();
  const { store, sites, log } = options;
  const relay = new Relay({ store, bus, clock, ids, sites, notifier: options.notifier, bot: options.bot });
  await relay.start();
  const sessions = new AgentSessions({ store, clock, ids });
  const app = createHttpApp({ relay, sessions, store, log, distDir: options.distDir, secureCookies: options.secureCookies ?? true });
  const server: Server = createServer(app);
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  const gateway = attachGateway(server, { relay, sessions, sites, bus, log, nodeId: nanoid(8), now: () => clock.now() });
  const ticker = startTicker(relay, clock, log);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://localhost:${port}`,
    relay,
    async close() {
      ticker.stop();
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The edge owns the one real timer; the core says what is due. */
function startTicker(relay: Relay, clock: Clock, log: Logger): { stop(): void } {
  const timer = setInterval(() => {
    relay.tick(clock.now()).catch((err) => log.error({ err }, 'tick failed'));
  }, 250);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
