import * as v from 'valibot';
import { ATTACHMENT_NAME_HEADER, ATTACHMENT_TYPES, ATTACHMENTS_PATH, AttachmentRefSchema, MAX_ATTACHMENT_BYTES, type AttachmentRef } from '../../protocol';

export type AttachOutcome = AttachmentRef | 'too_large' | 'wrong_type' | 'failed';

/**
 * Upload one file into the conversation the token was issued for. The relay
 * decides the type from the bytes; the checks here only spare the player a
 * pointless 10 MB upload.
 */
export async function uploadAttachment(socketUrl: string, token: string, file: File): Promise<AttachOutcome> {
  if (file.size > MAX_ATTACHMENT_BYTES) return 'too_large';
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return 'wrong_type';
  const url = attachmentsUrl(socketUrl);
  try {
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'omit',
      headers: { authorization: `Bearer ${token}`, [ATTACHMENT_NAME_HEADER]: encodeURIComponent(file.name) },
      body: file,
    });
    if (!res.ok) return res.status === 413 ? 'too_large' : res.status === 400 ? 'wrong_type' : 'failed';
    const ref = v.safeParse(AttachmentRefSchema, await res.json());
    return ref.success ? ref.output : 'failed';
  } catch {
    return 'failed';
  }
}

/** The relay's HTTP side shares the socket's host: ws → http, wss → https. */
function attachmentsUrl(socketUrl: string, id?: string): URL {
  return new URL(id ? `${ATTACHMENTS_PATH}/${encodeURIComponent(id)}` : ATTACHMENTS_PATH, socketUrl.replace(/^ws/, 'http'));
}

/**
 * A file of the player's conversation (theirs or the agent's), fetched with
 * the session token in a header: never in a URL, where it would end up in
 * logs, history and Referer headers. Null when it cannot be had.
 */
export async function downloadAttachment(socketUrl: string, sessionToken: string, id: string): Promise<Blob | null> {
  try {
    const res = await fetch(attachmentsUrl(socketUrl, id), { credentials: 'omit', headers: { authorization: `Bearer ${sessionToken}` } });
    return res.ok ? await res.blob() : null;
  } catch {
    return null;
  }
}
