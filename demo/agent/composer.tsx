import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { MAX_MESSAGE_CHARS, MAX_NOTE_CHARS, type CannedReply } from '../../protocol';
import { fillVariables, insertCanned, matchCanned, shortcutAt, textFor, type CannedContext } from './canned';

interface ComposerProps {
  /** False when the text was not taken (blank): the box keeps it. */
  onSend: (text: string) => boolean;
  draft: string;
  onDraft: (text: string) => void;
  /** Called on every edit; `active` is false once the box is empty again. */
  onTyping: (active: boolean) => void;
  /** An internal note instead of a reply; absent when notes are not available. */
  onNote?: (text: string) => boolean;
  /** Offered when the agent types `/` and a shortcut. */
  canned?: CannedReply[];
  /** The conversation's language and the names the replies' variables take. */
  cannedContext?: CannedContext & { locale: string };
  /** Beside the send button: the paperclip (attach-file.tsx), when files can be sent. */
  attach?: ComponentChildren;
}

/** Show a countdown only near the limit, where it helps. */
const COUNTDOWN_FROM = MAX_MESSAGE_CHARS - 200;
const LISTBOX_ID = 'canned-replies';

/**
 * The reply box. Enter sends; `/bon` offers the canned replies whose shortcut
 * starts with "bon" (arrows pick, Enter or Tab inserts, Escape closes); the
 * "Internal note" switch turns it into a note that only agents see.
 */
export function Composer({ onSend, draft, onDraft, onTyping, onNote, canned = [], cannedContext, attach }: ComposerProps) {
  const [text, setText] = useState(draft);
  const [noting, setNoting] = useState(false);
  const [caret, setCaret] = useState(draft.length);
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  const slash = !noting && canned.length ? shortcutAt(text, caret) : null;
  const options = slash && slash.start !== closedAt ? matchCanned(canned, slash.query) : [];
  const open = options.length > 0;
  const chosen = open ? options[Math.min(active, options.length - 1)] : undefined;

  function update(value: string) {
    setText(value);
    onDraft(value);
  }

  function submit() {
    if (noting) {
      if (onNote?.(text)) update('');
      return;
    }
    if (onSend(text)) update('');
  }

  function pick(reply: CannedReply) {
    if (!slash) return;
    const body = fillVariables(textFor(reply, cannedContext?.locale ?? 'en'), cannedContext ?? { playerName: null, agentName: '' });
    const next = insertCanned(text, { start: slash.start, end: caret }, body);
    update(next.text);
    setCaret(next.caret);
    setActive(0);
    onTyping(next.text.trim() !== '');
    // Put the caret after the inserted text once Preact has written the value.
    queueMicrotask(() => box.current?.setSelectionRange(next.caret, next.caret));
  }

  const label = noting ? 'Internal note' : 'Reply';
  return (
    <form
      class={`composer${noting ? ' composer--note' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label for="reply" class="sr-only">
        {label}
      </label>
      {open ? (
        <ul class="canned-picker" id={LISTBOX_ID} role="listbox" aria-label="Canned replies">
          {options.map((reply, i) => (
            <li
              key={reply.id}
              id={`canned-${reply.id}`}
              role="option"
              aria-selected={reply === chosen}
              class="canned-picker__option"
              onMouseDown={(event) => {
                // Keep the focus in the box.
                event.preventDefault();
                pick(reply);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span class="canned-picker__shortcut">/{reply.shortcut}</span> <span class="canned-picker__title">{reply.title}</span>
              <span class="canned-picker__preview">{fillVariables(textFor(reply, cannedContext?.locale ?? 'en'), cannedContext ?? { playerName: null, agentName: '' })}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <textarea
        id="reply"
        ref={box}
        rows={3}
        maxLength={noting ? MAX_NOTE_CHARS : MAX_MESSAGE_CHARS}
        placeholder={
          noting
            ? 'A note for colleagues. The player never sees it.'
            : `Write a reply. Enter sends, Shift+Enter starts a new line.${canned.length ? ' Type / for canned replies.' : ''}`
        }
        value={text}
        aria-autocomplete={canned.length && !noting ? 'list' : undefined}
        aria-controls={open ? LISTBOX_ID : undefined}
        aria-activedescendant={chosen ? `canned-${chosen.id}` : undefined}
        onInput={(event) => {
          const el = event.currentTarget;
          update(el.value);
          setCaret(el.selectionStart ?? el.value.length);
          setActive(0);
          if (!noting) onTyping(el.value.trim() !== '');
        }}
        onKeyUp={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
        onClick={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
        onBlur={() => onTyping(false)}
        onKeyDown={(event) => {
          if (open && chosen) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((options.indexOf(chosen) + step + options.length) % options.length);
              return;
            }
            if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              pick(chosen);
              return;
            }
            if (event.key === 'Escape') {
              event.preventDefault();
              setClosedAt(slash!.start);
              return;
            }
          }
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <div class="composer__actions">
        {onNote ? (
          <label class="composer__mode">
            <input
              type="checkbox"
              checked={noting}
              onChange={(event) => {
                setNoting(event.currentTarget.checked);
                if (event.currentTarget.checked) onTyping(false);
                box.current?.focus();
              }}
            />
            Internal note
          </label>
        ) : null}
        {noting ? null : attach}
        {text.length > COUNTDOWN_FROM ? <span class="composer__count">{MAX_MESSAGE_CHARS - text.length} characters left</span> : null}
        <button type="submit" class={`button ${noting ? 'button--note' : 'button--primary'}`} disabled={!text.trim()}>
          {noting ? 'Add note' : 'Send'}
        </button>
      </div>
    </form>
  );
}
