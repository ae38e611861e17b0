import type { AgentConversation } from '../../protocol';
import { isEnded, threadOf, type DeskState } from './desk-state';
import { unreadCount } from './thread';
import { durationIso, formatDuration } from './format';
import { conversationHref } from './route';
import { firstResponse, tabClock } from './sla';
import { STATUS_LABELS, TOPIC_LABELS } from './topics';
import { useNow } from './use-now';

interface ConversationListProps {
  conversations: AgentConversation[];
  state: DeskState;
}

export function playerLabel(conversation: AgentConversation): string {
  return conversation.playerName?.trim() || `Player ${conversation.playerId}`;
}

export function ConversationList({ conversations, state }: ConversationListProps) {
  // Every open chat has a clock running (to its first answer, then to resolution).
  const now = useNow(conversations.some((c) => !isEnded(c)));
  return (
    <nav class="desk__list" aria-label="Conversations">
      <h2 class="column-title">
        Conversations <span class="column-title__count">{conversations.filter((c) => !isEnded(c)).length}</span>
      </h2>
      {conversations.length === 0 ? (
        <p class="list-empty">
          {state.me.status === 'online'
            ? 'No chats yet. New ones appear here as soon as they are assigned to you.'
            : 'No chats. Set your status to Online to receive chats.'}
        </p>
      ) : (
        <ul class="conversation-list">
          {conversations.map((c) => (
            <li key={c.id}>
              <ConversationEntry
                conversation={c}
                unread={unreadCount(threadOf(state, c.id))}
                isNew={!threadOf(state, c.id).seen}
                current={c.id === state.openId}
                now={now}
              />
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

interface EntryProps {
  conversation: AgentConversation;
  unread: number;
  isNew: boolean;
  current: boolean;
  now: number;
}

/**
 * One chat tab, a link; its text (hence its accessible name) reads
 * "Maria, Deposit, Assigned, Reply in 2 min 5 s, 1 unread".
 */
function ConversationEntry({ conversation: c, unread, isNew, current, now }: EntryProps) {
  const sla = firstResponse(c, now);
  const clock = tabClock(c, now);
  const ended = isEnded(c);
  const level = clock?.level ?? 'ok';
  return (
    <a
      href={conversationHref(c.id)}
      class={`entry${current ? ' entry--current' : ''}${ended ? ' entry--ended' : ''}${level !== 'ok' ? ` entry--${level}` : ''}`}
      aria-current={current ? 'page' : undefined}
    >
      <span class="entry__name">
        <bdi class="entry__player">{playerLabel(c)}</bdi>
        {c.vipTier > 0 ? <span class="tag tag--vip">{` VIP ${c.vipTier}`}</span> : null}
        {c.responsibleGambling ? (
          <span class="tag tag--rg">
            {' '}RG<span class="sr-only"> (responsible gambling)</span>
          </span>
        ) : null}
      </span>
      <span class="sr-only">, </span>
      <span class="entry__meta">
        {c.topic ? `${TOPIC_LABELS[c.topic]} · ` : ''}
        {STATUS_LABELS[c.status]}
      </span>
      <span class="sr-only">, </span>
      <span class="entry__sla">
        {clock ? (
          <>
            {clock.text}
            {clock.ms !== null ? (
              <>
                {' '}
                <time dateTime={durationIso(clock.ms)}>{formatDuration(clock.ms, 'floor')}</time>
              </>
            ) : null}
          </>
        ) : sla.kind === 'answered' ? (
          <>
            FRT <time dateTime={durationIso(sla.ms)}>{formatDuration(sla.ms)}</time>
          </>
        ) : sla.kind === 'unanswered' ? (
          'Not answered'
        ) : null}
      </span>
      {unread > 0 ? (
        <span class="entry__badge">
          <span class="sr-only">, </span>
          {unread}
          <span class="sr-only"> unread</span>
        </span>
      ) : isNew && !ended ? (
        <span class="entry__badge entry__badge--new">
          <span class="sr-only">, </span>New
        </span>
      ) : null}
    </a>
  );
}
