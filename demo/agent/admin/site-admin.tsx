import { useEffect, useState } from 'preact/hooks';
import { SecretRotatedSchema, SiteSettingsSchema, type SiteSettings } from '../../../protocol';
import { formatDuration } from '../format';
import { getJson, sendJson } from '../rest';

/** The form's fields as typed: whole seconds or minutes, origins one per line. */
interface Draft {
  origins: string;
  firstResponseS: string;
  resolutionMin: string;
  escalationMin: string;
  offerTimeoutS: string;
  managerWaitS: string;
  languageWaitS: string;
  skillWaitS: string;
  rgWaitS: string;
  emailAfterMin: string;
  crmUrl: string;
  crmTimeoutMs: string;
  crmSecret: string;
}

const GRACE_CHOICES = [
  { label: 'No grace: stop the old secret now', ms: 0 },
  { label: '1 hour', ms: 3_600_000 },
  { label: '24 hours', ms: 86_400_000 },
  { label: '7 days', ms: 7 * 86_400_000 },
];

function draftOf(s: SiteSettings): Draft {
  return {
    origins: s.allowedOrigins.join('\n'),
    firstResponseS: String(s.sla.firstResponseMs / 1000),
    resolutionMin: String(s.sla.resolutionMs / 60_000),
    escalationMin: String(s.sla.escalationMs / 60_000),
    offerTimeoutS: String(s.routing.offerTimeoutMs / 1000),
    managerWaitS: String(s.routing.managerWaitMs / 1000),
    languageWaitS: String(s.routing.languageWaitMs / 1000),
    skillWaitS: String(s.routing.skillWaitMs / 1000),
    rgWaitS: String(s.routing.responsibleGamblingWaitMs / 1000),
    emailAfterMin: String(s.emailFallback.offlineAfterWaitMs / 60_000),
    crmUrl: s.crm?.url ?? '',
    crmTimeoutMs: String(s.crm?.timeoutMs ?? 1500),
    crmSecret: '',
  };
}

/** A typed number in `unit` ms; NaN (which the server refuses with the field's name) when it is not a number. */
const ms = (text: string, unit: number) => (text.trim() === '' ? Number.NaN : Math.round(Number(text) * unit));

function updateOf(d: Draft, current: SiteSettings): Record<string, unknown> {
  const update: Record<string, unknown> = {
    allowedOrigins: d.origins
      .split(/[\n,]/)
      .map((o) => o.trim())
      .filter(Boolean),
    sla: { firstResponseMs: ms(d.firstResponseS, 1000), resolutionMs: ms(d.resolutionMin, 60_000), escalationMs: ms(d.escalationMin, 60_000) },
    routing: {
      offerTimeoutMs: ms(d.offerTimeoutS, 1000),
      managerWaitMs: ms(d.managerWaitS, 1000),
      languageWaitMs: ms(d.languageWaitS, 1000),
      skillWaitMs: ms(d.skillWaitS, 1000),
      responsibleGamblingWaitMs: ms(d.rgWaitS, 1000),
    },
    emailFallback: { offlineAfterWaitMs: ms(d.emailAfterMin, 60_000) },
  };
  // The CRM goes along only when it is set or being set; its secret only when typed (write-only).
  if (d.crmUrl.trim() || current.crm) update.crm = { url: d.crmUrl.trim(), timeoutMs: ms(d.crmTimeoutMs, 1), ...(d.crmSecret ? { secret: d.crmSecret } : {}) };
  return update;
}

