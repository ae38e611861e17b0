import { useEffect, useState } from 'preact/hooks';
import { DashboardSchema, type AgentKpi, type Breach, type Dashboard, type DashboardBreach, type Floor, type Ratio } from '../../../protocol';
import { durationIso, formatClock, formatDuration } from '../format';
import { getJson } from '../rest';
import { AGENT_STATUS_LABELS } from './labels';
import { SeriesChart } from './series-chart';
import { formatCount, formatRating, formatShare, RANGES, rangeWindow, type RangeId } from './window';

/** How often the window's figures are fetched again; the live floor comes every few seconds on the socket. */
export const DASHBOARD_REFRESH_MS = 60_000;

interface DashboardViewProps {
  /** Pushed on the agent socket: newer than the REST answer when present. */
  liveFloor: Floor | null;
  liveBreaches: Breach[];
}

export function DashboardView({ liveFloor, liveBreaches }: DashboardViewProps) {
  const [range, setRange] = useState<RangeId>('today');
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const { from, to } = rangeWindow(range, Date.now());
      const result = await getJson(`/api/dashboard?from=${from}&to=${to}`, DashboardSchema);
      if (cancelled) return;
      if (result.ok) {
        setDashboard(result.value);
        setError(null);
      } else setError(result.message);
    };
    void load();
    const timer = setInterval(() => void load(), DASHBOARD_REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [range]);

  const floor = liveFloor ?? dashboard?.floor ?? null;
  const now = Date.now();
  return (
    <main class="board" aria-labelledby="board-title">
      <header class="board__header">
        <h2 id="board-title">Dashboard</h2>
        <div class="segmented" role="group" aria-label="Period">
          {RANGES.map((r) => (
            <button key={r.id} type="button" class="segmented__option" aria-pressed={range === r.id} onClick={() => setRange(r.id)}>
              {r.label}
            </button>
          ))}
        </div>
        {dashboard ? (
          <p class="board__updated">
            Figures as of <time dateTime={new Date(dashboard.generatedAt).toISOString()}>{formatClock(dashboard.generatedAt, now)}</time>
          </p>
        ) : null}
      </header>
      {error ? (
        <p class="notice" role="alert">
          {error}
        </p>
      ) : null}

      <section class="tiles" aria-labelledby="floor-title">
        <h3 id="floor-title" class="tiles__title">
          On the floor now
        </h3>
        <Tile label="Queue" value={floor ? formatCount(floor.queueLength) : '…'} detail={floor ? `longest wait ${formatDuration(floor.longestWaitMs, 'floor')}` : null} alert={Boolean(floor && dashboard && floor.longestWaitMs > dashboard.frtTargetMs)} />
        <Tile label="Agents online" value={floor ? formatCount(floor.agentsOnline) : '…'} detail={floor ? `${floor.freeCapacity} free chat slot${floor.freeCapacity === 1 ? '' : 's'}` : null} />
      </section>

      {dashboard ? <Figures dashboard={dashboard} /> : <p class="board__loading">Loading the figures…</p>}
      <BreachFeed live={liveBreaches} recent={dashboard?.breaches ?? []} agentNames={new Map(dashboard?.agents.map((a) => [a.agentId, a.name]))} />
      {dashboard ? <Charts dashboard={dashboard} /> : null}
      {dashboard ? <AgentTable rows={dashboard.agents} floor={floor} /> : null}
    </main>
  );
}

function Figures({ dashboard: d }: { dashboard: Dashboard }) {
  const k = d.kpis;
  const target = formatDuration(d.frtTargetMs);
  return (
    <section class="tiles" aria-labelledby="kpi-title">
      <h3 id="kpi-title" class="tiles__title">
        {RANGES.find((r) => rangeWindow(r.id, d.generatedAt).from === d.from)?.label ?? 'This period'}
      </h3>
      <Tile label="Conversations" value={formatCount(k.conversations)} detail={`${k.queued} to agents, ${k.answered} answered`} />
      <Tile label="First response" value={k.frtP50Ms === null ? '—' : formatDuration(k.frtP50Ms)} detail={k.frtP90Ms === null ? 'median' : `median · p90 ${formatDuration(k.frtP90Ms)}`} />
      <Tile label={`Answered within ${target}`} value={formatShare(k.withinTarget.share)} detail={ratioDetail(k.withinTarget)} alert={k.withinTarget.share !== null && k.withinTarget.share < 0.8} />
      <Tile label="First-contact resolution" value={formatShare(k.firstContactResolution.share)} detail={ratioDetail(k.firstContactResolution)} />
      <Tile label="CSAT" value={formatRating(k.csat.average)} detail={`${k.csat.count} rating${k.csat.count === 1 ? '' : 's'}, out of 5`} />
      <Tile label="Chats per agent" value={formatCount(k.chatsPerAgent, 1)} detail={null} />
      <Tile label="Abandoned" value={formatShare(k.abandoned.share)} detail={ratioDetail(k.abandoned)} alert={k.abandoned.share !== null && k.abandoned.share > 0.1} />
      <Tile label="Bot deflection" value={formatShare(k.deflected.share)} detail={`${k.deflected.count} of ${k.deflected.of} the bot answered`} />
    </section>
  );
}

function ratioDetail(r: Ratio): string {
  return `${r.count} of ${r.of}`;
}

