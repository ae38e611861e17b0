import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import { MAX_MESSAGE_CHARS } from '../../protocol';
import type { Messages } from '../i18n';

interface ComposerProps {
  messages: Messages;
  /** Returns whether the text was taken; the composer clears only then. */
  onSend: (text: string) => boolean;
  /** Every change of the text, for the typing indicator. */
  onType: (text: string) => void;
  inputRef: Ref<HTMLTextAreaElement>;
  /** Controls before the text field (the paperclip). */
  children?: ComponentChildren;
}

/** Enter sends, Shift+Enter starts a new line, an IME composition is left alone. */
export function Composer({ messages, onSend, onType, inputRef, children }: ComposerProps) {
  const [text, setText] = useState('');
  const submit = () => {
    if (onSend(text)) setText('');
  };
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
        // After a click on Send, the player goes on typing.
        event.currentTarget.querySelector('textarea')?.focus();
      }}
    >
      {children}
      <textarea
        ref={inputRef}
        class="input"
        aria-label={messages.composer}
        placeholder={messages.placeholder}
        rows={2}
        maxLength={MAX_MESSAGE_CHARS}
        enterkeyhint="send"
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          onType(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          // keyCode 229: Safari reports the Enter that ends an IME composition this way, with isComposing false.
          if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
          event.preventDefault();
          submit();
        }}
      />
      <button type="submit" class="send">
        {messages.send}
      </button>
    </form>
  );
}
