import type { AgentKpi, Dashboard, DashboardBreach, Floor } from '../../protocol';
import type { BreachFact } from '../store/kpi-queries';
import type { AgentRecord } from '../store/records';
import type { KpiReport } from './kpis';

/** How many recent breaches the dashboard lists. */
export const DASHBOARD_BREACHES = 20;

/**
 * The dashboard as the panel reads it: the window's KPIs and charts, the live
 * floor, a row per agent (the site's enabled agents, plus anyone disabled
 * since who has figures in the window), and the newest breaches.
 */
export function buildDashboard(input: {
  siteId: string;
  from: number;
  to: number;
  now: number;
  frtTargetMs: number;
  report: KpiReport;
  floor: Floor;
  agents: AgentRecord[];
  breaches: BreachFact[];
}): Dashboard {
  const { report, floor } = input;
  const live = new Map(floor.agents.map((a) => [a.id, a]));
  const names = new Map(input.agents.map((a) => [a.id, a.name]));
  const agents: AgentKpi[] = input.agents
    .filter((a) => !a.disabled || report.agents.has(a.id))
    .map((a) => {
      const figures = report.agents.get(a.id);
      const now = live.get(a.id);
      return {
        agentId: a.id,
        name: a.name,
        role: a.role,
        status: now?.status ?? 'offline',
        load: now?.load ?? 0,
        capacity: a.capacity,
        chats: figures?.chats ?? 0,
        resolved: figures?.resolved ?? 0,
        frtP50Ms: figures?.frtP50Ms ?? null,
        csatAverage: figures?.csatAverage ?? null,
        csatCount: figures?.csatCount ?? 0,
        breaches: figures?.breaches ?? 0,
      };
    })
    .sort((a, b) => b.chats - a.chats || a.name.localeCompare(b.name));
  const breaches: DashboardBreach[] = input.breaches.slice(0, DASHBOARD_BREACHES).map((b) => ({
    conversationId: b.conversationId,
    kind: b.kind,
    agentId: b.agentId,
    agentName: b.agentId ? (names.get(b.agentId) ?? null) : null,
    at: b.at,
  }));
  return {
    siteId: input.siteId,
    from: input.from,
    to: input.to,
    generatedAt: input.now,
    frtTargetMs: input.frtTargetMs,
    bucketMs: report.bucketMs,
    floor,
    kpis: report.kpis,
    series: report.series,
    agents,
    breaches,
  };
}
