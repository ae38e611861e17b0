import * as v from 'valibot';
import { AgentProfileSchema, AgentRoleSchema, TOPICS } from './domain';

/** Admin REST shapes: agents (/api/admin/agents) and webhooks (/api/webhooks). */

export const AgentAdminSchema = v.object({ ...AgentProfileSchema.entries, disabled: v.boolean(), createdAt: v.number() });
export type AgentAdmin = v.InferOutput<typeof AgentAdminSchema>;

export const AgentAdminListSchema = v.object({ agents: v.array(AgentAdminSchema) });

const SkillsSchema = v.pipe(v.array(v.picklist(TOPICS)), v.maxLength(TOPICS.length));
const LanguagesSchema = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z]{2,3}$/, 'Languages are two- or three-letter codes ("en", "pt").'))), v.minLength(1, 'Give at least one language.'), v.maxLength(20));
const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'A name is required.'), v.maxLength(120));
const CapacitySchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20));

/** POST /api/admin/agents: the answer carries a temporary password, shown once. */
export const AgentCreateSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(254)),
  name: NameSchema,
  role: AgentRoleSchema,
  capacity: CapacitySchema,
  skills: SkillsSchema,
  languages: LanguagesSchema,
});
export type AgentCreate = v.InferOutput<typeof AgentCreateSchema>;

/** PATCH /api/admin/agents/:id */
export const AgentUpdateSchema = v.object({
  name: v.optional(NameSchema),
  role: v.optional(AgentRoleSchema),
  capacity: v.optional(CapacitySchema),
  skills: v.optional(SkillsSchema),
  languages: v.optional(LanguagesSchema),
});
export type AgentUpdate = v.InferOutput<typeof AgentUpdateSchema>;

export const AgentCreatedSchema = v.object({ agent: AgentAdminSchema, temporaryPassword: v.string() });
export const PasswordResetSchema = v.object({ temporaryPassword: v.string() });

export const WEBHOOK_EVENT_NAMES = ['conversation.created', 'conversation.assigned', 'conversation.resolved', 'sla.breached', 'csat.received'] as const;
export const WebhookEventSchema = v.picklist(WEBHOOK_EVENT_NAMES);

/** A webhook as listed: its secret is shown only once, when it is made. */
export const WebhookSchema = v.object({
  id: v.string(),
  url: v.string(),
  events: v.array(WebhookEventSchema),
  active: v.boolean(),
  createdAt: v.number(),
});
export type Webhook = v.InferOutput<typeof WebhookSchema>;
export const WebhookListSchema = v.object({ webhooks: v.array(WebhookSchema) });
export const WebhookCreatedSchema = v.object({ webhook: WebhookSchema, secret: v.string() });

const HookUrlSchema = v.pipe(v.string(), v.trim(), v.url('Give a full http(s) URL.'), v.regex(/^https?:\/\//, 'Give a full http(s) URL.'), v.maxLength(2000));
const HookEventsSchema = v.pipe(v.array(WebhookEventSchema), v.minLength(1, 'Pick at least one event.'));

/** POST /api/webhooks */
export const WebhookCreateSchema = v.object({ url: HookUrlSchema, events: HookEventsSchema });
/** PATCH /api/webhooks/:id */
export const WebhookUpdateSchema = v.object({ url: v.optional(HookUrlSchema), events: v.optional(HookEventsSchema), active: v.optional(v.boolean()) });

export const WebhookDeliverySchema = v.object({
  id: v.string(),
  webhookId: v.string(),
  event: WebhookEventSchema,
  status: v.picklist(['pending', 'sending', 'delivered', 'failed']),
  attempts: v.number(),
  nextAttemptAt: v.nullable(v.number()),
  lastStatus: v.nullable(v.number()),
  lastError: v.nullable(v.string()),
  createdAt: v.number(),
  deliveredAt: v.nullable(v.number()),
});
export type WebhookDelivery = v.InferOutput<typeof WebhookDeliverySchema>;
export const WebhookDeliveryListSchema = v.object({ deliveries: v.array(WebhookDeliverySchema) });
