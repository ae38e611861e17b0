import { useLayoutEffect, useRef } from 'preact/hooks';
import { ATTACHMENTS_PATH, type AgentConversation, type AttachmentRef, type Message, type Note } from '../../protocol';
import type { PendingMessage, Thread } from './thread';
import { formatClock } from './format';

interface TranscriptProps {
  conversation: AgentConversation;
  thread: Thread;
  playerName: string;
  onRetry: (id: string) => void;
  /** Internal notes, shown among the lines by time and marked as such. */
  notes?: Note[];
}

/** Pixels from the bottom within which the agent counts as "following" the chat. */
const FOLLOW_SLACK_PX = 48;

/** Every line renders as text (never markup): a player's "<img onerror>" stays visible as typed. */
export function Transcript({ conversation, thread, playerName, onRetry, notes = [] }: TranscriptProps) {
  const box = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const lines = thread.messages.length + thread.pending.length + notes.length;

  useLayoutEffect(() => {
    const el = box.current;
    if (el && following.current) el.scrollTop = el.scrollHeight;
  }, [lines]);

  const now = Date.now();
  // "Seen" goes under the newest agent line the player has read.
  let seenSeq = 0;
  for (const m of thread.messages) if (m.author === 'agent' && m.seq <= conversation.playerReadSeq) seenSeq = m.seq;
  return (
    <div
      class="transcript"
      role="log"
      aria-label={`Messages with ${playerName}`}
      tabIndex={0}
      ref={box}
      onScroll={(e) => {
        const el = e.currentTarget;
        following.current = el.scrollHeight - el.scrollTop - el.clientHeight < FOLLOW_SLACK_PX;
      }}
    >
      {lines === 0 ? <p class="transcript__empty">{conversation.lastSeq > 0 ? 'Loading messages…' : 'No messages yet.'}</p> : null}
      <ol class="transcript__lines">
        {interleave(thread.messages, notes).map((item) =>
          'seq' in item ? (
            <StoredLine key={item.id} message={item} playerName={playerName} now={now} seen={item.seq === seenSeq} />
          ) : (
            <NoteLine key={`note-${item.id}`} note={item} now={now} />
          ),
        )}
        {thread.pending.map((p) => (
          <PendingLine key={p.id} pending={p} onRetry={onRetry} />
        ))}
      </ol>
    </div>
  );
}

/** Messages in seq order with each note placed after the last message written before it. */
function interleave(messages: Message[], notes: Note[]): (Message | Note)[] {
  if (notes.length === 0) return messages;
  const out: (Message | Note)[] = [];
  let n = 0;
  for (const m of messages) {
    while (n < notes.length && notes[n]!.at < m.at) out.push(notes[n++]!);
    out.push(m);
  }
  while (n < notes.length) out.push(notes[n++]!);
  return out;
}

function NoteLine({ note, now }: { note: Note; now: number }) {
  return (
    <li class="line line--note">
      <p class="line__meta">
        <span class="line__author">Internal note · {note.agentName}</span>{' '}
        <time dateTime={new Date(note.at).toISOString()}>{formatClock(note.at, now)}</time>
      </p>
      <p class="line__text">{note.text}</p>
    </li>
  );
}

function authorLabel(message: Message, playerName: string): string {
  switch (message.author) {
    case 'player':
      return message.authorName ?? playerName;
    case 'agent':
      return message.authorName ?? 'Agent';
    case 'bot':
      return 'Bot';
    case 'system':
      return 'System';
  }
}

function StoredLine({ message, playerName, now, seen }: { message: Message; playerName: string; now: number; seen: boolean }) {
  return (
    <li class={`line line--${message.author}`}>
      <p class="line__meta">
        <bdi class="line__author">{authorLabel(message, playerName)}</bdi>{' '}
        <time dateTime={new Date(message.at).toISOString()}>{formatClock(message.at, now)}</time>
      </p>
      {message.attachment ? <AttachmentLink attachment={message.attachment} /> : <p class="line__text">{message.text}</p>}
      {seen ? <p class="line__seen">Seen</p> : null}
    </li>
  );
}

const FILE_KIND: Record<AttachmentRef['type'], string> = { 'image/png': 'PNG image', 'image/jpeg': 'JPEG image', 'image/webp': 'WebP image', 'application/pdf': 'PDF' };
const size = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** A file the player sent: a download (the relay serves it with this agent's cookie, sandboxed and never inline). */
function AttachmentLink({ attachment }: { attachment: AttachmentRef }) {
  const kb = attachment.size / 1024;
  return (
    <p class="line__text line__file">
      <a href={`${ATTACHMENTS_PATH}/${encodeURIComponent(attachment.id)}`} download={attachment.name}>
        {attachment.name}
      </a>{' '}
      ({FILE_KIND[attachment.type]}, {kb < 1024 ? `${size.format(kb)} KB` : `${size.format(kb / 1024)} MB`})
    </p>
  );
}

function PendingLine({ pending, onRetry }: { pending: PendingMessage; onRetry: (id: string) => void }) {
  return (
    <li class={`line line--agent line--${pending.state}`}>
      <p class="line__meta">
        <span class="line__author">You</span>{' '}
        <span class="line__state">{pending.state === 'sending' ? 'Sending…' : (pending.error ?? 'Not sent.')}</span>
      </p>
      <p class="line__text">{pending.text}</p>
      {pending.state === 'failed' ? (
        <button type="button" class="button button--quiet line__retry" onClick={() => onRetry(pending.id)}>
          Retry
        </button>
      ) : null}
    </li>
  );
}
