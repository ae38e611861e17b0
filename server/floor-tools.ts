import { Router } from 'express';
import { nanoid } from 'nanoid';
import type { AgentStatus } from '../protocol';
import type { Bus } from './bus/bus';
import type { SiteDirectory } from './config/sites';
import type { AgentSessions } from './core/agent-sessions';
import type { Clock } from './core/clock';
import { siteFloor } from './core/floor';
import { ConversationNotes, type ConversationAccess } from './core/notes';
import { Satisfaction } from './core/satisfaction';
import { CrmDirectory } from './crm/crm-directory';
import { demoCasinoBackend } from './demo-casino/backend-routes';
import type { DeskServices } from './gateway/desk-services';
import { adminRoutes } from './http/admin-routes';
import { dashboardRoutes } from './http/dashboard-routes';
import { metricsRoutes } from './http/metrics-routes';
import { deskRoutes } from './http/desk-routes';
import { siteAdminRoutes } from './http/site-admin-routes';
import { rotaRoutes } from './http/rota-routes';
import type { SiteSettingsSync } from './config/site-settings-sync';
import { transferCandidateRoutes } from './http/transfer-candidate-routes';
import type { Logger } from './logger';
import type { ConversationRecord, PlayerRecord } from './store/records';
import type { Store } from './store/store';
import type { SiteConfig } from './config/sites';
import { WebhookOutbox } from './webhooks/webhook-outbox';
import { WebhookSender, type WebhookSenderOptions } from './webhooks/webhook-sender';
import { AuditTrail } from './core/audit-trail';
import { PlayerData } from './core/player-data';
import { purgeExpired } from './core/retention';
import { Transcripts } from './core/transcripts';
import { playerDataRoutes } from './http/player-data-routes';
import { transcriptRoutes } from './http/transcript-routes';
import { auditAdminWrites } from './http/audited-admin-writes';
import type { RequestHandler } from 'express';

export interface FloorToolsOptions {
  /** Serve the demo casino's backend (its CRM under /demo-crm, identity signing) for this site. */
  demoBackendSite?: string;
  /** How often supervisors get the live floor (ms). */
  floorIntervalMs?: number;
  /** For tests: the CRM's HTTP client. */
  crmFetch?: typeof fetch;
  /** Bearer token for /metrics; without one only loopback may scrape. */
  metricsToken?: string;
  /** Webhook delivery: retry schedule, polling, timeout (tests shorten them). */
  webhooks?: WebhookSenderOptions;
  /** How often the retention purge runs (ms); hourly by default. */
  retentionIntervalMs?: number;
}

export interface FloorToolsDeps {
  store: Store;
  bus: Bus;
  clock: Clock;
  sites: SiteDirectory;
  /** Stores, applies and announces admins' site changes. */
  siteSettings: SiteSettingsSync;
  log: Logger;
  relay: ConversationAccess & {
    conversationOfPlayer(player: PlayerRecord): Promise<ConversationRecord | null>;
    site(siteId: string): SiteConfig;
    agentStatus(agentId: string): AgentStatus;
    /** An admin changed an agent's record: routing takes it up now (RelayApi.agentChanged). */
    agentChanged(agentId: string): Promise<void>;
  };
  /** This relay's base URL once it listens (a CRM named by a path is served here). */
  selfUrl: () => string;
}

export interface FloorTools {
  desk: DeskServices;
  crm: CrmDirectory;
  /** The REST endpoints of the desk's tools and the supervisors' reports (and the demo backend). */
  routes(sessions: AgentSessions): Router;
  webhooks: { outbox: WebhookOutbox; sender: WebhookSender };
  /** Mounted before every admin route: records their successful writes in the audit log. */
  auditWrites: RequestHandler;
  /** Stop the webhook sender (after the sockets and HTTP server, before the store). */
  close(): Promise<void>;
}

/**
 * The supervisor dashboard, the desk's notes, CSAT, canned replies and CRM
 * sidebar: built here from the store, the bus and the relay, and handed to the
 * gateway (`desk`) and the HTTP app (`routes`) by the server's entry point.
 */
