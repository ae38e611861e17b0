import * as v from 'valibot';
import { AgentConversationSchema, AgentProfileSchema, AgentStatusSchema, BreachSchema, ClientIdSchema, MessageSchema, TopicSchema } from './domain';
import { MAX_MESSAGE_CHARS } from './limits';
import { AckSchema, ErrorFrameSchema, MessageFrameSchema, PingSchema, PongSchema, ReadFrameSchema, TypingFrameSchema } from './player';
import { AgentNoteSchema, NoteFrameSchema, NoteSchema as InternalNoteSchema } from './desk-tools';
import { FloorFrameSchema } from './reports';

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

const NoteSchema = v.pipe(v.string(), v.trim(), v.maxLength(1000));

/** Hand the chat to a named agent or back to a skill queue; the note travels with it (never to the player). */
export const AgentTransferSchema = v.object({
  type: v.literal('transfer'),
  conversationId: ConversationIdSchema,
  to: v.variant('kind', [
    v.object({ kind: v.literal('agent'), agentId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) }),
    v.object({ kind: v.literal('topic'), topic: TopicSchema }),
  ]),
  note: NoteSchema,
});

/** Send the chat up to a senior. */
export const AgentEscalateSchema = v.object({ type: v.literal('escalate'), conversationId: ConversationIdSchema, note: NoteSchema });

/** Waiting on the player (pauses the resolution clock) or not. The player's next message ends the wait too. */
export const AgentWaitingSchema = v.object({ type: v.literal('waiting'), conversationId: ConversationIdSchema, waiting: v.boolean() });

/** Flag a case complex: it is then measured against the escalation target. */
export const AgentComplexSchema = v.object({ type: v.literal('complex'), conversationId: ConversationIdSchema, complex: v.boolean() });

export const AgentTypingSchema = v.object({ type: v.literal('typing'), conversationId: ConversationIdSchema, typing: v.boolean() });
export const AgentReadSchema = v.object({ type: v.literal('read'), conversationId: ConversationIdSchema, seq: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export const AgentClientFrameSchema = v.variant('type', [
  AgentTypingSchema,
  AgentReadSchema,
  AgentHelloSchema,
  AgentSetStatusSchema,
  AgentOpenSchema,
  AgentSendSchema,
  AgentResolveSchema,
  AgentTransferSchema,
  AgentEscalateSchema,
  AgentWaitingSchema,
  AgentComplexSchema,
  AgentNoteSchema,
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
  /** Internal notes on the conversation, oldest first (absent from relays that predate them). */
  notes: v.optional(v.array(InternalNoteSchema)),
});

/** An SLA target was missed; sent live to the site's supervisors (and to the agent holding the chat). */
export const BreachFrameSchema = v.object({ type: v.literal('breach'), breach: BreachSchema });

export const AgentServerFrameSchema = v.variant('type', [
  BreachFrameSchema,
  AgentWelcomeSchema,
  AgentProfileFrameSchema,
  AgentConversationFrameSchema,
  HistorySchema,
  AckSchema,
  MessageFrameSchema,
  ErrorFrameSchema,
  PongSchema,
  TypingFrameSchema,
  ReadFrameSchema,
  FloorFrameSchema,
  NoteFrameSchema,
]);
export type AgentServerFrame = v.InferOutput<typeof AgentServerFrameSchema>;
export type AgentWelcome = v.InferOutput<typeof AgentWelcomeSchema>;
