import { useEffect, useState } from 'preact/hooks';
import { AgentAdminListSchema, RotaSchema, ShiftResultSchema, type AgentAdmin, type Shift } from '../../../protocol';
import { getJson, send, sendJson } from '../rest';
import { WEEKDAY_LABELS } from './labels';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourText = (h: number) => `${String(h).padStart(2, '0')}:00`;

interface Draft {
  agentId: string;
  weekday: number;
  startHour: number;
  endHour: number;
}

/**
 * The rota beside the forecast: the chosen day's shifts, each movable and
 * deletable, and a form to add one. The server refuses a shift that books an
 * agent twice and says why; after every change the forecast reloads
 * (`onChange`), so "On shift" follows the rota.
 */
export function RotaEditor({ weekday, onChange }: { weekday: number; onChange: () => void }) {
  const [shifts, setShifts] = useState<Shift[] | null>(null);
  const [agents, setAgents] = useState<AgentAdmin[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>({ agentId: '', weekday, startHour: 8, endHour: 16 });
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  async function reload() {
    const result = await getJson('/api/shifts', RotaSchema);
    if (result.ok) setShifts(result.value.shifts);
    else setMessage({ tone: 'error', text: result.message });
  }

  useEffect(() => {
    void reload();
    void getJson('/api/admin/agents', AgentAdminListSchema).then((result) => {
      if (!result.ok) return;
      const active = result.value.agents.filter((a) => !a.disabled);
      setAgents(active);
      setDraft((d) => (d.agentId ? d : { ...d, agentId: active[0]?.id ?? '' }));
    });
  }, []);

  // A new day picked above: the form adds to that day unless a shift is being moved.
  useEffect(() => {
    if (editing === null) setDraft((d) => ({ ...d, weekday }));
  }, [weekday]);

  const nameOf = (id: string | null) => (id === null ? 'Open shift' : (agents.find((a) => a.id === id)?.name ?? 'Unknown agent'));
  const describe = (s: Pick<Shift, 'agentId' | 'weekday' | 'startHour' | 'endHour'>) => `${nameOf(s.agentId)}, ${WEEKDAY_LABELS[s.weekday]} ${hourText(s.startHour)}–${hourText(s.endHour)}`;

  async function submit(event: Event) {
    event.preventDefault();
    const body = { agentId: draft.agentId || null, weekday: draft.weekday, startHour: draft.startHour, endHour: draft.endHour };
    const result = editing ? await sendJson('PATCH', `/api/shifts/${encodeURIComponent(editing)}`, body, ShiftResultSchema) : await sendJson('POST', '/api/shifts', body, ShiftResultSchema);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    setMessage({ tone: 'ok', text: `${editing ? 'Moved' : 'Added'}: ${describe(result.value.shift)}.` });
    setEditing(null);
    await reload();
    onChange();
  }

  async function remove(shift: Shift) {
    const result = await send('DELETE', `/api/shifts/${encodeURIComponent(shift.id)}`);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    setMessage({ tone: 'ok', text: `Deleted: ${describe(shift)}.` });
    if (editing === shift.id) setEditing(null);
    await reload();
    onChange();
  }

  function edit(shift: Shift) {
    setEditing(shift.id);
    // An end at 00:00 is midnight, the form's 24:00.
    setDraft({ agentId: shift.agentId ?? '', weekday: shift.weekday, startHour: shift.startHour, endHour: shift.endHour === 0 ? 24 : shift.endHour });
    setMessage(null);
  }

  function cancel() {
    setEditing(null);
    setDraft((d) => ({ ...d, weekday }));
  }

  const day = (shifts ?? []).filter((s) => s.weekday === weekday).sort((a, b) => a.startHour - b.startHour || nameOf(a.agentId).localeCompare(nameOf(b.agentId)));
  return (
    <section class="admin" aria-labelledby="rota-title">
      <h3 id="rota-title">Rota: {WEEKDAY_LABELS[weekday]}</h3>
      <p class="admin__hint">Shifts starting this day, in the site’s time zone; an end at or before the start runs past midnight. One agent cannot work two shifts at the same hour.</p>
      {message ? (
        <p class={`admin__message admin__message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <div class="table-scroll">
        <table>
          <caption>Shifts on {WEEKDAY_LABELS[weekday]}</caption>
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shifts && day.length === 0 ? (
              <tr>
                <td colSpan={4}>No shift starts this day.</td>
              </tr>
            ) : null}
            {day.map((s) => (
              <tr key={s.id} aria-current={editing === s.id ? 'true' : undefined}>
                <th scope="row">{nameOf(s.agentId)}</th>
                <td>{hourText(s.startHour)}</td>
                <td>
                  {hourText(s.endHour)}
                  {s.endHour <= s.startHour && s.endHour !== 0 ? <span class="tag">next day</span> : null}
                </td>
                <td class="admin__actions">
                  <button type="button" class="button button--quiet" onClick={() => edit(s)} aria-label={`Move ${describe(s)}`}>
                    Move
                  </button>
                  <button type="button" class="button button--quiet" onClick={() => void remove(s)} aria-label={`Delete ${describe(s)}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form class="admin__form" aria-labelledby="shift-form-title" onSubmit={submit}>
        <h4 id="shift-form-title">{editing ? 'Move the shift' : 'Add a shift'}</h4>
        <div class="admin__fields">
          <label>
            Agent
            <select value={draft.agentId} onChange={(e) => setDraft({ ...draft, agentId: e.currentTarget.value })}>
              {agents.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
              <option value="">Open shift (nobody yet)</option>
            </select>
          </label>
          <label>
            Day
            <select value={String(draft.weekday)} onChange={(e) => setDraft({ ...draft, weekday: Number(e.currentTarget.value) })}>
              {WEEKDAY_LABELS.map((label, i) => (
                <option key={label} value={String(i)}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Start
            <select value={String(draft.startHour)} onChange={(e) => setDraft({ ...draft, startHour: Number(e.currentTarget.value) })}>
              {HOURS.map((h) => (
                <option key={h} value={String(h)}>
                  {hourText(h)}
                </option>
              ))}
            </select>
          </label>
          <label>
            End
            <select value={String(draft.endHour)} onChange={(e) => setDraft({ ...draft, endHour: Number(e.currentTarget.value) })}>
              {[...HOURS.slice(1), 24].map((h) => (
                <option key={h} value={String(h)}>
                  {h === 24 ? '24:00 (midnight)' : hourText(h)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div class="admin__buttons">
          <button type="submit" class="button button--primary">
            {editing ? 'Save shift' : 'Add shift'}
          </button>
          {editing ? (
            <button type="button" class="button" onClick={cancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
