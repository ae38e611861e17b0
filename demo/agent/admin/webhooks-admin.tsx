import { useEffect, useState } from 'preact/hooks';
import { WEBHOOK_EVENT_NAMES, WebhookCreatedSchema, WebhookDeliveryListSchema, WebhookListSchema, type Webhook, type WebhookDelivery } from '../../../protocol';
import { formatClock } from '../format';
import { getJson, send, sendJson } from '../rest';
import { WebhookResultSchema } from './schemas';

type EventName = (typeof WEBHOOK_EVENT_NAMES)[number];

/** Webhooks: register an endpoint (its secret shown once), pause or delete it, and read the delivery log. */
export function WebhooksAdmin() {
  const [webhooks, setWebhooks] = useState<Webhook[] | null>(null);
  const [deliveries, setDeliveries] = useState<WebhookDelivery[]>([]);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<EventName[]>([...WEBHOOK_EVENT_NAMES]);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  async function reload() {
    const [list, log] = await Promise.all([getJson('/api/webhooks', WebhookListSchema), getJson('/api/webhooks/deliveries?limit=50', WebhookDeliveryListSchema)]);
    if (list.ok) setWebhooks(list.value.webhooks);
    else setMessage({ tone: 'error', text: list.message });
    if (log.ok) setDeliveries(log.value.deliveries);
  }
  useEffect(() => void reload(), []);

  async function create(event: Event) {
    event.preventDefault();
    const result = await sendJson('POST', '/api/webhooks', { url, events }, WebhookCreatedSchema);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    setMessage({ tone: 'ok', text: `Added. Its signing secret, shown once: ${result.value.secret}` });
    setUrl('');
    await reload();
  }

  async function toggle(w: Webhook) {
    const result = await sendJson('PATCH', `/api/webhooks/${encodeURIComponent(w.id)}`, { active: !w.active }, WebhookResultSchema);
    if (!result.ok) setMessage({ tone: 'error', text: result.message });
    await reload();
  }

  async function remove(w: Webhook) {
    const result = await send('DELETE', `/api/webhooks/${encodeURIComponent(w.id)}`);
    if (!result.ok) setMessage({ tone: 'error', text: result.message });
    await reload();
  }

  const urlOf = new Map(webhooks?.map((w) => [w.id, w.url]));
  const now = Date.now();
  return (
    <section aria-labelledby="webhooks-title" class="admin">
      <h3 id="webhooks-title">Webhooks</h3>
      <p class="admin__hint">Signed POSTs to your systems on each event; see docs/WEBHOOKS.md for the format and the signature.</p>
      {message ? (
        <p class={`admin__message admin__message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {webhooks && webhooks.length ? (
        <ul class="canned-list">
          {webhooks.map((w) => (
            <li key={w.id} class="canned-list__item">
              <p>
                <strong>{w.url}</strong> {w.active ? null : <span class="tag">paused</span>}
              </p>
              <p class="canned-list__text">{w.events.join(', ')}</p>
              <button type="button" class="button button--quiet" onClick={() => void toggle(w)} aria-label={`${w.active ? 'Pause' : 'Resume'} ${w.url}`}>
                {w.active ? 'Pause' : 'Resume'}
              </button>
              <button type="button" class="button button--quiet" onClick={() => void remove(w)} aria-label={`Delete ${w.url}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : webhooks ? (
        <p>No webhooks yet.</p>
      ) : null}
      <form class="admin__form" aria-labelledby="webhook-form-title" onSubmit={create}>
        <h4 id="webhook-form-title">Add a webhook</h4>
        <label>
          Endpoint URL
          <input type="url" required placeholder="https://casino.example/hooks/pitboss" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <fieldset class="admin__checks">
          <legend>Events</legend>
          {WEBHOOK_EVENT_NAMES.map((name) => (
            <label key={name}>
              <input type="checkbox" checked={events.includes(name)} onChange={(e) => setEvents(e.currentTarget.checked ? [...events, name] : events.filter((x) => x !== name))} />
              {name}
            </label>
          ))}
        </fieldset>
        <div class="admin__buttons">
          <button type="submit" class="button button--primary">
            Add webhook
          </button>
        </div>
      </form>
      <div class="admin__log-header">
        <h4 id="deliveries-title">Delivery log</h4>
        <button type="button" class="button" onClick={() => void reload()}>
          Refresh
        </button>
      </div>
      <div class="table-scroll">
        <table aria-labelledby="deliveries-title">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Event</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.length === 0 ? (
              <tr>
                <td colSpan={6}>Nothing sent yet.</td>
              </tr>
            ) : null}
            {deliveries.map((d) => (
              <tr key={d.id} class={d.status === 'failed' ? 'row--short' : ''}>
                <td>
                  <time dateTime={new Date(d.createdAt).toISOString()}>{formatClock(d.createdAt, now)}</time>
                </td>
                <td>{d.event}</td>
                <td class="admin__email">{urlOf.get(d.webhookId) ?? d.webhookId}</td>
                <td>{d.status === 'pending' && d.nextAttemptAt ? `retry at ${formatClock(d.nextAttemptAt, now)}` : d.status}</td>
                <td>{d.attempts}</td>
                <td>{d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
