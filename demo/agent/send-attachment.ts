import * as v from 'valibot';
import { AgentAttachmentSentSchema, agentAttachmentPath, ATTACHMENT_NAME_HEADER, ATTACHMENT_TYPES, CSRF_HEADER, MAX_ATTACHMENT_BYTES, WireErrorSchema } from '../../protocol';

/** Sent (the message comes back on the socket like any reply), or what to tell the agent. */
export type SendOutcome = { ok: true } | { ok: false; message: string };

/**
 * Send one file to the player of a conversation the agent holds. The relay
 * types it by its bytes; the checks here only spare a pointless 10 MB upload.
 */
export async function sendAttachment(conversationId: string, file: File, fetchImpl: typeof fetch = fetch): Promise<SendOutcome> {
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, message: `${file.name} is larger than 10 MB.` };
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return { ok: false, message: 'Only PNG, JPEG and WebP images and PDF documents can be sent.' };
  try {
    const res = await fetchImpl(agentAttachmentPath(conversationId), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': file.type, [CSRF_HEADER]: '1', [ATTACHMENT_NAME_HEADER]: encodeURIComponent(file.name) },
      body: file,
    });
    if (res.ok && v.safeParse(AgentAttachmentSentSchema, await res.json().catch(() => null)).success) return { ok: true };
    const error = v.safeParse(WireErrorSchema, await res.json().catch(() => null));
    return { ok: false, message: error.success ? error.output.message : `The server answered ${res.status}.` };
  } catch {
    return { ok: false, message: 'Could not reach the server. Check your connection and try again.' };
  }
}
