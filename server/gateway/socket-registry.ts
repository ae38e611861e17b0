import type { AgentServerFrame, PlayerServerFrame } from '../../protocol';
import type { FloorSummary } from '../core/availability';

/** A connected socket as delivery sees it; `Out` is the frames its kind of client understands. */
export interface Peer<Out = unknown> {
  /** Unique per socket across the cluster, so an event can skip the socket it came from. */
  readonly id: string;
  send(frame: Out): void;
}
/** One site's floor, as the availability estimate reads it. */
export type SiteFloor = FloorSummary['sites'][string];
export interface PlayerPeer extends Peer<PlayerServerFrame> {
  /** The site's online agents changed (someone came online, or the last one left). */
  availabilityChanged?(floor: SiteFloor): void;
  /** The site's settings changed: check again what the hello checked (the page's origin). */
  siteChanged?(): void;
  /** Close the socket; the widget reconnects after `goingAway`. */
  end?(code: number, reason: string): void;
}
export type AgentPeer = Peer<AgentServerFrame>;

/** The sockets this node holds, by player and by agent. */
export class SocketRegistry {
  private readonly players = new Map<string, Set<PlayerPeer>>();
  /** Players' sockets by site, for site-wide news (availability). */
  private readonly sitePlayers = new Map<string, Set<PlayerPeer>>();
  private readonly agents = new Map<string, Set<AgentPeer>>();
  /** Supervisors' and admins' sockets by site, for floor-wide events (breaches). */
  private readonly supervisors = new Map<string, Set<AgentPeer>>();

  addPlayer(playerId: string, peer: PlayerPeer, siteId: string): void {
    add(this.players, playerId, peer);
    add(this.sitePlayers, siteId, peer);
  }
  removePlayer(playerId: string, peer: PlayerPeer, siteId: string): void {
    remove(this.players, playerId, peer);
    remove(this.sitePlayers, siteId, peer);
  }
  sitePlayerPeers(siteId: string): Iterable<PlayerPeer> {
    return this.sitePlayers.get(siteId) ?? [];
  }
  addAgent(agent: { id: string; siteId: string; role: string }, peer: AgentPeer): void {
    add(this.agents, agent.id, peer);
    if (agent.role === 'supervisor' || agent.role === 'admin') add(this.supervisors, agent.siteId, peer);
  }
  removeAgent(agent: { id: string; siteId: string }, peer: AgentPeer): void {
    remove(this.agents, agent.id, peer);
    remove(this.supervisors, agent.siteId, peer);
  }
  supervisorPeers(siteId: string): Iterable<AgentPeer> {
    return this.supervisors.get(siteId) ?? [];
  }
  playerPeers(playerId: string): Iterable<PlayerPeer> {
    return this.players.get(playerId) ?? [];
  }
  agentPeers(agentId: string): Iterable<AgentPeer> {
    return this.agents.get(agentId) ?? [];
  }
}

function add<P>(map: Map<string, Set<P>>, key: string, peer: P): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(peer);
}

function remove<P>(map: Map<string, Set<P>>, key: string, peer: P): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(peer);
  if (set.size === 0) map.delete(key);
}
