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

/** Header an agent panel must send on every cookie-authenticated write (CSRF guard). */
export const CSRF_HEADER = 'x-pitboss-csrf';
