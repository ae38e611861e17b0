import { Redis } from 'ioredis';
import type { AgentStatus } from '../../protocol';
import { estimateAvailability, type Availability, type FloorSummary } from '../core/availability';
import { Relay, type RelayDeps } from '../core/relay';
import type { RelayApi } from '../core/relay-api';
import type { AgentState } from '../core/roster';
import type { Logger } from '../logger';
import type { AgentRecord, ConversationRecord, PlayerRecord } from '../store/records';
import { Lease } from './lease';
import { LeaderRpc } from './rpc';

/** Calls that change routing state run on the leader; the rest read the shared store on any node. */
const LEADER_METHODS = new Set([
  'playerMessage',
  'botChoice',
  'leaveEmail',
  'typing',
  'markRead',
  'agentConnected',
  'agentDisconnected',
  'setAgentStatus',
  'agentChanged',
  'agentMessage',
  'resolve',
  'transfer',
  'escalate',
  'setWaiting',
  'setComplex',
  'syncNode',
  'floor',
]);

const SYNC_EVERY_MS = 1000;

/**
 * The relay of one node in a cluster. One node at a time holds the Redis
 * lease and runs the routing engine (the same Relay a single process runs,
 * rebuilt from PostgreSQL when it takes over); every node terminates sockets,
 * forwards routing calls to the leader, and reports every second which agent
 * sockets it holds, so a new leader learns the floor within a second and a
 * dead node's agents are noticed (NODE_SILENCE_MS) and given their grace.
 */
