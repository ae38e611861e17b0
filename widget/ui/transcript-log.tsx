import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { MessageLine, TranscriptLine } from '../client/transcript';
import type { Messages } from '../i18n';
import { AttachmentView, type LoadAttachment } from './attachment-view';
import { linkify } from './linkify';

interface TranscriptLogProps {
  lines: readonly TranscriptLine[];
  messages: Messages;
  /** How a bot answer with articles shows (its cards and buttons). */
  botAnswer?: (line: MessageLine) => ComponentChildren;
  /** After the last line: the end-of-chat rating and transcript. */
  children?: ComponentChildren;
  /** Fetches the files lines carry; without it, a file shows as its name. */
  loadAttachment?: LoadAttachment;
}

/**
 * The conversation as a live log. Every piece of text goes in as a text node
 * (Preact children), never as HTML: agents and players can type anything.
 */
export function TranscriptLog({ lines, messages, botAnswer, children, loadAttachment }: TranscriptLogProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const time = useMemo(() => new Intl.DateTimeFormat(messages.lang, { hour: 'numeric', minute: '2-digit' }), [messages.lang]);

  useLayoutEffect(() => {
    const el = scroller.current;
    const last = lines[lines.length - 1];
    const ownJustTyped = last?.kind === 'message' && last.delivery === 'sending';
    if (el && (pinned.current || ownJustTyped)) el.scrollTop = el.scrollHeight;
  }, [lines]);

  return (
    <div
      ref={scroller}
      class="log"
      role="log"
      aria-live="polite"
      aria-label={messages.transcript}
      tabIndex={0}
      onScroll={(event) => {
        const el = event.currentTarget;
        pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
      }}
    >
      {lines.length === 0 ? <p class="empty">{messages.empty}</p> : null}
      <ol class="lines">
        {lines.map((line) =>
          line.kind === 'status' ? (
            <StatusItem key={line.id} text={line.deflected ? messages.botClosing : messages.status(line.status, line.agentName)} />
          ) : (
            <MessageItem key={line.id} line={line} messages={messages} time={time} botAnswer={botAnswer} load={loadAttachment} />
          ),
        )}
      </ol>
      {children}
    </div>
  );
}

function StatusItem({ text }: { text: string | null }) {
  return text ? <li class="status">{text}</li> : null;
}

function MessageItem({ line, messages, time, botAnswer, load }: { line: MessageLine; messages: Messages; time: Intl.DateTimeFormat; botAnswer?: TranscriptLogProps['botAnswer']; load?: LoadAttachment }) {
  const own = line.author === 'player';
  return (
    <li class={`message ${own ? 'own' : 'theirs'} by-${line.author}`} data-delivery={line.delivery ?? undefined}>
      <bdi class={own ? 'who vh' : 'who'}>{authorLabel(line, messages)}</bdi>
      {line.articles?.length && botAnswer ? (
        botAnswer(line)
      ) : line.attachment ? (
        <AttachmentView attachment={line.attachment} load={load} />
      ) : (
        <p class="text">{linkify(line.text, messages.newTab)}</p>
      )}
      <span class="meta">
        <time dateTime={new Date(line.at).toISOString()}>{time.format(line.at)}</time>
        {line.delivery ? <span class="delivery">{messages[line.delivery]}</span> : null}
      </span>
    </li>
  );
}

function authorLabel(line: MessageLine, messages: Messages): string {
  switch (line.author) {
    case 'player':
      return messages.you;
    case 'agent':
      return line.authorName ?? messages.agent;
    case 'bot':
      return line.authorName ?? messages.bot;
    case 'system':
      return messages.system;
  }
}
