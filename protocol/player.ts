import * as v from 'valibot';
import { ClientIdSchema, IdentitySchema, LocaleSchema, MessageSchema, PlayerConversationSchema, TopicSchema } from './domain';
import { WireErrorSchema } from './errors';
import { MAX_MESSAGE_CHARS } from './limits';

/** Frames the widget sends on /v1/player. The first one must be `hello`. */
export const PlayerHelloSchema = v.object({
  type: v.literal('hello'),
  v: v.number(),
  site: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  /** The resumable anonymous session token the server issued earlier; null on a first visit. */
  session: v.nullable(v.pipe(v.string(), v.maxLength(128))),
  locale: LocaleSchema,
  /** Highest conversation sequence number the client has seen; the server replays what follows. */
  lastSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /**
   * The conversation `lastSeq` belongs to. Sequence numbers restart in every
   * conversation, so a lastSeq of another (older) conversation would skip the
   * start of the newest one: the server replays from 0 when this differs.
   */
  conversationId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64)))),
  /** A verified identity signed by the casino backend (see docs/EMBED.md); absent for anonymous visitors. */
  identity: v.optional(IdentitySchema),
});

export const PlayerSendSchema = v.object({
  type: v.literal('send'),
  id: ClientIdSchema,
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_MESSAGE_CHARS)),
  /** The pre-chat topic chip the player picked; read only with the message that opens a conversation. */
  topic: v.optional(TopicSchema),
  /** A file uploaded to POST /api/attachments for this conversation, sent with this message. */
  attachmentId: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/))),
});

export const PingSchema = v.object({ type: v.literal('ping') });

/** The player is typing (true) or stopped (false). Clients send at most one `true` every few seconds. */
export const PlayerTypingSchema = v.object({ type: v.literal('typing'), typing: v.boolean() });

/** The player has seen everything up to `seq` in their conversation. */
export const PlayerReadSchema = v.object({ type: v.literal('read'), seq: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** Nobody can answer soon: the player leaves an address and is mailed the agent's answer. */
export const PlayerLeaveEmailSchema = v.object({
  type: v.literal('email'),
  email: v.pipe(v.string(), v.trim(), v.email(), v.maxLength(254)),
});

/**
 * The player's answer to the bot's suggestions: "This solved it" ends the
 * conversation as deflected; "Talk to a person" queues it at once.
 */
export const PlayerBotChoiceSchema = v.object({ type: v.literal('bot'), choice: v.picklist(['solved', 'human']) });

/** The player rates the agent's help (1 = very poor … 5 = excellent), once the chat was answered; a later rating replaces it. */
export const PlayerCsatSchema = v.object({
  type: v.literal('csat'),
  rating: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000))),
});

/** "Email me the transcript": the player's latest conversation, as plain text, to this address (a few times per conversation at most). */
export const PlayerTranscriptSchema = v.object({
  type: v.literal('transcript'),
  email: v.pipe(v.string(), v.trim(), v.email(), v.maxLength(254)),
});

export const PlayerClientFrameSchema = v.variant('type', [
  PlayerTranscriptSchema,
  PlayerCsatSchema,
  PlayerBotChoiceSchema,
  PlayerHelloSchema,
  PlayerSendSchema,
  PlayerTypingSchema,
  PlayerReadSchema,
  PlayerLeaveEmailSchema,
  PingSchema,
]);
export type PlayerClientFrame = v.InferOutput<typeof PlayerClientFrameSchema>;
export type PlayerHello = v.InferOutput<typeof PlayerHelloSchema>;
export type PlayerSend = v.InferOutput<typeof PlayerSendSchema>;

/** Frames the server sends to a player. */
export const PlayerWelcomeSchema = v.object({
  type: v.literal('welcome'),
  v: v.number(),
  session: v.string(),
  playerId: v.string(),
  conversation: v.nullable(PlayerConversationSchema),
  /** Messages after the hello's lastSeq, oldest first. */
  messages: v.array(MessageSchema),
});

export const AckSchema = v.object({
  type: v.literal('ack'),
  /** The client-made id of the message now stored. */
  id: v.string(),
  conversationId: v.string(),
  seq: v.number(),
  at: v.number(),
});

export const MessageFrameSchema = v.object({ type: v.literal('message'), message: MessageSchema });
export const PlayerConversationFrameSchema = v.object({
  type: v.literal('conversation'),
  conversation: PlayerConversationSchema,
});
export const ErrorFrameSchema = v.object({ type: v.literal('error'), ...WireErrorSchema.entries });
export const PongSchema = v.object({ type: v.literal('pong') });
/**
 * Whether a human can answer soon. Sent after welcome and whenever the
 * player's chat is queued; `offerEmail` asks the widget to offer leaving an
 * email address (nobody online, or the expected wait is above the site's bound).
 */
export const AvailabilityFrameSchema = v.object({
  type: v.literal('availability'),
  agentsOnline: v.number(),
  /** Rough expected wait for a human, in ms; 0 when someone is free now. */
  expectedWaitMs: v.number(),
  offerEmail: v.boolean(),
  /** The address already left for this conversation, if any. */
  email: v.nullable(v.string()),
});
/** The other side of the conversation started or stopped typing (agent → player, player → agent). */
export const TypingFrameSchema = v.object({
  type: v.literal('typing'),
  conversationId: v.string(),
  typing: v.boolean(),
  /** Display name of who is typing (the agent's name for the player; null for a player). */
  name: v.nullable(v.string()),
});
/** The other side has read up to `seq` (agent → player shows "Seen"; player → agent shows what they read). */
export const ReadFrameSchema = v.object({
  type: v.literal('read'),
  conversationId: v.string(),
  reader: v.picklist(['player', 'agent']),
  seq: v.number(),
});

/** The rating is stored (the answer to a `csat` frame). */
export const PlayerCsatFrameSchema = v.object({ type: v.literal('csat'), conversationId: v.string(), rating: v.number() });

/**
 * The bearer token for `POST /api/attachments` into the player's open
 * conversation. Sent after welcome and when a conversation opens; it expires,
 * and a reconnect brings a fresh one.
 */
export const UploadTokenFrameSchema = v.object({ type: v.literal('upload'), conversationId: v.string(), token: v.string(), expiresAt: v.number() });

/** The transcript is on its way (the answer to a `transcript` frame). */
export const PlayerTranscriptFrameSchema = v.object({ type: v.literal('transcript'), conversationId: v.string(), email: v.string() });

export const PlayerServerFrameSchema = v.variant('type', [
  UploadTokenFrameSchema,
  PlayerTranscriptFrameSchema,
  PlayerCsatFrameSchema,
  PlayerWelcomeSchema,
  AckSchema,
  MessageFrameSchema,
  PlayerConversationFrameSchema,
  ErrorFrameSchema,
  PongSchema,
  TypingFrameSchema,
  ReadFrameSchema,
  AvailabilityFrameSchema,
]);
export type PlayerServerFrame = v.InferOutput<typeof PlayerServerFrameSchema>;
export type PlayerWelcome = v.InferOutput<typeof PlayerWelcomeSchema>;
export type Ack = v.InferOutput<typeof AckSchema>;
export type ErrorFrame = v.InferOutput<typeof ErrorFrameSchema>;
