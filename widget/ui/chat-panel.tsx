import type { Ref } from 'preact';
import type { LinkStatus, PlayerClient } from '../client/player-client';
import type { Messages } from '../i18n';
import { Composer } from './composer';
import { TranscriptLog } from './transcript-log';
import { useChatView } from './use-chat-view';

interface ChatPanelProps {
  client: PlayerClient;
  messages: Messages;
  /** The minimize button and Escape; the loader decides (it owns the launcher and focus). */
  onRequestClose: () => void;
  composerRef: Ref<HTMLTextAreaElement>;
}

export function ChatPanel({ client, messages, onRequestClose, composerRef }: ChatPanelProps) {
  const view = useChatView(client);
  return (
    <section
      class="panel"
      role="dialog"
      aria-labelledby="pitboss-title"
      dir={messages.dir}
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
      <TranscriptLog lines={view.lines} messages={messages} />
      <Composer messages={messages} onSend={(text) => client.send(text)} inputRef={composerRef} />
    </section>
  );
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
