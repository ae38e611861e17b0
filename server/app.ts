import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { nanoid } from 'nanoid';
import type { Bus } from './bus/bus';
import { LocalBus } from './bus/local';
import { resolveEdgeLimits, type EdgeLimitsInput } from './config/edge';
import type { SiteDirectory } from './config/sites';
import { AgentSessions } from './core/agent-sessions';
import type { Clock } from './core/clock';
import type { IdGenerator } from './core/ids';
import { FaqBot } from './bot/faq-bot';
import type { Bot } from './core/bot';
import { Relay, type Notifier } from './core/relay';
import type { RelayApi } from './core/relay-api';
import { TranscriptMail } from './core/transcript-mail';
import { Attachments } from './core/attachments';
import { ClusterRelay } from './cluster/cluster-relay';
import { ProxyTrust } from './edge/client-address';
import { MemoryRateLimiter } from './edge/rate-limiter';
import { RedisRateLimiter } from './edge/redis-rate-limiter';
import { attachGateway } from './gateway/gateway';
import { createHttpApp } from './http/app';
import { LoginThrottle } from './http/login-throttle';
import type { Logger } from './logger';
import type { Store } from './store/store';
import { createFloorTools, type FloorToolsOptions } from './floor-tools';
import { SiteSettingsSync } from './config/site-settings-sync';

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
  /** The FAQ behind the public search endpoint and the admin API; loaded from the store when not given. */
  faq?: FaqBot;
  /** Secure cookies need https; on plain http only localhost accepts them. */
  secureCookies?: boolean;
  /** IPs and CIDRs of our reverse proxies: only their X-Forwarded-For names the client. None by default. */
  trustedProxies?: readonly string[];
  /** Limits and timeouts of the edges; see server/config/edge.ts for the defaults. */
  limits?: EdgeLimitsInput;
  /** Several relay nodes: Redis for the leader lease and the calls to it (the store must be shared: PostgreSQL). */
  cluster?: { redisUrl: string; prefix?: string };
  /** The dashboard, notes, CSAT, canned replies and the CRM sidebar (server/floor-tools.ts). */
  floorTools?: FloorToolsOptions;
}

export interface RunningServer {
  port: number;
  url: string;
  relay: RelayApi;
  /** This node's name in a cluster (and in socket ids). */
  nodeId: string;
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
  const nodeId = nanoid(8);
  // Admins' stored site settings over the sites file, before anything reads a site.
  const siteSettings = await SiteSettingsSync.start({ store, bus, sites, log });
  const relayDeps = { store, bus, clock, ids, sites, notifier: options.notifier, bot: options.bot };
  const cluster = options.cluster ? new ClusterRelay(relayDeps, { redisUrl: options.cluster.redisUrl, nodeId, log, prefix: options.cluster.prefix ?? 'pitboss' }) : null;
  const relay: RelayApi = cluster ?? new Relay(relayDeps);
  await relay.start();
  const sessions = new AgentSessions({ store, clock, ids });
  const limits = resolveEdgeLimits(options.limits);
  const trust = new ProxyTrust(options.trustedProxies);
  const now = () => clock.now();
  let selfUrl = '';
  const tools = createFloorTools({ store, bus, clock, sites, siteSettings, log, relay, selfUrl: () => selfUrl }, options.floorTools);
  // The HTTP edge closes agent sockets (disable, logout); the gateway is attached below, before any request can come.
  const agentSockets = {
    closeAgentSockets: (agentId: string, code: number, reason: string) => gateway.closeAgentSockets(agentId, code, reason),
    closeSessionSockets: (tokenHash: string, code: number, reason: string) => gateway.closeSessionSockets(tokenHash, code, reason),
  };
  const faq = options.faq ?? (await FaqBot.load(store));
  const faqRefresh = startFaqRefresh(faq, log);
  const attachments = new Attachments({ store, clock, ids, relay });
  // Several nodes count sign-in failures together (docs/SECURITY.md), like the per-address frame buckets below.
  const loginThrottle = options.cluster
    ? LoginThrottle.shared(limits.login, now, options.cluster.redisUrl, options.cluster.prefix ?? 'pitboss')
    : LoginThrottle.inMemory(limits.login, now);
  const app = createHttpApp({
    relay,
    sessions,
    store,
    bus,
    log,
    distDir: options.distDir,
    secureCookies: options.secureCookies ?? true,
    trust,
    loginThrottle,
    agentSockets,
    toolRoutes: tools.routes(sessions),
    auditWrites: tools.auditWrites,
    faq: { bot: faq, sites, now },
    attachments: { attachments, sessions, sites, trust, now },
  });
  const server: Server = createServer(
    {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node enforces the two timeouts above only when it sweeps its connections.
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(limits.headersTimeoutMs / 4))),
    },
    app,
  );
  server.maxHeadersCount = limits.maxHeadersCount;
  // Several nodes count a client address together (docs/SECURITY.md); one node keeps its buckets in memory.
  const addressRate = options.cluster
    ? new RedisRateLimiter(options.cluster.redisUrl, limits.addressRate, `${options.cluster.prefix ?? 'pitboss'}:rate`)
    : new MemoryRateLimiter(limits.addressRate, now);
  const gateway = attachGateway(server, {
    relay,
    sessions,
    sites,
    bus,
    log,
    nodeId,
    now,
    limits,
    trust,
    addressRate,
    transcripts: new TranscriptMail({ store, clock, ids, notifier: options.notifier, conversations: relay }),
    attachments,
    desk: tools.desk,
  });
  const ticker = startTicker(relay, clock, log);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '0.0.0.0';
  selfUrl = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    port,
    url: `http://localhost:${port}`,
    relay,
    nodeId,
    async close() {
      ticker.stop();
      faqRefresh.stop();
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await tools.close();
      siteSettings.close();
      await cluster?.close();
      if (addressRate instanceof RedisRateLimiter) addressRate.close();
      loginThrottle.close();
    },
  };
}

/** Other nodes' admin edits reach this node's FAQ indexes within this long. */
const FAQ_REFRESH_MS = 30_000;

function startFaqRefresh(faq: FaqBot, log: Logger): { stop(): void } {
  const timer = setInterval(() => {
    faq.refresh().catch((err) => log.error({ err }, 'faq refresh failed'));
  }, FAQ_REFRESH_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

function startTicker(relay: RelayApi, clock: Clock, log: Logger): { stop(): void } {
  const timer = setInterval(() => {
    relay.tick(clock.now()).catch((err) => log.error({ err }, 'tick failed'));
  }, 250);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
