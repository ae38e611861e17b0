import { useRef, useState } from 'preact/hooks';
import { ATTACHMENT_TYPES } from '../../protocol';
import { sendAttachment } from './send-attachment';

/** The composer's "Attach a file": one screenshot or document to the player, sent as soon as it is picked. */
export function AttachFile({ conversationId }: { conversationId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <span class="attach-file">
      <button type="button" class="button" disabled={busy} onClick={() => input.current?.click()}>
        Attach a file
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
          setNote(`Sending ${file.name}…`);
          const outcome = await sendAttachment(conversationId, file);
          setBusy(false);
          setNote(outcome.ok ? '' : outcome.message);
        }}
      />
      <span class="attach-file__note" role="status">
        {note}
      </span>
    </span>
  );
}
