import * as v from 'valibot';
import { AgentRoleSchema } from './domain';

/**
 * The audit log (GET /api/audit, admins of the site): who did what to which
 * object and when. The server writes each entry where the access happens;
 * no client can write one.
 */
export const AUDIT_ACTIONS = [
  'transcript.search',
  'transcript.open',
  'transcript.export',
  'player.export',
  'player.erase',
  'retention.purge',
  'retention.change',
  'agent.create',
  'agent.update',
  'agent.password',
  'agent.disable',
  'agent.enable',
  'canned.create',
  'canned.update',
  'canned.delete',
  'faq.create',
  'faq.update',
  'faq.delete',
  'webhook.create',
  'webhook.update',
  'webhook.delete',
  'site.update',
  'site.secret-rotate',
] as const;
export const AuditActionSchema = v.picklist(AUDIT_ACTIONS, 'Unknown audit action.');
export type AuditAction = v.InferOutput<typeof AuditActionSchema>;

export const AUDIT_OBJECT_TYPES = ['conversation', 'search', 'player', 'site', 'agent', 'canned', 'faq', 'webhook'] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export const AuditEntrySchema = v.object({
  id: v.string(),
  at: v.number(),
  /** null for what the relay does by itself (the retention purge). */
  agentId: v.nullable(v.string()),
  agentName: v.nullable(v.string()),
  role: v.nullable(AgentRoleSchema),
  action: AuditActionSchema,
  objectType: v.picklist(AUDIT_OBJECT_TYPES),
  objectId: v.nullable(v.string()),
  /** What else matters: the search's filters, an export's format, how many rows a purge removed. */
  detail: v.nullable(v.string()),
});
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;

export const AUDIT_PAGE_SIZE = 50;

const TimeParamSchema = v.pipe(
  v.string(),
  v.maxLength(40),
  v.transform((text) => (/^\d+$/.test(text) ? Number(text) : Date.parse(text))),
  v.finite('Give a time as epoch milliseconds or an ISO date.'),
);

/** GET /api/audit query: newest first, filtered by agent, action and time, `before` pages back. */
export const AuditQuerySchema = v.object({
  agentId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  action: v.optional(AuditActionSchema),
  from: v.optional(TimeParamSchema),
  to: v.optional(TimeParamSchema),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'Give a whole number.'), v.transform(Number), v.minValue(1), v.maxValue(200)), String(AUDIT_PAGE_SIZE)),
  offset: v.optional(v.pipe(v.string(), v.regex(/^\d{1,7}$/, 'Give a whole number.'), v.transform(Number)), '0'),
});
export type AuditQuery = v.InferOutput<typeof AuditQuerySchema>;
export type AuditQueryInput = v.InferInput<typeof AuditQuerySchema>;

export const AuditListSchema = v.object({ total: v.number(), entries: v.array(AuditEntrySchema) });
export type AuditList = v.InferOutput<typeof AuditListSchema>;
