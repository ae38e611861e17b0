import { useRef, useState } from 'preact/hooks';
import { ATTACHMENT_TYPES } from '../../protocol';
import type { AttachOutcome } from '../client/attachments';
import type { Messages } from '../i18n';

interface AttachButtonProps {
  messages: Messages;
  onAttach: (file: File) => Promise<AttachOutcome>;
  /** What to tell the player: uploading, or why a file was not sent ('' once it went). */
  onNote: (note: string) => void;
}

/** The composer's paperclip: picks one screenshot or document and sends it. */
export function AttachButton({ messages, onAttach, onNote }: AttachButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" class="attach" aria-label={messages.attach} disabled={busy} onClick={() => input.current?.click()}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z" />
        </svg>
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={ATTACHMENT_TYPES.join(',')}
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          setBusy(true);
          onNote(messages.uploading);
          const outcome = await onAttach(file);
          setBusy(false);
          onNote(outcome === 'too_large' ? messages.attachTooLarge : outcome === 'wrong_type' ? messages.attachWrongType : outcome === 'failed' ? messages.requestFailed : '');
        }}
      />
    </>
  );
}
