import { useEffect, useState } from 'preact/hooks';
import { StaffingSchema, type Staffing, type StaffingHour } from '../../../protocol';
import { formatDuration } from '../format';
import { getJson } from '../rest';
import { WEEKDAY_LABELS } from './labels';
import { RotaEditor } from './rota-editor';
import { SeriesChart } from './series-chart';
import { formatCount, formatShare } from './window';

/** Erlang C forecast beside the rota, one day of the week at a time, with the rota's editor. */
export function StaffingView() {
  const [staffing, setStaffing] = useState<Staffing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [weekday, setWeekday] = useState(() => (new Date().getDay() + 6) % 7);

  const [version, setVersion] = useState(0);

  // Loaded again after each rota change, so "On shift" follows the editor.
  useEffect(() => {
    let cancelled = false;
    void getJson('/api/staffing', StaffingSchema).then((result) => {
      if (cancelled) return;
      if (result.ok) setStaffing(result.value);
      else setError(result.message);
    });
    return () => {
      cancelled = true;
    };
  }, [version]);

  const day = staffing?.hours.filter((h) => h.weekday === weekday) ?? [];
  const short = staffing?.hours.filter((h) => h.scheduled < h.needed) ?? [];
  return (
    <main class="board" aria-labelledby="staffing-title">
      <header class="board__header">
        <h2 id="staffing-title">Staffing</h2>
        {staffing ? (
          <p class="board__updated">
            From the last {staffing.weeks} weeks · answer {formatShare(staffing.goal)} within {formatDuration(staffing.frtTargetMs)} · {staffing.concurrency} chats per agent · times in{' '}
            {staffing.timeZone}
          </p>
        ) : null}
      </header>
      {error ? (
        <p class="notice" role="alert">
          {error}
        </p>
      ) : null}
      {staffing ? (
        <>
          <p class={`staffing__summary${short.length ? ' staffing__summary--short' : ''}`} role="status">
            {short.length === 0
              ? 'The rota covers the forecast every hour of the week.'
              : `Short-staffed ${short.length} hour${short.length === 1 ? '' : 's'} a week: ${describeGaps(short)}.`}
          </p>
          <div class="segmented" role="group" aria-label="Day of the week">
            {WEEKDAY_LABELS.map((label, i) => (
              <button key={label} type="button" class="segmented__option" aria-pressed={weekday === i} onClick={() => setWeekday(i)}>
                {label.slice(0, 3)}
                <span class="sr-only">{label.slice(3)}</span>
              </button>
            ))}
          </div>
          <SeriesChart
            title={`${WEEKDAY_LABELS[weekday]}: agents needed and on shift`}
            summary={`${WEEKDAY_LABELS[weekday]}: up to ${Math.max(0, ...day.map((h) => h.needed))} agents needed, ${Math.max(0, ...day.map((h) => h.scheduled))} on shift at most.`}
            xs={day.map((h) => h.hour)}
            time={false}
            axes={['agents', 'chats per hour']}
            series={[
              { label: 'Needed', color: '#c0392b', values: day.map((h) => h.needed), bars: true },
              { label: 'On shift', color: '#1f5fbf', values: day.map((h) => h.scheduled) },
              { label: 'Chats per hour', color: '#8a94a3', values: day.map((h) => Math.round(h.arrivalsPerHour * 10) / 10), axis: 1 },
            ]}
          />
          <div class="table-scroll">
            <table>
              <caption>{WEEKDAY_LABELS[weekday]}, hour by hour</caption>
              <thead>
                <tr>
                  <th scope="col">Hour</th>
                  <th scope="col">Chats per hour</th>
                  <th scope="col">Handle time</th>
                  <th scope="col">Needed</th>
                  <th scope="col">On shift</th>
                </tr>
              </thead>
              <tbody>
                {day.map((h) => (
                  <tr key={h.hour} class={h.scheduled < h.needed ? 'row--short' : ''}>
                    <th scope="row">{hourLabel(h.hour)}</th>
                    <td>{formatCount(h.arrivalsPerHour, 1)}</td>
                    <td>{h.handleSeconds === null ? '—' : formatDuration(h.handleSeconds * 1000)}</td>
                    <td>{h.needed}</td>
                    <td>
                      {h.scheduled}
                      {h.scheduled < h.needed ? <span class="tag tag--alert">short {h.needed - h.scheduled}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <RotaEditor weekday={weekday} onChange={() => setVersion((n) => n + 1)} />
        </>
      ) : error ? null : (
        <p class="board__loading">Loading the forecast…</p>
      )}
    </main>
  );
}

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00–${String((hour + 1) % 24).padStart(2, '0')}:00`;
}

/** "Tue 06:00–08:00, Sat 21:00–22:00": consecutive short hours of a day run together. */
export function describeGaps(hours: StaffingHour[]): string {
  const runs: { weekday: number; from: number; to: number }[] = [];
  for (const h of hours) {
    const last = runs.at(-1);
    if (last && last.weekday === h.weekday && last.to === h.hour) last.to = h.hour + 1;
    else runs.push({ weekday: h.weekday, from: h.hour, to: h.hour + 1 });
  }
  const text = runs.slice(0, 6).map((r) => `${WEEKDAY_LABELS[r.weekday]!.slice(0, 3)} ${String(r.from).padStart(2, '0')}:00–${String(r.to % 24).padStart(2, '0')}:00`);
  return runs.length > 6 ? `${text.join(', ')} and ${runs.length - 6} more` : text.join(', ');
}