export class ClusterRelay implements RelayApi {
  private engine: Relay | null = null;
  private engineReady: Promise<void> = Promise.resolve();
  /** Store-only work (sessions, transcripts) runs here, on any node, without routing state. */
  private readonly reader: Relay;
  private readonly rpc: LeaderRpc;
  private readonly lease: Lease;
  private readonly redis: Redis;
  private readonly presence = new Map<string, { agent: AgentRecord; connections: number; status: AgentStatus }>();
  private floorCache: FloorSummary = { sites: {}, statuses: {} };
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly deps: RelayDeps,
    private readonly cluster: { redisUrl: string; nodeId: string; log: Logger; prefix: string },
  ) {
    this.reader = new Relay(deps);
    this.rpc = new LeaderRpc(cluster.redisUrl, cluster.nodeId, `${cluster.prefix}:rpc`);
    this.redis = new Redis(cluster.redisUrl, { maxRetriesPerRequest: null });
    this.lease = new Lease(this.redis, cluster.nodeId, (leading) => this.onLeadership(leading), {
      key: `${cluster.prefix}:leader`,
      ttlMs: 3000,
      renewMs: 1000,
      safetyMs: 1000,
    }, () => this.rpc.failPending());
  }

  isLeader(): boolean {
    return this.engine !== null && this.lease.isLeader();
  }

  async start(): Promise<void> {
    await this.rpc.connected();
    this.lease.start();
    this.timer = setInterval(() => void this.report(), SYNC_EVERY_MS);
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.lease.stop();
    await this.rpc.close();
    this.redis.disconnect();
  }

  async tick(now: number): Promise<void> {
    if (this.engine && this.lease.isLeader()) await this.engine.tick(now);
  }

  site(siteId: string) {
    return this.reader.site(siteId);
  }

  agentStatus(agentId: string): AgentStatus {
    return this.presence.get(agentId)?.status ?? this.floorCache.statuses[agentId] ?? 'offline';
  }

  availability(player: PlayerRecord, conversation: ConversationRecord | null): Availability {
    return estimateAvailability(this.floorCache, this.site(player.siteId), conversation);
  }

  connectPlayer(...args: Parameters<Relay['connectPlayer']>) {
    return this.reader.connectPlayer(...args);
  }
  conversationOfPlayer(...args: Parameters<Relay['conversationOfPlayer']>) {
    return this.reader.conversationOfPlayer(...args);
  }
  catchUp(...args: Parameters<Relay['catchUp']>) {
    return this.reader.catchUp(...args);
  }
  readConversation(...args: Parameters<Relay['readConversation']>) {
    return this.reader.readConversation(...args);
  }
  conversationForAgent(...args: Parameters<Relay['conversationForAgent']>) {
    return this.reader.conversationForAgent(...args);
  }

  playerMessage(...args: Parameters<Relay['playerMessage']>) {
    return this.leader<ReturnType<Relay['playerMessage']>>('playerMessage', args);
  }
  botChoice(...args: Parameters<Relay['botChoice']>) {
    return this.leader<ReturnType<Relay['botChoice']>>('botChoice', args);
  }
  leaveEmail(...args: Parameters<Relay['leaveEmail']>) {
    return this.leader<ReturnType<Relay['leaveEmail']>>('leaveEmail', args);
  }
  typing(...args: Parameters<Relay['typing']>) {
    return this.leader<ReturnType<Relay['typing']>>('typing', args);
  }
  markRead(...args: Parameters<Relay['markRead']>) {
    return this.leader<ReturnType<Relay['markRead']>>('markRead', args);
  }
  agentMessage(...args: Parameters<Relay['agentMessage']>) {
    return this.leader<ReturnType<Relay['agentMessage']>>('agentMessage', args);
  }
  resolve(...args: Parameters<Relay['resolve']>) {
    return this.leader<ReturnType<Relay['resolve']>>('resolve', args);
  }
  transfer(...args: Parameters<Relay['transfer']>) {
    return this.leader<ReturnType<Relay['transfer']>>('transfer', args);
  }
  escalate(...args: Parameters<Relay['escalate']>) {
    return this.leader<ReturnType<Relay['escalate']>>('escalate', args);
  }
  setWaiting(...args: Parameters<Relay['setWaiting']>) {
    return this.leader<ReturnType<Relay['setWaiting']>>('setWaiting', args);
  }
  setComplex(...args: Parameters<Relay['setComplex']>) {
    return this.leader<ReturnType<Relay['setComplex']>>('setComplex', args);
  }
  /** The leader re-reads the record from the shared store: an edit on any node reaches routing at once. */
  agentChanged(...args: Parameters<Relay['agentChanged']>) {
    return this.leader<ReturnType<Relay['agentChanged']>>('agentChanged', args);
  }

  async agentConnected(agent: AgentRecord): Promise<{ state: AgentState; conversations: ConversationRecord[] }> {
    const entry = this.presence.get(agent.id) ?? { agent, connections: 0, status: 'offline' as AgentStatus };
    entry.connections += 1;
    entry.agent = agent;
    this.presence.set(agent.id, entry);
    const result = await this.leader<{ status: AgentStatus; conversations: ConversationRecord[] }>('agentConnected', [agent, this.cluster.nodeId]);
    entry.status = result.status;
    return { state: detachedState(agent, result.status), conversations: result.conversations };
  }

  async agentDisconnected(agentId: string): Promise<void> {
    const entry = this.presence.get(agentId);
    if (entry) {
      entry.connections -= 1;
      if (entry.connections <= 0) this.presence.delete(agentId);
    }
    await this.leader('agentDisconnected', [agentId, this.cluster.nodeId]).catch(() => undefined);
  }

  async setAgentStatus(agentId: string, status: AgentStatus): Promise<AgentState> {
    const entry = this.presence.get(agentId);
    if (entry) entry.status = status;
    await this.leader('setAgentStatus', [agentId, status]);
    return detachedState(entry?.agent ?? ({ id: agentId } as AgentRecord), status);
  }

  /** Run on the leader: here if this node leads, else over Redis. Results cross as JSON either way. */
  private async leader<T>(method: string, args: unknown[]): Promise<Awaited<T>> {
    if (this.engine && this.lease.isLeader()) return (await this.serve(method, args)) as Awaited<T>;
    return this.rpc.call<Awaited<T>>(method, args);
  }

  private async serve(method: string, args: unknown[]): Promise<unknown> {
    if (!LEADER_METHODS.has(method)) throw new Error(`not a leader method: ${method}`);
    await this.engineReady;
    const engine = this.engine;
    if (!engine) throw new Error('no longer the leader');
    if (method === 'agentConnected') {
      const { state, conversations } = await engine.agentConnected(args[0] as AgentRecord, args[1] as string);
      return { status: state.status, conversations };
    }
    if (method === 'setAgentStatus') {
      await engine.setAgentStatus(args[0] as string, args[1] as AgentStatus);
      return null;
    }
    const fn = (engine as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!;
    return (await fn.apply(engine, args)) ?? null;
  }

  private onLeadership(leading: boolean): void {
    this.cluster.log.warn({ node: this.cluster.nodeId, leading }, leading ? 'took the relay lease' : 'lost the relay lease');
    if (!leading) {
      this.engine = null;
      void this.rpc.serve(null);
      return;
    }
    const engine = new Relay(this.deps);
    this.engine = engine;
    // Calls that arrive while the engine rebuilds from the store wait for it.
    this.engineReady = engine.start().then(() => this.rpc.serve((method, args) => this.serve(method, args)));
  }

  /** Tell the leader which agent sockets this node holds, and refresh the floor summary. */
  private async report(): Promise<void> {
    const entries = [...this.presence.values()].map(({ agent, connections, status }) => ({ agent, connections, status }));
    try {
      await this.leader('syncNode', [this.cluster.nodeId, entries]);
      this.floorCache = await this.leader<FloorSummary>('floor', []);
    } catch {
      // No leader this second; the next report heals it.
    }
  }
}

/** The gateway only reads record and status from the state the relay returns. */
function detachedState(agent: AgentRecord, status: AgentStatus): AgentState {
  return { record: agent, status, connections: 1, connectionsByNode: new Map(), disconnectedAt: null, idleSince: 0, active: new Set() };
}
