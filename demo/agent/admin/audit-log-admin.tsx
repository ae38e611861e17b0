import { useEffect, useState } from 'preact/hooks';
import { AUDIT_ACTIONS, AUDIT_PAGE_SIZE, AgentAdminListSchema, AuditListSchema, type AgentAdmin, type AuditList, type AuditQueryInput } from '../../../protocol';
import { formatClock } from '../format';
import { getJson } from '../rest';

interface Filter {
  agentId: string;
  action: string;
  fromDate: string;
  toDate: string;
}
const NO_FILTER: Filter = { agentId: '', action: '', fromDate: '', toDate: '' };

/** Local calendar day → epoch ms at its start. */
function dayStart(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : null;
}

export function auditParams(f: Filter, offset: number): URLSearchParams {
  const q: AuditQueryInput = { offset: String(offset) };
  if (f.agentId) q.agentId = f.agentId;
  if (f.action) q.action = f.action as AuditQueryInput['action'];
  const from = dayStart(f.fromDate);
  const to = dayStart(f.toDate);
  if (from !== null) q.from = String(from);
  if (to !== null) q.to = String(to + 86_400_000);
  return new URLSearchParams(q as Record<string, string>);
}

/** Admins read who did what to which object: transcripts opened and exported, player data exported and erased, admin edits. */
export function AuditLogAdmin() {
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [applied, setApplied] = useState<Filter>(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const [log, setLog] = useState<AuditList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [agents, setAgents] = useState<AgentAdmin[]>([]);

  async function load(f: Filter, at: number) {
    const answer = await getJson(`/api/audit?${auditParams(f, at).toString()}`, AuditListSchema);
    if (!answer.ok) return setError(answer.message);
    setError(null);
    setApplied(f);
    setOffset(at);
    setLog(answer.value);
  }
  useEffect(() => {
    void load(NO_FILTER, 0);
    void getJson('/api/admin/agents', AgentAdminListSchema).then((r) => r.ok && setAgents(r.value.agents));
  }, []);

  const set = (key: keyof Filter) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => setFilter({ ...filter, [key]: e.currentTarget.value });
  const now = Date.now();
  return (
    <section aria-labelledby="audit-title" class="admin">
      <h3 id="audit-title">Audit log</h3>
      <p class="admin__hint">Written by the relay where each access happens; nobody can edit it from here.</p>
      <form
        class="admin__form"
        aria-label="Filter the audit log"
        onSubmit={(e) => {
          e.preventDefault();
          void load(filter, 0);
        }}
      >
        <div class="admin__fields">
          <label>
            Who
            <select value={filter.agentId} onChange={set('agentId')}>
              <option value="">Anyone</option>
              {agents.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Action
            <select value={filter.action} onChange={set('action')}>
              <option value="">Any action</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
          <label>
            From
            <input type="date" value={filter.fromDate} onInput={set('fromDate')} />
          </label>
          <label>
            To
            <input type="date" value={filter.toDate} onInput={set('toDate')} />
          </label>
        </div>
        <div class="admin__buttons">
          <button type="submit" class="button button--primary">
            Filter
          </button>
          <button type="button" class="button" onClick={() => void load(applied, offset)}>
            Refresh
          </button>
        </div>
      </form>
      {error ? (
        <p class="admin__message admin__message--error" role="alert">
          {error}
        </p>
      ) : null}
      {log ? (
        <>
          <div class="table-scroll">
            <table aria-labelledby="audit-title">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Object</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {log.entries.length === 0 ? (
                  <tr>
                    <td colSpan={5}>Nothing recorded.</td>
                  </tr>
                ) : null}
                {log.entries.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <time dateTime={new Date(e.at).toISOString()}>{formatClock(e.at, now)}</time>
                    </td>
                    <td>
                      {e.agentName ?? 'The relay'}
                      {e.role ? <span class="admin__email">{e.role}</span> : null}
                    </td>
                    <td>{e.action}</td>
                    <td class="admin__email">
                      {e.objectType}
                      {e.objectId ? ` ${e.objectId}` : ''}
                    </td>
                    <td class="transcripts__opening">{e.detail ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label="Audit log pages" class="admin__buttons">
            <button type="button" class="button" disabled={offset === 0} onClick={() => void load(applied, Math.max(0, offset - AUDIT_PAGE_SIZE))}>
              Newer
            </button>
            <span>
              {log.total === 0 ? 0 : offset + 1}–{offset + log.entries.length} of {log.total}
            </span>
            <button type="button" class="button" disabled={offset + log.entries.length >= log.total} onClick={() => void load(applied, offset + AUDIT_PAGE_SIZE)}>
              Older
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}
