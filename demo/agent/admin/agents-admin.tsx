import { useEffect, useState } from 'preact/hooks';
import { AGENT_ROLES, AgentAdminListSchema, AgentCreatedSchema, PasswordResetSchema, TOPICS, type AgentAdmin, type AgentProfile, type AgentRole, type Topic } from '../../../protocol';
import { AGENT_STATUS_LABELS, ROLE_LABELS } from '../reports/labels';
import { getJson, send, sendJson } from '../rest';
import { TOPIC_LABELS } from '../topics';
import { AgentUpdateResultSchema } from './schemas';

interface Draft {
  email: string;
  name: string;
  role: AgentRole;
  capacity: number;
  skills: Topic[];
  languages: string;
}

const EMPTY: Draft = { email: '', name: '', role: 'agent', capacity: 4, skills: [...TOPICS], languages: 'en' };

const languagesOf = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The site's agents: invite with a temporary password, change role, skills, languages and capacity, disable, reset a password. */
export function AgentsAdmin({ me }: { me: AgentProfile }) {
  const isAdmin = me.role === 'admin';
  const [agents, setAgents] = useState<AgentAdmin[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  async function reload() {
    const result = await getJson('/api/admin/agents', AgentAdminListSchema);
    if (result.ok) setAgents(result.value.agents);
    else setMessage({ tone: 'error', text: result.message });
  }
  useEffect(() => void reload(), []);

  async function create(draft: Draft): Promise<boolean> {
    const result = await sendJson('POST', '/api/admin/agents', { ...draft, languages: languagesOf(draft.languages) }, AgentCreatedSchema);
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.message });
      return false;
    }
    setMessage({ tone: 'ok', text: `${result.value.agent.name} can sign in as ${result.value.agent.email} with the temporary password ${result.value.temporaryPassword} (shown once).` });
    await reload();
    return true;
  }

  async function update(agent: AgentAdmin, draft: Draft): Promise<void> {
    const result = await sendJson('PATCH', `/api/admin/agents/${encodeURIComponent(agent.id)}`, { name: draft.name, role: draft.role, capacity: draft.capacity, skills: draft.skills, languages: languagesOf(draft.languages) }, AgentUpdateResultSchema);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    setMessage({ tone: 'ok', text: `Saved ${result.value.agent.name}. Routing uses the change now.` });
    setEditing(null);
    await reload();
  }

  async function setDisabled(agent: AgentAdmin, disabled: boolean) {
    const result = await send('POST', `/api/agents/${encodeURIComponent(agent.id)}/${disabled ? 'disable' : 'enable'}`);
    setMessage(result.ok ? { tone: 'ok', text: `${agent.name} is ${disabled ? 'disabled and signed out' : 'enabled'}.` } : { tone: 'error', text: result.message });
    await reload();
  }

  async function resetPassword(agent: AgentAdmin) {
    const result = await sendJson('POST', `/api/admin/agents/${encodeURIComponent(agent.id)}/password`, undefined, PasswordResetSchema);
    setMessage(result.ok ? { tone: 'ok', text: `New temporary password for ${agent.name}: ${result.value.temporaryPassword} (shown once).` } : { tone: 'error', text: result.message });
  }

  return (
    <section aria-labelledby="agents-admin-title" class="admin">
      <h3 id="agents-admin-title">Agents</h3>
      {message ? (
        <p class={`admin__message admin__message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {agents === null ? <p>Loading…</p> : null}
      {agents ? (
        <div class="table-scroll">
          <table>
            <caption class="sr-only">Agents of this site</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Capacity</th>
                <th scope="col">Languages</th>
                <th scope="col">Skills</th>
                {isAdmin ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {agents.map((a) =>
                editing === a.id ? (
                  <tr key={a.id}>
                    <td colSpan={7}>
                      <AgentForm
                        title={`Edit ${a.name}`}
                        initial={{ email: a.email, name: a.name, role: a.role, capacity: a.capacity, skills: a.skills.filter((s): s is Topic => (TOPICS as readonly string[]).includes(s)), languages: a.languages.join(', ') }}
                        submitLabel="Save"
                        withEmail={false}
                        onSubmit={async (draft) => {
                          await update(a, draft);
                          return true;
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={a.id} class={a.disabled ? 'row--disabled' : ''}>
                    <th scope="row">
                      {a.name}
                      <span class="admin__email">{a.email}</span>
                    </th>
                    <td>{ROLE_LABELS[a.role]}</td>
                    <td>{a.disabled ? 'Disabled' : AGENT_STATUS_LABELS[a.status]}</td>
                    <td>{a.capacity}</td>
                    <td>{a.languages.join(', ')}</td>
                    <td class="admin__skills">{a.skills.length === TOPICS.length ? 'All topics' : a.skills.map((s) => TOPIC_LABELS[s as Topic] ?? s).join(', ')}</td>
                    {isAdmin ? (
                      <td class="admin__actions">
                        <button type="button" class="button button--quiet" onClick={() => setEditing(a.id)} aria-label={`Edit ${a.name}`}>
                          Edit
                        </button>
                        {a.id === me.id ? null : (
                          <>
                            <button type="button" class="button button--quiet" onClick={() => void setDisabled(a, !a.disabled)} aria-label={`${a.disabled ? 'Enable' : 'Disable'} ${a.name}`}>
                              {a.disabled ? 'Enable' : 'Disable'}
                            </button>
                            <button type="button" class="button button--quiet" onClick={() => void resetPassword(a)} aria-label={`Reset password of ${a.name}`}>
                              Reset password
                            </button>
                          </>
                        )}
                      </td>
                    ) : null}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      ) : null}
      {isAdmin ? <AgentForm title="Invite an agent" initial={EMPTY} submitLabel="Create agent" withEmail onSubmit={create} /> : <p class="admin__hint">Only an admin adds or changes agents.</p>}
    </section>
  );
}

function AgentForm(props: { title: string; initial: Draft; submitLabel: string; withEmail: boolean; onSubmit: (draft: Draft) => Promise<boolean>; onCancel?: () => void }) {
  const [draft, setDraft] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const id = props.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      class="admin__form"
      aria-labelledby={`${id}-title`}
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const done = await props.onSubmit(draft);
        setBusy(false);
        if (done && props.withEmail) setDraft(props.initial);
      }}
    >
      <h4 id={`${id}-title`}>{props.title}</h4>
      <div class="admin__fields">
        {props.withEmail ? (
          <label>
            Email
            <input type="email" required value={draft.email} onInput={(e) => set({ email: e.currentTarget.value })} />
          </label>
        ) : null}
        <label>
          Name
          <input required value={draft.name} onInput={(e) => set({ name: e.currentTarget.value })} />
        </label>
        <label>
          Role
          <select value={draft.role} onChange={(e) => set({ role: e.currentTarget.value as AgentRole })}>
            {AGENT_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Chats at once
          <input type="number" min={1} max={20} required value={draft.capacity} onInput={(e) => set({ capacity: Number(e.currentTarget.value) })} />
        </label>
        <label>
          Languages
          <input value={draft.languages} placeholder="en, fr" onInput={(e) => set({ languages: e.currentTarget.value })} />
        </label>
      </div>
      <fieldset class="admin__checks">
        <legend>Skills</legend>
        {TOPICS.map((t) => (
          <label key={t}>
            <input
              type="checkbox"
              checked={draft.skills.includes(t)}
              onChange={(e) => set({ skills: e.currentTarget.checked ? [...draft.skills, t] : draft.skills.filter((s) => s !== t) })}
            />
            {TOPIC_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <div class="admin__buttons">
        <button type="submit" class="button button--primary" disabled={busy}>
          {props.submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" class="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
