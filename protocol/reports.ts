import * as v from 'valibot';
import { AgentRoleSchema, AgentStatusSchema, BREACH_KINDS } from './domain';

/**
 * What supervisors read: the live floor (pushed every few seconds on
 * /v1/agent), the dashboard (GET /api/dashboard) and the staffing forecast
 * (GET /api/staffing). docs/KPIS.md defines every figure.
 */

export const FloorAgentSchema = v.object({
  id: v.string(),
  name: v.string(),
  status: AgentStatusSchema,
  /** Chats held now. */
  load: v.number(),
  capacity: v.number(),
});
export type FloorAgent = v.InferOutput<typeof FloorAgentSchema>;

/** The floor right now, as the relay's routing state sees it. */
export const FloorSchema = v.object({
  siteId: v.string(),
  at: v.number(),
  /** Conversations waiting for a human. */
  queueLength: v.number(),
  /** How long the longest-waiting one has waited (ms); 0 with an empty queue. */
  longestWaitMs: v.number(),
  /** Online, connected, enabled agents. */
  agentsOnline: v.number(),
  /** Chat slots free across online agents. */
  freeCapacity: v.number(),
  /** Agents the relay has seen since it started, whatever their status. */
  agents: v.array(FloorAgentSchema),
});
export type Floor = v.InferOutput<typeof FloorSchema>;

/** Server → supervisor, every few seconds. */
export const FloorFrameSchema = v.object({ type: v.literal('floor'), floor: FloorSchema });

/** `count` of `of`; `share` = count / of, null when `of` is 0. */
export const RatioSchema = v.object({ count: v.number(), of: v.number(), share: v.nullable(v.number()) });
export type Ratio = v.InferOutput<typeof RatioSchema>;

export const KpisSchema = v.object({
  /** Conversations created in the window (bot and human). */
  conversations: v.number(),
  /** Conversations that entered the human queue in the window. */
  queued: v.number(),
  /** Conversations whose first agent reply came in the window. */
  answered: v.number(),
  frtP50Ms: v.nullable(v.number()),
  frtP90Ms: v.nullable(v.number()),
  withinTarget: RatioSchema,
  firstContactResolution: RatioSchema,
  csat: v.object({ average: v.nullable(v.number()), count: v.number() }),
  chatsPerAgent: v.nullable(v.number()),
  abandoned: RatioSchema,
  deflected: RatioSchema,
});
export type Kpis = v.InferOutput<typeof KpisSchema>;

/** One bucket of the charts (an hour, or a day for long windows), starting at `at`. */
export const SeriesPointSchema = v.object({
  at: v.number(),
  arrivals: v.number(),
  answered: v.number(),
  abandoned: v.number(),
  frtP50Ms: v.nullable(v.number()),
  withinTargetShare: v.nullable(v.number()),
  csatAverage: v.nullable(v.number()),
});
export type SeriesPoint = v.InferOutput<typeof SeriesPointSchema>;

export const AgentKpiSchema = v.object({
  agentId: v.string(),
  name: v.string(),
  role: AgentRoleSchema,
  /** Live, from the floor. */
  status: AgentStatusSchema,
  load: v.number(),
  capacity: v.number(),
  /** Conversations queued in the window that this agent held last. */
  chats: v.number(),
  resolved: v.number(),
  frtP50Ms: v.nullable(v.number()),
  csatAverage: v.nullable(v.number()),
  csatCount: v.number(),
  breaches: v.number(),
});
export type AgentKpi = v.InferOutput<typeof AgentKpiSchema>;

export const DashboardBreachSchema = v.object({
  conversationId: v.string(),
  kind: v.picklist(BREACH_KINDS),
  agentId: v.nullable(v.string()),
  agentName: v.nullable(v.string()),
  at: v.number(),
});
export type DashboardBreach = v.InferOutput<typeof DashboardBreachSchema>;

/** GET /api/dashboard?from&to */
export const DashboardSchema = v.object({
  siteId: v.string(),
  from: v.number(),
  to: v.number(),
  generatedAt: v.number(),
  frtTargetMs: v.number(),
  bucketMs: v.number(),
  floor: FloorSchema,
  kpis: KpisSchema,
  series: v.array(SeriesPointSchema),
  agents: v.array(AgentKpiSchema),
  /** Newest first. */
  breaches: v.array(DashboardBreachSchema),
});
export type Dashboard = v.InferOutput<typeof DashboardSchema>;

/** One hour of the week in the site's time zone; weekday 0 is Monday. */
export const StaffingHourSchema = v.object({
  weekday: v.number(),
  hour: v.number(),
  /** Mean chats entering the human queue in this hour over the weeks looked at. */
  arrivalsPerHour: v.number(),
  /** Mean time a chat holds an agent slot, from assignment to resolution; null with no resolved chat. */
  handleSeconds: v.nullable(v.number()),
  /** Erlang C: fewest agents to answer `goal` of the chats within the FRT target. */
  needed: v.number(),
  /** Agents on shift. */
  scheduled: v.number(),
});
export type StaffingHour = v.InferOutput<typeof StaffingHourSchema>;

/** GET /api/staffing */
export const StaffingSchema = v.object({
  siteId: v.string(),
  timeZone: v.string(),
  weeks: v.number(),
  frtTargetMs: v.number(),
  goal: v.number(),
  concurrency: v.number(),
  /** 168 hours, Monday 00:00 first. */
  hours: v.array(StaffingHourSchema),
});
export type Staffing = v.InferOutput<typeof StaffingSchema>;
