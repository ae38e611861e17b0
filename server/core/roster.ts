import type { AgentStatus } from '../../protocol';
import type { AgentRecord } from '../store/records';
import type { AgentSlot } from './routing';

/** What the relay knows of one agent right now. */
export interface AgentState {
  record: AgentRecord;
  status: AgentStatus;
  /** Open sockets of this agent over all nodes (several tabs count once each). */
  connections: number;
  /** The same, per relay node: a node that dies takes its count with it. */
  connectionsByNode: Map<string, number>;
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
      state = { record, status: 'offline', connections: 0, connectionsByNode: new Map(), disconnectedAt: null, idleSince: now, active: new Set() };
      this.agents.set(record.id, state);
    } else {
      state.record = record;
    }
    return state;
  }

  /** Set how many sockets `node` holds for this agent; returns true if the agent just lost their last socket anywhere. */
  setConnections(state: AgentState, node: string, count: number, now: number): boolean {
    const before = state.connections;
    if (count > 0) state.connectionsByNode.set(node, count);
    else state.connectionsByNode.delete(node);
    state.connections = [...state.connectionsByNode.values()].reduce((a, b) => a + b, 0);
    if (state.connections > 0) state.disconnectedAt = null;
    else if (before > 0) state.disconnectedAt = now;
    return before > 0 && state.connections === 0;
  }

  /** Forget every socket a node held (it stopped reporting: it died). Returns the agents left with none. */
  dropNode(node: string, now: number): AgentState[] {
    const orphaned: AgentState[] = [];
    for (const state of this.agents.values()) {
      if (state.connectionsByNode.has(node) && this.setConnections(state, node, 0, now)) orphaned.push(state);
    }
    return orphaned;
  }

  /** Agents holding a socket on `node`. */
  onNode(node: string): AgentState[] {
    return [...this.agents.values()].filter((a) => a.connectionsByNode.has(node));
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

  /** Agents who can take chats now, counted per site (what `slots()` calls online, without building every slot). */
  onlineBySite(): Map<string, number> {
    const online = new Map<string, number>();
    for (const a of this.agents.values()) {
      if (isOnline(a)) online.set(a.record.siteId, (online.get(a.record.siteId) ?? 0) + 1);
    }
    return online;
  }

  slots(): AgentSlot[] {
    return [...this.agents.values()].map((a) => ({
      id: a.record.id,
      siteId: a.record.siteId,
      online: isOnline(a),
      capacity: a.record.capacity,
      load: a.active.size,
      idleSince: a.idleSince,
      ...abilitiesOf(a.record),
      seniority: a.record.role,
    }));
  }
}

/**
 * An agent's skills and languages as sets, built once per agent record rather
 * than on every routing decision and availability answer (bench:assign found
 * these rebuilt per agent per call). A changed record is a new object.
 */
const abilities = new WeakMap<AgentRecord, { skills: Set<string>; languages: Set<string> }>();
function abilitiesOf(record: AgentRecord): { skills: Set<string>; languages: Set<string> } {
  let known = abilities.get(record);
  if (!known) {
    known = { skills: new Set(record.skills), languages: new Set(record.languages.map((l) => l.toLowerCase())) };
    abilities.set(record, known);
  }
  return known;
}

function isOnline(a: AgentState): boolean {
  return a.status === 'online' && a.connections > 0 && !a.record.disabled;
}
