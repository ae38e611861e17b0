import type { AgentConversation, CannedReply, Note } from '../../protocol';
import type { AgentDesk } from './agent-client';
import { AttachFile } from './attach-file';
import { Composer } from './composer';
import { playerLabel } from './conversation-list';
import { isEnded } from './desk-state';
import type { Thread } from './thread';
import { STATUS_LABELS } from './topics';
import { Transcript } from './transcript';

interface ConversationViewProps {
  desk: AgentDesk;
  conversation: AgentConversation;
  thread: Thread;
  ready: boolean;
  drafts: Map<string, string>;
  notes?: Note[];
  canned?: CannedReply[];
  agentName?: string;
}

export function ConversationView({ desk, conversation, thread, ready, drafts, notes = [], canned = [], agentName = '' }: ConversationViewProps) {
  const ended = isEnded(conversation);
  const name = playerLabel(conversation);
  return (
    <section class="conversation" aria-labelledby="conversation-title">
      <header class="conversation__header">
        <h2 id="conversation-title">
          <bdi>{name}</bdi>
        </h2>
        <span class={`pill pill--${conversation.status}`}>{STATUS_LABELS[conversation.status]}</span>
        {ended ? (
          <button
            type="button"
            class="button"
            onClick={() => {
              desk.dismiss(conversation.id);
              location.hash = '#/';
            }}
          >
            Close conversation
          </button>
        ) : (
          <button type="button" class="button" disabled={!ready} onClick={() => desk.resolve(conversation.id)}>
            Resolve
          </button>
        )}
      </header>
      <Transcript conversation={conversation} thread={thread} playerName={name} onRetry={(id) => desk.retry(id)} notes={notes} />
      <p class="conversation__typing" aria-live="polite">
        {thread.playerTyping && !ended ? `${name} is typing…` : ''}
      </p>
      {ended ? (
        <p class="conversation__ended">This conversation has ended. The transcript stays here until you close it.</p>
      ) : (
        <Composer
          onSend={(text) => desk.reply(conversation.id, text) !== null}
          draft={drafts.get(conversation.id) ?? ''}
          onDraft={(text) => (text ? drafts.set(conversation.id, text) : drafts.delete(conversation.id))}
          onTyping={(active) => desk.noteTyping(conversation.id, active)}
          onNote={(text) => desk.addNote(conversation.id, text)}
          canned={canned}
          cannedContext={{ locale: conversation.locale, playerName: conversation.playerName?.trim() || null, agentName }}
          attach={conversation.status === 'assigned' && ready ? <AttachFile conversationId={conversation.id} /> : undefined}
        />
      )}
    </section>
  );
}
