import * as v from 'valibot';
import { AgentConversationSchema, AgentProfileSchema, AgentStatusSchema, ClientIdSchema, MessageSchema } from './domain';
import { MAX_MESSAGE_CHARS } from './limits';
import { AckSchema, ErrorFrameSchema, MessageFrameSchema, PingSchema, PongSchema } from './player';

const ConversationIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/**
 * Frames the agent panel sends on /v1/agent. The socket is authenticated by the
 * session cookie at the upgrade; the first frame must still be `hello` so the
 * server can check the protocol version.
 */
export const AgentHelloSchema = v.object({ type: v.literal('hello'), v: v.number() });

export const AgentSetStatusSchema = v.object({ type: v.literal('status'), status: AgentStatusSchema });

/** Ask for a conversation's messages after `afterSeq` (0 = from the start). */
export const AgentOpenSchema = v.object({
  type: v.literal('open'),
  conversationId: ConversationIdSchema,
  afterSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const AgentSendSchema = v.object({
  type: v.literal('send'),
  id: ClientIdSchema,
  conversationId: ConversationIdSchema,
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_MESSAGE_CHARS)),
});

export const AgentResolveSchema = v.object({ type: v.literal('resolve'), conversationId: ConversationIdSchema });

export const AgentClientFrameSchema = v.variant('type', [
  AgentHelloSchema,
  AgentSetStatusSchema,
  AgentOpenSchema,
  AgentSendSchema,
  AgentResolveSchema,
  PingSchema,
]);
export type AgentClientFrame = v.InferOutput<typeof AgentClientFrameSchema>;

/** Frames the server sends to an agent. */
export const AgentWelcomeSchema = v.object({
  type: v.literal('welcome'),
  v: v.number(),
  agent: AgentProfileSchema,
  /** The agent's open (assigned) conversations. */
  conversations: v.array(AgentConversationSchema),
});
export const AgentProfileFrameSchema = v.object({ type: v.literal('agent'), agent: AgentProfileSchema });
/**
 * A conversation the agent holds changed, arrived, or left them (resolved,
 * handed back, transferred): the panel upserts by id and drops it from the
 * active list when `agentId` is no longer theirs or it is resolved.
 */
export const AgentConversationFrameSchema = v.object({
  type: v.literal('conversation'),
  conversation: AgentConversationSchema,
});
export const HistorySchema = v.object({
  type: v.literal('history'),
  conversationId: v.string(),
  messages: v.array(MessageSchema),
});

export const AgentServerFrameSchema = v.variant('type', [
  AgentWelcomeSchema,
  AgentProfileFrameSchema,
  AgentConversationFrameSchema,
  HistorySchema,
  AckSchema,
  MessageFrameSchema,
  ErrorFrameSchema,
  PongSchema,
]);
export type AgentServerFrame = v.InferOutput<typeof AgentServerFrameSchema>;
export type AgentWelcome = v.InferOutput<typeof AgentWelcomeSchema>;
