import * as v from 'valibot';
import { AttachmentRefSchema, ConversationStatusSchema, MessageSchema } from './domain';

/**
 * A player's data under the GDPR, for admins of the site:
 * GET /api/players/:player/data (export, JSON) and
 * POST /api/players/:player/erase. `:player` is the relay's player id or the
 * casino's own id for a verified player.
 */

export const PlayerDataExportSchema = v.object({
  exportedAt: v.number(),
  player: v.object({
    id: v.string(),
    siteId: v.string(),
    externalId: v.nullable(v.string()),
    name: v.nullable(v.string()),
    vipTier: v.number(),
    createdAt: v.number(),
  }),
  conversations: v.array(
    v.object({
      id: v.string(),
      status: ConversationStatusSchema,
      topic: v.nullable(v.string()),
      locale: v.string(),
      agentName: v.nullable(v.string()),
      createdAt: v.number(),
      resolvedAt: v.nullable(v.number()),
      /** The email the player left for an answer, if any. */
      offlineEmail: v.nullable(v.string()),
      rating: v.nullable(v.object({ rating: v.number(), comment: v.nullable(v.string()), at: v.number() })),
      messages: v.array(MessageSchema),
      /** What is known of each file; the bytes are fetched from /api/attachments/:id. */
      attachments: v.array(v.object({ ...AttachmentRefSchema.entries, uploader: v.picklist(['player', 'agent']), createdAt: v.number() })),
    }),
  ),
});
export type PlayerDataExport = v.InferOutput<typeof PlayerDataExportSchema>;

/** The answer to an erasure: what was removed, and the anonymous id the kept KPI facts now carry. */
export const PlayerErasedSchema = v.object({
  anonymousId: v.string(),
  conversations: v.number(),
  messages: v.number(),
  attachments: v.number(),
  notes: v.number(),
});
export type PlayerErased = v.InferOutput<typeof PlayerErasedSchema>;
