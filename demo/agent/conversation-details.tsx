import type { AgentConversation } from '../../protocol';
import { durationIso, formatClock, formatDuration, languageName } from './format';
import { firstResponse } from './sla';
import { STATUS_LABELS, TOPIC_LABELS } from './topics';
import { useNow } from './use-now';

/** The right column: who the player is and where the conversation stands against its SLA. */
export function ConversationDetails({ conversation: c }: { conversation: AgentConversation }) {
  const live = firstResponse(c, 0).kind === 'waiting';
  const now = useNow(live);
  const sla = firstResponse(c, now);
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
        <dl class="facts">
          <Fact term="Started" at={c.createdAt} now={now} />
          <Fact term="Queued" at={c.queuedAt} now={now} />
          <Fact term="Assigned" at={c.assignedAt} now={now} />
          <Fact term="Answered" at={c.firstResponseAt} now={now} />
          <Fact term="Ended" at={c.resolvedAt} now={now} />
        </dl>
      </section>
      <section aria-labelledby="details-player">
        <h3 id="details-player">Player</h3>
        <dl class="facts">
          <dt>Name</dt>
          <dd>{c.playerName ?? 'Not given'}</dd>
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
