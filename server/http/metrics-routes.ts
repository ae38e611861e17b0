import { timingSafeEqual } from 'node:crypto';
import { Router, type Request } from 'express';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Floor, Kpis } from '../../protocol';
import type { SiteDirectory } from '../config/sites';
import { computeKpis, DAY_MS, KPI_LOOKBACK_MS } from '../core/kpis';
import type { Store } from '../store/store';

/** Figures are recomputed at most this often, however often Prometheus scrapes. */
const FRESH_MS = 10_000;

export interface MetricsDeps {
  store: Store;
  sites: SiteDirectory;
  floor(siteId: string): Promise<Floor>;
  now: () => number;
  /** Bearer token a scraper must send; without one, only this machine may scrape (loopback). */
  token?: string;
}

/**
 * GET /metrics in Prometheus' text format: the live floor and the KPIs of
 * docs/KPIS.md over the last 24 hours, per site, refreshed on scrape, plus the
 * process's own metrics. Each server has its own registry (tests run several).
 */
export function metricsRoutes(deps: MetricsDeps): Router {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pitboss_process_' });
  let figures: Promise<Map<string, { floor: Floor; kpis: Kpis }>> | null = null;
  let figuresAt = 0;
  const current = () => {
    if (!figures || deps.now() - figuresAt > FRESH_MS) {
      figuresAt = deps.now();
      figures = compute().catch((error: unknown) => {
        figures = null;
        throw error;
      });
    }
    return figures;
  };
  async function compute(): Promise<Map<string, { floor: Floor; kpis: Kpis }>> {
    const to = deps.now();
    const from = to - DAY_MS;
    const result = new Map<string, { floor: Floor; kpis: Kpis }>();
    for (const site of deps.sites.all()) {
      const [conversations, ratings, breaches, floor] = await Promise.all([
        deps.store.reports.conversationFacts(site.id, from - KPI_LOOKBACK_MS, to + 1),
        deps.store.csat.between(site.id, from, to),
        deps.store.reports.breaches(site.id, from, to),
        deps.floor(site.id),
      ]);
      result.set(site.id, { floor, kpis: computeKpis({ from, to, now: to, frtTargetMs: site.sla.firstResponseMs, conversations, ratings, breaches }).kpis });
    }
    return result;
  }

  /** One gauge per figure, labelled by site; null figures (nothing to divide) are left out rather than reported as 0. */
  const gauge = (name: string, help: string, read: (f: { floor: Floor; kpis: Kpis }) => number | null) =>
    new Gauge({
      name: `pitboss_${name}`,
      help,
      labelNames: ['site'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const [site, f] of await current()) {
          const value = read(f);
          if (value !== null) this.set({ site }, value);
        }
      },
    });
  gauge('queue_length', 'Conversations waiting for an agent now.', (f) => f.floor.queueLength);
  gauge('queue_longest_wait_seconds', 'How long the longest-waiting queued conversation has waited.', (f) => f.floor.longestWaitMs / 1000);
  gauge('agents_online', 'Agents online now.', (f) => f.floor.agentsOnline);
  gauge('free_capacity', 'Free chat slots of online agents now.', (f) => f.floor.freeCapacity);
  gauge('conversations_24h', 'Conversations created in the last 24 h.', (f) => f.kpis.conversations);
  gauge('queued_24h', 'Conversations that entered the human queue in the last 24 h.', (f) => f.kpis.queued);
  gauge('answered_24h', 'Conversations first answered by an agent in the last 24 h.', (f) => f.kpis.answered);
  gauge('first_response_p50_seconds', 'Median first response time over the last 24 h (nearest rank).', (f) => (f.kpis.frtP50Ms === null ? null : f.kpis.frtP50Ms / 1000));
  gauge('first_response_p90_seconds', '90th percentile first response time over the last 24 h (nearest rank).', (f) => (f.kpis.frtP90Ms === null ? null : f.kpis.frtP90Ms / 1000));
  gauge('answered_within_target_ratio', 'Share answered within the first-response target, last 24 h.', (f) => f.kpis.withinTarget.share);
  gauge('first_contact_resolution_ratio', 'Share resolved at first contact, last 24 h.', (f) => f.kpis.firstContactResolution.share);
  gauge('csat_average', 'Mean CSAT rating (1-5) given in the last 24 h.', (f) => f.kpis.csat.average);
  gauge('csat_ratings_24h', 'CSAT ratings given in the last 24 h.', (f) => f.kpis.csat.count);
  gauge('chats_per_agent_24h', 'Chats per agent who held any, last 24 h.', (f) => f.kpis.chatsPerAgent);
  gauge('abandoned_ratio', 'Share of queued conversations abandoned, last 24 h.', (f) => f.kpis.abandoned.share);
  gauge('bot_deflection_ratio', 'Share of bot-answered conversations the bot solved, last 24 h.', (f) => f.kpis.deflected.share);

  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (!allowed(req, deps.token)) {
      res.status(deps.token ? 401 : 403).type('text/plain').send(deps.token ? 'Bearer token required.\n' : 'Metrics are served to this machine only; set PITBOSS_METRICS_TOKEN to scrape from elsewhere.\n');
      return;
    }
    res.setHeader('Content-Type', registry.contentType);
    res.send(await registry.metrics());
  });
  return router;
}

function allowed(req: Request, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(/^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '');
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  // The socket's own peer, not X-Forwarded-For: a proxy in front makes every request look local, so it needs the token.
  const peer = req.socket.remoteAddress ?? '';
  return (peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1') && !req.get('x-forwarded-for');
}
