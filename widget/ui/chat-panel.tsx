import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Topic } from '../../protocol';
import type { ReadArticle } from '../client/faq-articles';
import type { ChatView, LinkStatus, PlayerClient } from '../client/player-client';
import type { Messages } from '../i18n';
import { AttachButton } from './attach-button';
import { BotAnswer } from './bot-answer';
import { ChatEnd } from './chat-end';
import { Composer } from './composer';
import { EmailOffer } from './email-offer';
import { TopicChips } from './topic-chips';
import { TranscriptLog } from './transcript-log';
import { useChatView } from './use-chat-view';

interface ChatPanelProps {
  client: PlayerClient;
  messages: Messages;
  /** The minimize button and Escape; the loader decides (it owns the launcher and focus). */
  onRequestClose: () => void;
  composerRef: Ref<HTMLTextAreaElement>;
  /** Opens the text of an article the bot suggests; without it, the cards say it could not be loaded. */
  readArticle?: ReadArticle;
}

export function ChatPanel({ client, messages, onRequestClose, composerRef, readArticle }: ChatPanelProps) {
  const view = useChatView(client);
  const { conversation, request } = view;
  // Only the answer the bot still waits on takes a choice; older ones keep their articles.
  const waitsOnBot = (id: string | null) => conversation?.status === 'bot' && conversation.id === id;
  const [topic, setTopic] = useState<Topic | null>(null);
  const [fileNote, setFileNote] = useState('');
  // One function for the panel's life: a new one each render would refetch every file.
  const [loadAttachment] = useState(() => (id: string) => client.loadAttachment(id));
  const focusComposer = () => (composerRef as { current?: HTMLTextAreaElement | null }).current?.focus();
  return (
    <section
      class="panel"
      role="dialog"
      aria-labelledby="pitboss-title"
      dir={messages.dir}
      lang={messages.lang}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onRequestClose();
      }}
    >
      <header class="head">
        <div class="heading">
          <h2 id="pitboss-title" class="title">
            {messages.title}
          </h2>
          <p class="subtitle">{messages.subtitle}</p>
        </div>
        <button type="button" class="minimize" aria-label={messages.minimize} onClick={onRequestClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M5 11h14v2H5z" />
          </svg>
        </button>
      </header>
      {/* Always rendered, so screen readers already watch it when the text appears. */}
      <p class="link" role="status">
        {linkText(view.link, messages)}
      </p>
      <TranscriptLog
        lines={view.lines}
        messages={messages}
        loadAttachment={loadAttachment}
        botAnswer={(line) => (
          <BotAnswer
            articles={line.articles!}
            messages={messages}
            readArticle={readArticle}
            choose={waitsOnBot(line.conversationId) ? (choice) => client.botChoice(choice) : null}
            busy={request?.kind === 'bot' && !request.failed}
            failed={request?.kind === 'bot' && request.failed && waitsOnBot(line.conversationId)}
          />
        )}
      >
        <ChatEnd view={view} client={client} messages={messages} />
      </TranscriptLog>
      <p class="typing">{view.typing ? messages.typing(view.typing.name) : ''}</p>
      <EmailOffer view={view} client={client} messages={messages} />
      <p class="oops file-note" aria-live="polite">
        {fileNote}
      </p>
      {asksForTopic(view) ? (
        <TopicChips
          messages={messages}
          selected={topic}
          onSelect={(next) => {
            setTopic(next);
            focusComposer();
          }}
        />
      ) : null}
      <Composer
        messages={messages}
        onType={(text) => client.composing(text)}
        onSend={(text) => {
          const taken = client.send(text, asksForTopic(view) ? (topic ?? undefined) : undefined);
          if (taken) setTopic(null);
          return taken;
        }}
        inputRef={composerRef}
      >
        {view.canAttach ? <AttachButton messages={messages} onAttach={(file) => client.attach(file)} onNote={setFileNote} /> : null}
      </Composer>
    </section>
  );
}

/** Before the first message of a new conversation, and not while one is on its way. */
function asksForTopic(view: ChatView): boolean {
  const status = view.conversation?.status;
  const idle = status === undefined || status === 'resolved' || status === 'missed';
  return idle && !view.lines.some((line) => line.kind === 'message' && line.delivery === 'sending');
}

function linkText(link: LinkStatus, messages: Messages): string {
  switch (link) {
    case 'online':
      return '';
    case 'connecting':
      return messages.connecting;
    case 'reconnecting':
      return messages.reconnecting;
    case 'unavailable':
      return messages.unavailable;
  }
}
