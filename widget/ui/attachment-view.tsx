import { useEffect, useState } from 'preact/hooks';
import type { AttachmentRef } from '../../protocol';

/** Fetches a file of the conversation (with the token in a header, never in a URL). */
export type LoadAttachment = (id: string) => Promise<Blob | null>;

/**
 * A file in the chat: an image as a thumbnail above its name, a PDF as a
 * link named by the file, both saved under that name. The bytes come through a blob: URL made
 * here and revoked when the line goes; until they come (or if they cannot),
 * the name shows as text.
 */
export function AttachmentView({ attachment, load }: { attachment: AttachmentRef; load?: LoadAttachment }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let gone = false;
    void load?.(attachment.id).then((blob) => {
      if (!blob || gone) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      gone = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [attachment.id, load]);

  const image = attachment.type !== 'application/pdf';
  return (
    <p class={image && url ? 'file image' : 'text file'}>
      {url ? (
        <a href={url} download={attachment.name}>
          {/* The name is the link's text, so the thumbnail itself says nothing more to a screen reader. */}
          {image ? <img class="thumb" src={url} alt="" /> : <span aria-hidden="true">📎 </span>}
          {attachment.name}
        </a>
      ) : (
        <>
          <span aria-hidden="true">📎 </span>
          {attachment.name}
        </>
      )}
    </p>
  );
}
