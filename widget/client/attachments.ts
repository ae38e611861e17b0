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
  // The relay's HTTP side shares the socket's host: ws → http, wss → https.
  const url = new URL(ATTACHMENTS_PATH, socketUrl.replace(/^ws/, 'http'));
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
