import * as v from 'valibot';
import { AgentConversationSchema, AgentProfileSchema, MessageSchema } from './domain';

/** POST /api/login body. The answer sets an HttpOnly session cookie and returns the profile. */
export const LoginRequestSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(254)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
});
export type LoginRequest = v.InferOutput<typeof LoginRequestSchema>;

export const LoginResponseSchema = v.object({ agent: AgentProfileSchema });
export type LoginResponse = v.InferOutput<typeof LoginResponseSchema>;

/** GET /api/conversations/:id */
export const ConversationDetailSchema = v.object({
  conversation: AgentConversationSchema,
  messages: v.array(MessageSchema),
});
export type ConversationDetail = v.InferOutput<typeof ConversationDetailSchema>;

/**
 * Attachments: `POST` the raw bytes with `Authorization: Bearer <upload token>`
 * and the file name (URI-encoded) in ATTACHMENT_NAME_HEADER; the answer is the
 * AttachmentRef. `GET ${ATTACHMENTS_PATH}/:id` with the player's session token
 * as the bearer, or the agent's cookie, returns the bytes as a download.
 */
export const ATTACHMENTS_PATH = '/api/attachments';

/**
 * An agent sends a file to the player of a conversation they hold: `POST` the
 * raw bytes with the session cookie, the CSRF header and the file name in
 * ATTACHMENT_NAME_HEADER; the answer (201) is the message that carries it.
 */
export function agentAttachmentPath(conversationId: string): string {
  return `/api/conversations/${encodeURIComponent(conversationId)}/attachments`;
}
export const AgentAttachmentSentSchema = v.object({ message: MessageSchema });
export type AgentAttachmentSent = v.InferOutput<typeof AgentAttachmentSentSchema>;
export const ATTACHMENT_NAME_HEADER = 'x-pitboss-filename';

/** Header an agent panel must send on every cookie-authenticated write (CSRF guard). */
export const CSRF_HEADER = 'x-pitboss-csrf';
