import { Router, type Request } from 'express';
import type { Dashboard, Staffing } from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import { buildDashboard } from '../core/dashboard';
import { PitbossError } from '../core/errors';
import { computeKpis, DAY_MS, KPI_LOOKBACK_MS } from '../core/kpis';
import { staffingForecast, WEEK_MS } from '../core/staffing';
import type { SiteConfig } from '../config/sites';
import type { Store } from '../store/store';
import type { DeskServices } from '../gateway/desk-services';
import { requireAgent, type AuthedRequest } from './agent-auth';
import { requireRole, SUPERVISING } from './staff-roles';

/** The longest window a dashboard covers. */
export const MAX_WINDOW_MS = 92 * DAY_MS;

export interface DashboardRouteDeps {
  sessions: AgentSessions;
  store: Store;
  relay: { site(siteId: string): SiteConfig };
  desk: Pick<DeskServices, 'floor'>;
  now: () => number;
}

/** Supervisors' and admins' reports for their own site: the dashboard and the staffing forecast (the rota is server/http/rota-routes.ts). */
export function dashboardRoutes(deps: DashboardRouteDeps): Router {
  const router = Router();
  const supervising = [requireAgent(deps.sessions), requireRole(SUPERVISING)];

  router.get('/api/dashboard', ...supervising, async (req, res) => {
    const agent = (req as AuthedRequest).agent!;
    const now = deps.now();
    const to = timeParam(req, 'to') ?? now;
    const from = timeParam(req, 'from') ?? to - DAY_MS;
    if (!(to > from) || to - from > MAX_WINDOW_MS) throw new PitbossError('bad_frame', 'Give a window with from < to, at most 92 days.');
    const site = deps.relay.site(agent.siteId);
    const [conversations, ratings, breaches, agents, floor] = await Promise.all([
      deps.store.reports.conversationFacts(site.id, from - KPI_LOOKBACK_MS, to + KPI_LOOKBACK_MS),
      deps.store.csat.between(site.id, from, to),
      deps.store.reports.breaches(site.id, from, to),
      deps.store.agents.list(site.id),
      deps.desk.floor(site.id),
    ]);
    const report = computeKpis({ from, to, now, frtTargetMs: site.sla.firstResponseMs, conversations, ratings, breaches });
    const dashboard: Dashboard = buildDashboard({ siteId: site.id, from, to, now, frtTargetMs: site.sla.firstResponseMs, report, floor, agents, breaches });
    res.setHeader('Cache-Control', 'no-store');
    res.json(dashboard);
  });

  router.get('/api/staffing', ...supervising, async (req, res) => {
    const agent = (req as AuthedRequest).agent!;
    const weeks = Math.min(12, Math.max(1, Math.floor(Number(req.query.weeks ?? 4)) || 4));
    const site = deps.relay.site(agent.siteId);
    const to = deps.now();
    const [conversations, shifts] = await Promise.all([
      deps.store.reports.conversationFacts(site.id, to - weeks * WEEK_MS, to),
      deps.store.shifts.list(site.id),
    ]);
    const staffing: Staffing = {
      siteId: site.id,
      timeZone: site.timeZone,
      weeks,
      frtTargetMs: site.sla.firstResponseMs,
      goal: site.serviceLevelGoal,
      concurrency: site.defaultAgentCapacity,
      hours: staffingForecast({
        conversations,
        weeks,
        timeZone: site.timeZone,
        frtTargetMs: site.sla.firstResponseMs,
        goal: site.serviceLevelGoal,
        concurrency: site.defaultAgentCapacity,
        defaultHandleMs: site.averageHandleMs,
        shifts,
      }),
    };
    res.json(staffing);
  });

  return router;
}

/** Epoch ms or an ISO date; undefined when absent, an error when unreadable. */
function timeParam(req: Request, name: string): number | undefined {
  const raw = req.query[name];
  if (raw === undefined || raw === '') return undefined;
  const text = String(raw);
  const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(value)) throw new PitbossError('bad_frame', `"${name}" is not a time.`);
  return value;
}
