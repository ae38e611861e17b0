import type { AgentStatus } from '../../protocol';
import type { AgentRecord } from '../store/records';
import type { AgentSlot } from './routing';

/** What the relay knows of one agent right now. */
export interface AgentState {
  record: AgentRecord;
  status: AgentStatus;
  /** Open sockets of this agent (several tabs count once each). */
  connections: number;
  /** Set while the agent has no socket; chats go back to the queue after the site's grace. */
  disconnectedAt: number | null;
  idleSince: number;
  /** Conversations assigned to this agent. */
  active: Set<string>;
}

export class Roster {
  private readonly agents = new Map<string, AgentState>();

  get(agentId: string): AgentState | undefined {
    return this.agents.get(agentId);
  }

  ensure(record: AgentRecord, now: number): AgentState {
    let state = this.agents.get(record.id);
    if (!state) {
      state = { record, status: 'offline', connections: 0, disconnectedAt: null, idleSince: now, active: new Set() };
      this.agents.set(record.id, state);
    } else {
      state.record = record;
    }
    return state;
  }

  /** Agents whose grace after losing their last socket ran out by `now`. */
  gone(now: number, graceOf: (siteId: string) => number): AgentState[] {
    return [...this.agents.values()].filter(
      (a) => a.connections === 0 && a.disconnectedAt !== null && now - a.disconnectedAt >= graceOf(a.record.siteId),
    );
  }

  /** Earliest time a disconnected agent's grace ends, for the edge's timer. */
  nextDeadline(graceOf: (siteId: string) => number): number | null {
    let next: number | null = null;
    for (const a of this.agents.values()) {
      if (a.connections > 0 || a.disconnectedAt === null) continue;
      const due = a.disconnectedAt + graceOf(a.record.siteId);
      if (next === null || due < next) next = due;
    }
    return next;
  }

  slots(): AgentSlot[] {
    return [...this.agents.values()].map((a) => ({
      id: a.record.id,
      siteId: a.record.siteId,
      online: a.status === 'online' && a.connections > 0 && !a.record.disabled,
      capacity: a.record.capacity,
      load: a.active.size,
      idleSince: a.idleSince,
      skills: new Set(a.record.skills),
      languages: new Set(a.record.languages.map((l) => l.toLowerCase())),
      seniority: a.record.role,
    }));
  }
}