/** Site settings (admins): origins, SLA targets, routing waits, email fallback, CRM, and the identity secret's rotation. */
export function SiteAdmin() {
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [grace, setGrace] = useState(GRACE_CHOICES[2]!.ms);
  const [confirming, setConfirming] = useState(false);
  const [newSecret, setNewSecret] = useState<string | null>(null);

  function show(next: SiteSettings) {
    setSettings(next);
    setDraft(draftOf(next));
  }

  useEffect(() => {
    void getJson('/api/admin/site', SiteSettingsSchema).then((result) => (result.ok ? show(result.value) : setMessage({ tone: 'error', text: result.message })));
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    if (!draft || !settings) return;
    const result = await sendJson('PATCH', '/api/admin/site', updateOf(draft, settings), SiteSettingsSchema);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    show(result.value);
    setMessage({ tone: 'ok', text: 'Saved. Every relay node applies the new settings now.' });
  }

  async function rotate() {
    setConfirming(false);
    const result = await sendJson('POST', '/api/admin/site/identity-secret', { graceMs: grace }, SecretRotatedSchema);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    show(result.value.settings);
    setNewSecret(result.value.secret);
    setMessage({
      tone: 'ok',
      text: grace > 0 ? `Rotated. The previous secret keeps working until ${new Date(result.value.previousValidUntil).toLocaleString()}.` : 'Rotated. The previous secret no longer verifies.',
    });
  }

  const field = (key: keyof Draft, label: string, unit: string, extra: Record<string, unknown> = {}) => (
    <label>
      {label} ({unit})
      <input type="number" inputMode="decimal" step="any" min="0" required value={draft?.[key] ?? ''} onInput={(e) => setDraft({ ...draft!, [key]: e.currentTarget.value })} {...extra} />
    </label>
  );

  return (
    <section aria-labelledby="site-title" class="admin">
      <h3 id="site-title">Site settings{settings ? `: ${settings.name}` : ''}</h3>
      <p class="admin__hint">The sites file gives the defaults; what you save here is stored and wins over it on every relay node.</p>
      {message ? (
        <p class={`admin__message admin__message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {settings && draft ? (
        <>
          <form class="admin__form" aria-labelledby="site-form-title" onSubmit={save} noValidate>
            <h4 id="site-form-title">Origins, targets and routing</h4>
            <label>
              Allowed origins (one per line; "self" is this relay)
              <textarea rows={4} value={draft.origins} onInput={(e) => setDraft({ ...draft, origins: e.currentTarget.value })} />
            </label>
            <fieldset class="admin__fields">
              <legend>SLA targets</legend>
              {field('firstResponseS', 'First response', 'seconds')}
              {field('resolutionMin', 'Resolution', 'minutes')}
              {field('escalationMin', 'Escalation to a senior', 'minutes')}
            </fieldset>
            <fieldset class="admin__fields">
              <legend>Routing</legend>
              {field('offerTimeoutS', 'Offer timeout', 'seconds')}
              {field('managerWaitS', 'Wait for a VIP’s manager', 'seconds')}
              {field('languageWaitS', 'Wait for the player’s language', 'seconds')}
              {field('skillWaitS', 'Wait for the topic’s skill', 'seconds')}
              {field('rgWaitS', 'Wait for a responsible-gambling agent', 'seconds')}
            </fieldset>
            <fieldset class="admin__fields">
              <legend>Email fallback</legend>
              {field('emailAfterMin', 'Offer email when the expected wait is above', 'minutes')}
            </fieldset>
            <fieldset class="admin__fields">
              <legend>Casino CRM</legend>
              <label>
                CRM URL
                <input type="text" placeholder="https://crm.casino.example/pitboss" value={draft.crmUrl} onInput={(e) => setDraft({ ...draft, crmUrl: e.currentTarget.value })} />
              </label>
              {field('crmTimeoutMs', 'CRM timeout', 'ms')}
              <label>
                CRM secret
                <input
                  type="password"
                  autoComplete="new-password"
                  placeholder={settings.crm?.secretSet ? 'Set; leave empty to keep it' : 'Needed for a new CRM'}
                  value={draft.crmSecret}
                  onInput={(e) => setDraft({ ...draft, crmSecret: e.currentTarget.value })}
                />
              </label>
            </fieldset>
            <div class="admin__buttons">
              <button type="submit" class="button button--primary">
                Save settings
              </button>
            </div>
          </form>
          <section class="admin__form" aria-labelledby="identity-title">
            <h4 id="identity-title">Identity secret</h4>
            <p class="admin__hint">
              Your casino’s backend signs verified players with this secret. {settings.identity.rotatedAt ? `Last rotated ${new Date(settings.identity.rotatedAt).toLocaleString()}.` : 'Still the sites file’s secret.'}{' '}
              {settings.identity.previousValidUntil ? `The previous secret verifies until ${new Date(settings.identity.previousValidUntil).toLocaleString()}.` : ''}
            </p>
            <label>
              Keep the previous secret working for
              <select value={String(grace)} onChange={(e) => setGrace(Number(e.currentTarget.value))}>
                {GRACE_CHOICES.map((c) => (
                  <option key={c.ms} value={String(c.ms)}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <p class="admin__hint">Pages signed before the rotation keep their chats for that long ({formatDuration(grace)}); put the new secret in your backend before it ends.</p>
            <div class="admin__buttons">
              {confirming ? (
                <>
                  <button type="button" class="button button--primary" onClick={() => void rotate()}>
                    Confirm rotation
                  </button>
                  <button type="button" class="button" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </>
              ) : (
                <button type="button" class="button" onClick={() => setConfirming(true)}>
                  Rotate secret
                </button>
              )}
            </div>
            {newSecret ? (
              <p class="admin__message admin__message--ok">
                New secret, shown once (copy it now): <code aria-label="New identity secret">{newSecret}</code>
              </p>
            ) : null}
          </section>
        </>
      ) : message ? null : (
        <p>Loading the site’s settings…</p>
      )}
    </section>
  );
}