function Tile({ label, value, detail, alert = false }: { label: string; value: string; detail: string | null; alert?: boolean }) {
  const id = `tile-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <div class={`tile${alert ? ' tile--alert' : ''}`} role="group" aria-labelledby={id}>
      <p class="tile__label" id={id}>
        {label}
      </p>
      <p class="tile__value">{value}</p>
      {detail ? <p class="tile__detail">{detail}</p> : null}
    </div>
  );
}

const BREACH_LABELS: Record<Breach['kind'], string> = {
  first_response: 'First response missed',
  resolution: 'Resolution missed',
  escalation: 'No senior in time',
};

/** Breaches heard live on the socket first (newest on top), then the window's recent ones. */
function BreachFeed({ live, recent, agentNames }: { live: Breach[]; recent: DashboardBreach[]; agentNames: Map<string, string> }) {
  const seen = new Set(live.map((b) => `${b.conversationId}:${b.kind}`));
  const rows = [...live.map((b) => ({ ...b, agentName: b.agentId ? (agentNames.get(b.agentId) ?? null) : null, live: true })), ...recent.filter((b) => !seen.has(`${b.conversationId}:${b.kind}`)).map((b) => ({ ...b, live: false }))].slice(0, 12);
  const now = Date.now();
  return (
    <section class="breaches" aria-labelledby="breaches-title">
      <h3 id="breaches-title">SLA breaches</h3>
      {/* Scrolls past a few breaches (floor.css): focusable, so a keyboard can scroll it too. */}
      <ol class="breaches__list" aria-labelledby="breaches-title" aria-live="polite" aria-relevant="additions" tabIndex={0}>
        {rows.length === 0 ? <li class="breaches__none">No breaches in this period.</li> : null}
        {rows.map((b) => (
          <li key={`${b.conversationId}:${b.kind}`} class={`breach${b.live ? ' breach--live' : ''}`}>
            <strong>{BREACH_LABELS[b.kind]}</strong>
            {b.live ? <span class="breach__new">new</span> : null} · <time dateTime={new Date(b.at).toISOString()}>{formatClock(b.at, now)}</time> ·{' '}
            {b.agentName ?? 'unassigned'} · <span class="facts__code">{b.conversationId}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Charts({ dashboard: d }: { dashboard: Dashboard }) {
  const xs = d.series.map((p) => p.at);
  const hourly = d.bucketMs < 86_400_000;
  const per = hourly ? 'per hour' : 'per day';
  const busiest = d.series.reduce((best, p) => (p.arrivals > best.arrivals ? p : best), d.series[0] ?? { at: d.from, arrivals: 0 });
  return (
    <section class="charts" aria-label="Charts">
      <SeriesChart
        title={`Conversations ${per}`}
        summary={`${d.kpis.conversations} conversations; the busiest ${hourly ? 'hour' : 'day'} had ${busiest.arrivals}.`}
        xs={xs}
        axes={['chats']}
        series={[
          { label: 'Arrivals', color: '#1f5fbf', values: d.series.map((p) => p.arrivals), bars: true },
          { label: 'Answered', color: '#1e8a5a', values: d.series.map((p) => p.answered) },
          { label: 'Abandoned', color: '#c0392b', values: d.series.map((p) => p.abandoned) },
        ]}
      />
      <SeriesChart
        title="First response and service level"
        summary={`Median first response ${d.kpis.frtP50Ms === null ? 'not available' : formatDuration(d.kpis.frtP50Ms)}; ${formatShare(d.kpis.withinTarget.share)} answered within target.`}
        xs={xs}
        axes={['minutes', '% within target']}
        rightRange={[0, 100]}
        series={[
          { label: 'FRT median (min)', color: '#b36b00', values: d.series.map((p) => (p.frtP50Ms === null ? null : Math.round(p.frtP50Ms / 6000) / 10)) },
          { label: 'Within target (%)', color: '#1e8a5a', values: d.series.map((p) => (p.withinTargetShare === null ? null : Math.round(p.withinTargetShare * 100))), axis: 1 },
        ]}
      />
      <SeriesChart
        title="CSAT"
        summary={`Average rating ${formatRating(d.kpis.csat.average)} from ${d.kpis.csat.count} ratings.`}
        xs={xs}
        axes={['rating 1–5']}
        series={[{ label: 'CSAT', color: '#6a3fb5', values: d.series.map((p) => (p.csatAverage === null ? null : Math.round(p.csatAverage * 10) / 10)) }]}
        height={180}
      />
    </section>
  );
}

function AgentTable({ rows, floor }: { rows: AgentKpi[]; floor: Floor | null }) {
  const live = new Map(floor?.agents.map((a) => [a.id, a]));
  return (
    <section class="agents-table" aria-labelledby="agents-title">
      <h3 id="agents-title">Agents</h3>
      <div class="table-scroll">
        <table aria-labelledby="agents-title">
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Status</th>
              <th scope="col">Load</th>
              <th scope="col">Chats</th>
              <th scope="col">Resolved</th>
              <th scope="col">FRT median</th>
              <th scope="col">CSAT</th>
              <th scope="col">Breaches</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              const now = live.get(a.agentId);
              const status = now?.status ?? a.status;
              return (
                <tr key={a.agentId}>
                  <th scope="row">
                    {a.name}
                    {a.role !== 'agent' ? <span class="tag">{a.role}</span> : null}
                  </th>
                  <td>
                    <span class={`status-dot status-dot--${status}`} aria-hidden="true" /> {AGENT_STATUS_LABELS[status]}
                  </td>
                  <td>
                    {now?.load ?? a.load} / {a.capacity}
                  </td>
                  <td>{a.chats}</td>
                  <td>{a.resolved}</td>
                  <td>{a.frtP50Ms === null ? '—' : <time dateTime={durationIso(a.frtP50Ms)}>{formatDuration(a.frtP50Ms)}</time>}</td>
                  <td>{a.csatCount ? `${formatRating(a.csatAverage)} (${a.csatCount})` : '—'}</td>
                  <td class={a.breaches ? 'cell--alert' : ''}>{a.breaches}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
