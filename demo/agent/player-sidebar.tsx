import { useEffect, useState } from 'preact/hooks';
import { PlayerSidebarSchema, type AgentConversation, type CrmLimit, type CrmProfile, type CrmTransaction, type Money, type PlayerSidebar as Sidebar } from '../../protocol';
import { formatClock } from './format';
import { getJson } from './rest';
import { STATUS_LABELS, TOPIC_LABELS } from './topics';

const KYC_LABELS: Record<CrmProfile['kyc']['status'], string> = { verified: 'Verified', pending: 'Pending review', rejected: 'Rejected', not_started: 'Not started' };
const LIMIT_LABELS: Record<CrmLimit['kind'], string> = { deposit: 'Deposit limit', loss: 'Loss limit', wager: 'Wager limit', session: 'Session time' };
const PERIOD_LABELS: Record<CrmLimit['period'], string> = { day: 'a day', week: 'a week', month: 'a month' };

function money(m: Money | { amount: number; currency: string }): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: m.currency }).format(m.amount);
  } catch {
    return `${m.amount} ${m.currency}`;
  }
}

/**
 * The player as the casino knows them (its CRM, asked by the relay) and their
 * earlier chats. A CRM that is slow or down shows as "CRM unavailable" with a
 * retry; the chat beside it never waits for it.
 */
export function PlayerSidebar({ conversation }: { conversation: AgentConversation }) {
  const [sidebar, setSidebar] = useState<Sidebar | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    void getJson(`/api/conversations/${encodeURIComponent(conversation.id)}/player`, PlayerSidebarSchema).then((result) => {
      if (cancelled) return;
      if (result.ok) setSidebar(result.value);
      else setError(result.message);
    });
    return () => {
      cancelled = true;
    };
  }, [conversation.id, attempt]);

  const retry = (
    <button type="button" class="button button--quiet" onClick={() => setAttempt((n) => n + 1)}>
      Try again
    </button>
  );
  return (
    <div class="details details--crm">
      <section aria-labelledby="crm-title" class="crm">
        <h3 id="crm-title">Casino account</h3>
        {error ? (
          <p class="crm__status crm__status--down" role="alert">
            {error} {retry}
          </p>
        ) : !sidebar ? (
          <p class="crm__status" aria-busy="true">
            Asking the casino’s CRM…
          </p>
        ) : sidebar.crmStatus === 'ok' && sidebar.crm ? (
          <CrmProfileView profile={sidebar.crm} />
        ) : sidebar.crmStatus === 'unavailable' ? (
          <p class="crm__status crm__status--down" role="status">
            CRM unavailable: the casino’s system did not answer in time. The chat is not affected. {retry}
          </p>
        ) : (
          <p class="crm__status">
            {sidebar.crmStatus === 'anonymous'
              ? 'Anonymous visitor: the casino has not signed this player in, so there is no account to show.'
              : sidebar.crmStatus === 'not_found'
                ? `The casino’s CRM does not know player ${sidebar.externalId}.`
                : 'No CRM is connected for this site.'}
          </p>
        )}
      </section>
      {sidebar ? <Earlier sidebar={sidebar} /> : null}
    </div>
  );
}

function CrmProfileView({ profile: p }: { profile: CrmProfile }) {
  const now = Date.now();
  return (
    <>
      {p.exclusion ? (
        <p class="flag flag--alert" role="note">
          {p.exclusion.kind === 'self-exclusion' ? 'Self-excluded' : 'Cooling-off'}
          {p.exclusion.until ? ` until ${formatClock(p.exclusion.until, now)}` : ''}: do not promote play or bonuses.
        </p>
      ) : null}
      <dl class="facts">
        <dt>VIP tier</dt>
        <dd>
          <span class={`vip vip--${p.vip.tier}`}>{p.vip.label}</span>
          {p.vip.tier > 0 ? ` (tier ${p.vip.tier})` : ''}
        </dd>
        <dt>Balance</dt>
        <dd>
          {money(p.balance)}
          {p.bonusBalance ? ` + ${money(p.bonusBalance)} bonus` : ''}
        </dd>
        <dt>KYC</dt>
        <dd class={`kyc kyc--${p.kyc.status}`}>
          {KYC_LABELS[p.kyc.status]}
          {p.kyc.missing.length ? <span class="kyc__missing"> · missing: {p.kyc.missing.join(', ')}</span> : null}
        </dd>
        {p.country ? (
          <>
            <dt>Country</dt>
            <dd>{p.country}</dd>
          </>
        ) : null}
        {p.registeredAt ? (
          <>
            <dt>Member since</dt>
            <dd>{new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(p.registeredAt)}</dd>
          </>
        ) : null}
      </dl>
      <Payments title="Last deposits" items={p.deposits} now={now} />
      <Payments title="Last withdrawals" items={p.withdrawals} now={now} />
      <h4 class="crm__subtitle">Responsible-gambling limits</h4>
      {p.limits.length === 0 ? (
        <p class="crm__none">None set.</p>
      ) : (
        <ul class="crm__list">
          {p.limits.map((l) => (
            <li key={`${l.kind}-${l.period}`}>
              {LIMIT_LABELS[l.kind]}: {l.unit === 'min' ? `${l.value} min` : money({ amount: l.value, currency: l.unit })} {PERIOD_LABELS[l.period]}
              {typeof l.used === 'number' ? (
                <>
                  {' '}
                  · used {l.unit === 'min' ? `${l.used} min` : money({ amount: l.used, currency: l.unit })}
                  <meter min={0} max={l.value} value={l.used} high={l.value * 0.8} aria-label={`${LIMIT_LABELS[l.kind]} used`} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Payments({ title, items, now }: { title: string; items: CrmTransaction[]; now: number }) {
  return (
    <>
      <h4 class="crm__subtitle">{title}</h4>
      {items.length === 0 ? (
        <p class="crm__none">None.</p>
      ) : (
        <ul class="crm__list">
          {items.slice(0, 3).map((t) => (
            <li key={t.id}>
              {money(t)} · {t.method} · <time dateTime={new Date(t.at).toISOString()}>{formatClock(t.at, now)}</time>
              {t.status !== 'completed' ? <span class={`tag tag--${t.status}`}>{t.status}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Earlier({ sidebar }: { sidebar: Sidebar }) {
  const now = Date.now();
  return (
    <section aria-labelledby="earlier-title" class="earlier">
      <h3 id="earlier-title">Earlier conversations</h3>
      {sidebar.earlier.length === 0 ? (
        <p class="crm__none">This is their first conversation.</p>
      ) : (
        <ul class="crm__list">
          {sidebar.earlier.map((c) => (
            <li key={c.id}>
              <time dateTime={new Date(c.createdAt).toISOString()}>{formatClock(c.createdAt, now)}</time> · {c.topic ? TOPIC_LABELS[c.topic] : 'Unclassified'} · {STATUS_LABELS[c.status]}
              {c.agentName ? ` by ${c.agentName}` : ''}
              {c.csat ? ` · rated ${c.csat}/5` : ''}
              {c.opening ? <span class="earlier__opening">“{c.opening}”</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
