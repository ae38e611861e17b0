import type { AgentStatus } from '../../protocol';
import type { SiteConfig } from '../config/sites';
import type { ConversationRecord } from '../store/records';

/** What the floor looks like right now, per site: enough to estimate a wait without the routing state. */
export interface FloorSummary {
  sites: Record<string, { agentsOnline: number; freeSlots: number; capacity: number; queuedAts: number[] }>;
  statuses: Record<string, AgentStatus>;
}

export interface Availability {
  agentsOnline: number;
  /** Rough expected wait for a human in ms; 0 when someone is free now, -1 when nobody is online. */
  expectedWaitMs: number;
  offerEmail: boolean;
  email: string | null;
}

/**
 * Can a human answer this player soon? The chats ahead of theirs share the
 * online capacity at the site's average handle time. Nobody online, or a wait
 * above the site's bound, offers the email fallback.
 */
export function estimateAvailability(floor: FloorSummary, site: SiteConfig, conversation: ConversationRecord | null): Availability {
  const here = floor.sites[site.id] ?? { agentsOnline: 0, freeSlots: 0, capacity: 0, queuedAts: [] };
  const mine = conversation?.queuedAt ?? Infinity;
  const ahead = here.queuedAts.filter((t) => t < mine).length;
  const expected = here.freeSlots > ahead ? 0 : here.capacity === 0 ? Infinity : Math.round(((ahead + 1) * site.averageHandleMs) / here.capacity);
  return {
    agentsOnline: here.agentsOnline,
    expectedWaitMs: Number.isFinite(expected) ? expected : -1,
    offerEmail: here.agentsOnline === 0 || expected > site.offlineAfterWaitMs,
    email: conversation?.offlineEmail ?? null,
  };
}
