import { useState } from 'preact/hooks';
import { MAX_MESSAGE_CHARS } from '../../protocol';

interface ComposerProps {
  /** False when the text was not taken (blank): the box keeps it. */
  onSend: (text: string) => boolean;
  draft: string;
  onDraft: (text: string) => void;
  /** Called on every edit; `active` is false once the box is empty again. */
  onTyping: (active: boolean) => void;
}

/** Show a countdown only near the limit, where it helps. */
const COUNTDOWN_FROM = MAX_MESSAGE_CHARS - 200;

export function Composer({ onSend, draft, onDraft, onTyping }: ComposerProps) {
  const [text, setText] = useState(draft);

  function update(value: string) {
    setText(value);
    onDraft(value);
  }

  function submit() {
    if (onSend(text)) update('');
  }

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label for="reply" class="sr-only">
        Reply
      </label>
      <textarea
        id="reply"
        rows={3}
        maxLength={MAX_MESSAGE_CHARS}
        placeholder="Write a reply. Enter sends, Shift+Enter starts a new line."
        value={text}
        onInput={(event) => {
          update(event.currentTarget.value);
          onTyping(event.currentTarget.value.trim() !== '');
        }}
        onBlur={() => onTyping(false)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <div class="composer__actions">
        {text.length > COUNTDOWN_FROM ? (
          <span class="composer__count">{MAX_MESSAGE_CHARS - text.length} characters left</span>
        ) : null}
        <button type="submit" class="button button--primary" disabled={!text.trim()}>
          Send
        </button>
      </div>
    </form>
  );
}