export function createFloorTools(deps: FloorToolsDeps, options: FloorToolsOptions = {}): FloorTools {
  const { store, bus, clock, log } = deps;
  const now = () => clock.now();
  const ids = { id: (prefix: string) => `${prefix}_${nanoid(16)}` };
  const outbox = new WebhookOutbox({ store, bus, clock, ids, log });
  const sender = new WebhookSender({ store, clock, log }, options.webhooks);
  sender.start();
  const audit = new AuditTrail({ audit: store.audit, clock, ids });
  const transcripts = new Transcripts({ store, access: deps.relay, sla: (siteId) => deps.relay.site(siteId).sla, audit });
  const playerData = new PlayerData({ store, bus, clock, ids, audit });
  const retention = startRetention(() => purgeExpired({ sites: () => deps.sites.all(), store: store.playerData, audit }, now()), options.retentionIntervalMs ?? HOUR_MS, log);
  const crm = new CrmDirectory({ sites: deps.sites, now, log, selfUrl: deps.selfUrl, ...(options.crmFetch ? { fetch: options.crmFetch } : {}) });

  const desk: DeskServices = {
    notes: new ConversationNotes({ store, bus, clock, access: deps.relay }),
    satisfaction: new Satisfaction({ store, bus, clock, conversations: deps.relay }),
    floorIntervalMs: options.floorIntervalMs,
    async floor(siteId) {
      const [agents, held, queue] = await Promise.all([store.agents.list(siteId), store.reports.heldCounts(siteId), store.reports.queue(siteId)]);
      return siteFloor({ siteId, now: now(), queue, agents, held, statusOf: (id) => deps.relay.agentStatus(id) });
    },
    playerConnected(player) {
      void syncVipTier(player).catch((err) => log.warn({ err, playerId: player.id }, 'vip tier sync failed'));
    },
  };

  /**
   * The CRM's VIP tier feeds routing: stored on the player, and set on this
   * session's record too, so a conversation opened on this connection carries it.
   */
  async function syncVipTier(player: PlayerRecord): Promise<void> {
    const { status, profile } = await crm.lookup(player.siteId, player.externalId);
    if (status !== 'ok' || !profile || profile.vip.tier === player.vipTier) return;
    await store.updatePlayer(player.id, { vipTier: profile.vip.tier });
    player.vipTier = profile.vip.tier;
  }

  return {
    desk,
    crm,
    routes(sessions) {
      const router = Router();
      router.use(dashboardRoutes({ sessions, store, relay: deps.relay, desk, now }));
      router.use(deskRoutes({ sessions, store, relay: deps.relay, crm }));
      router.use(transferCandidateRoutes({ sessions, store, relay: deps.relay }));
      router.use(adminRoutes({ sessions, store, clock, ids, relay: deps.relay, log, webhooksChanged: (siteId) => outbox.invalidate(siteId) }));
      router.use(rotaRoutes({ sessions, store, ids }));
      router.use(siteAdminRoutes({ sessions, store, sites: deps.sites, sync: deps.siteSettings, clock }));
      router.use(metricsRoutes({ store, sites: deps.sites, floor: (siteId) => desk.floor(siteId), now, token: options.metricsToken }));
      router.use(transcriptRoutes({ sessions, transcripts, now }));
      router.use(playerDataRoutes({ sessions, playerData, store }));
      if (options.demoBackendSite) router.use(demoCasinoBackend({ sites: deps.sites, siteId: options.demoBackendSite, now }));
      return router;
    },
    webhooks: { outbox, sender },
    auditWrites: auditAdminWrites(audit, log),
    async close() {
      await retention.stop();
      outbox.close();
      await sender.stop();
      await outbox.idle();
    },
  };
}

const HOUR_MS = 60 * 60_000;

/** The retention purge on a timer (every node runs it: it is idempotent); stop() waits for a run under way. */
function startRetention(run: () => Promise<number>, intervalMs: number, log: Logger): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(run).catch((err) => log.error({ err }, 'retention purge failed'));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
