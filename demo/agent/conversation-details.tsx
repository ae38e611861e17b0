import type { AgentConversation } from '../../protocol';
import { durationIso, formatClock, formatDuration, languageName } from './format';
import { firstResponse, resolution } from './sla';
import { STATUS_LABELS, TOPIC_LABELS } from './topics';
import { useNow } from './use-now';

/** The right column: who the player is and where the conversation stands against its SLA. */
export function ConversationDetails({ conversation: c }: { conversation: AgentConversation }) {
  const live = firstResponse(c, 0).kind === 'waiting' || resolution(c, 0).kind === 'due';
  const now = useNow(live);
  const sla = firstResponse(c, now);
  const toResolve = resolution(c, now);
  return (
    <div class="details">
      <h2 class="column-title">Details</h2>
      <section aria-labelledby="details-sla" class={`sla${sla.kind === 'waiting' ? ` sla--${sla.level}` : ''}`}>
        <h3 id="details-sla">Service level</h3>
        {sla.kind === 'answered' ? (
          <p class="sla__figure">
            First response: <time dateTime={durationIso(sla.ms)}>{formatDuration(sla.ms)}</time>
          </p>
        ) : sla.kind === 'waiting' ? (
          <>
            <p class="sla__figure" role="timer" aria-live="off">
              Waiting: <time dateTime={durationIso(sla.ms)}>{formatDuration(sla.ms, 'floor')}</time>
            </p>
            <p>
              Waiting since <time dateTime={new Date(sla.since).toISOString()}>{formatClock(sla.since, now)}</time>
              {sla.level === 'breached' ? ' · first-response target missed' : sla.level === 'at-risk' ? ' · close to the target' : ''}
            </p>
          </>
        ) : sla.kind === 'unanswered' ? (
          <p class="sla__figure">Ended without an agent reply</p>
        ) : (
          <p class="sla__figure">Not in the human queue</p>
        )}
        <ResolutionLine state={toResolve} />
        <dl class="facts">
          <Fact term="Started" at={c.createdAt} now={now} />
          <Fact term="Queued" at={c.queuedAt} now={now} />
          <Fact term="Assigned" at={c.assignedAt} now={now} />
          <Fact term="Answered" at={c.firstResponseAt} now={now} />
          <Fact term="Ended" at={c.resolvedAt} now={now} />
        </dl>
      </section>
      <Flags conversation={c} />
      <section aria-labelledby="details-player">
        <h3 id="details-player">Player</h3>
        <dl class="facts">
          <dt>VIP</dt>
          <dd>{c.vipTier > 0 ? `Tier ${c.vipTier}` : 'No'}</dd>
          <dt>Name</dt>
          <dd>
            <bdi>{c.playerName ?? 'Not given'}</bdi>
          </dd>
          <dt>Player ID</dt>
          <dd class="facts__code">{c.playerId}</dd>
          <dt>Language</dt>
          <dd>{languageName(c.locale)}</dd>
          <dt>Topic</dt>
          <dd>{c.topic ? TOPIC_LABELS[c.topic] : 'Not classified'}</dd>
          <dt>Status</dt>
          <dd>{STATUS_LABELS[c.status]}</dd>
          <dt>Site</dt>
          <dd>{c.siteId}</dd>
          <dt>Transfers</dt>
          <dd>{c.transfers}</dd>
          <dt>Conversation</dt>
          <dd class="facts__code">{c.id}</dd>
        </dl>
      </section>
    </div>
  );
}

function Fact({ term, at, now }: { term: string; at: number | null; now: number }) {
  if (at === null) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <time dateTime={new Date(at).toISOString()}>{formatClock(at, now)}</time>
      </dd>
    </>
  );
}

function ResolutionLine({ state }: { state: ReturnType<typeof resolution> }) {
  switch (state.kind) {
    case 'due':
      return (
        <p class={`sla__resolution sla__resolution--${state.level}`}>
          Resolve within <time dateTime={durationIso(state.remainingMs)}>{formatDuration(state.remainingMs, 'floor')}</time>
        </p>
      );
    case 'paused':
      return <p class="sla__resolution">Resolution clock paused: waiting on the player</p>;
    case 'missed':
      return <p class="sla__resolution sla__resolution--breached">Resolution target missed</p>;
    case 'none':
      return null;
  }
}

/** What routing knows that changes how the agent should handle the chat. */
function Flags({ conversation: c }: { conversation: AgentConversation }) {
  const flags: Array<{ key: string; text: string; tone: 'alert' | 'info' }> = [];
  if (c.responsibleGambling) flags.push({ key: 'rg', text: 'Responsible gambling: follow the RG procedure', tone: 'alert' });
  if (c.needsSenior) flags.push({ key: 'senior', text: 'Escalated to a senior', tone: 'info' });
  if (c.complex) flags.push({ key: 'complex', text: 'Marked complex', tone: 'info' });
  if (c.waitingOnPlayer) flags.push({ key: 'waiting', text: 'Waiting on the player', tone: 'info' });
  if (c.missedOffers > 0) flags.push({ key: 'missed', text: `Offered to agents ${c.missedOffers} times before`, tone: 'info' });
  if (flags.length === 0) return null;
  return (
    <ul class="flags" aria-label="Flags">
      {flags.map((f) => (
        <li key={f.key} class={`flag flag--${f.tone}`}>
          {f.text}
        </li>
      ))}
    </ul>
  );
}
