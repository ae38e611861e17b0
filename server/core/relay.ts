import type { AgentStatus } from '../../protocol';
import type { Bus } from '../bus/bus';
import type { SiteConfig, SiteDirectory } from '../config/sites';
import type { AgentRecord, ConversationRecord, MessageRecord, PlayerRecord } from '../store/records';
import type { Store } from '../store/store';
import type { Clock } from './clock';
import { PitbossError } from './errors';
import { hashToken, type IdGenerator } from './ids';
import { Roster, type AgentState } from './roster';
import { planAssignments, type QueuedConversation } from './routing';
import { firstResponseMs } from './sla';
import { toAgentProfile } from './views';

export interface RelayDeps {
  store: Store;
  bus: Bus;
  clock: Clock;
  ids: IdGenerator;
  sites: SiteDirectory;
}

export interface PlayerSession {
  /** The bearer token to keep; a new one when the client had none or an unknown one. */
  token: string;
  player: PlayerRecord;
  conversation: ConversationRecord | null;
  messages: MessageRecord[];
}

/** Longest history a (re)connect replays in one frame. */
const REPLAY_LIMIT = 500;
const SUPERVISING_ROLES = new Set(['supervisor', 'admin']);

/**
 * The domain: conversations, the queue and who holds what. It keeps the
 * routing state in memory and every fact in the store; it reads time only
 * from the clock and reaches sockets only through the bus.
 */
export class Relay {
  private readonly roster = new Roster();
  private readonly queue = new Map<string, QueuedConversation>();
  /** Routing changes run one at a time so two awaits never hand one chat to two agents. */
  private routing: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: RelayDeps) {}

  /** Rebuild the queue and holdings from the store after a (re)start. */
  async start(): Promise<void> {
    const now = this.deps.clock.now();
    for (const c of await this.deps.store.listOpenConversations()) {
      if (c.status === 'queued') this.enqueue(c);
      else if (c.agentId) {
        const agent = await this.deps.store.getAgent(c.agentId);
        if (!agent) continue;
        const state = this.roster.ensure(agent, now);
        state.active.add(c.id);
        // Nobody is connected yet: the agent gets the usual grace to come back.
        state.disconnectedAt ??= now;
      }
    }
  }

  // ── players ────────────────────────────────────────────────────────────

  async connectPlayer(input: { siteId: string; session: string | null; locale: string; lastSeq: number }): Promise<PlayerSession> {
    const site = this.site(input.siteId);
    const { store, ids, clock } = this.deps;
    let token = input.session;
    let player = token ? await store.findPlayerBySession(site.id, hashToken(token)) : null;
    if (!player || !token) {
      // Unknown or missing token: a fresh anonymous identity, never someone else's.
      token = ids.token();
      player = { id: ids.id('p'), siteId: site.id, sessionHash: hashToken(token), name: null, createdAt: clock.now() };
      await store.createPlayer(player);
    }
    const conversation = await store.latestConversationOfPlayer(player.id);
    const afterSeq = conversation && input.lastSeq <= conversation.lastSeq ? input.lastSeq : 0;
    const messages = conversation ? await store.listMessages(conversation.id, afterSeq, REPLAY_LIMIT) : [];
    return { token, player, conversation, messages };
  }

  /** Store a player's message (idempotent on its client id); the first one opens a conversation and queues it. */
  async playerMessage(player: PlayerRecord, input: { clientId: string; text: string; locale: string; originSocket: string }): Promise<MessageRecord> {
    const { store, clock } = this.deps;
    const conversation = await this.exclusive(async () => {
      const latest = await store.latestConversationOfPlayer(player.id);
      if (latest && latest.status !== 'resolved' && latest.status !== 'missed') return latest;
      // A retry of the message that was the last one before resolution must not open a new chat.
      if (latest && (await store.findMessageByClientId(latest.id, input.clientId))) return latest;
      const now = clock.now();
      const created: ConversationRecord = {
        id: this.deps.ids.id('c'),
        siteId: player.siteId,
        playerId: player.id,
        playerName: player.name,
        status: 'queued',
        agentId: null,
        agentName: null,
        locale: input.locale,
        topic: null,
        createdAt: now,
        queuedAt: now,
        assignedAt: null,
        firstResponseAt: null,
        firstResponseMs: null,
        resolvedAt: null,
        lastSeq: 0,
      };
      await store.createConversation(created);
      this.enqueue(created);
      this.deps.bus.publish({ kind: 'conversation', conversation: created, previousAgentId: null });
      return created;
    });
    const { message, duplicate } = await store.appendMessage({
      conversationId: conversation.id,
      clientId: input.clientId,
      author: 'player',
      authorId: player.id,
      authorName: player.name,
      text: input.text,
      at: clock.now(),
    });
    if (!duplicate) {
      this.deps.bus.publish({ kind: 'message', message, playerId: player.id, agentId: conversation.agentId, originSocket: input.originSocket });
    }
    if (this.queue.has(conversation.id)) await this.assignQueued();
    return message;
  }

  // ── agents ─────────────────────────────────────────────────────────────

  /** A socket of this agent opened. Returns their profile and the conversations they hold. */
  async agentConnected(agent: AgentRecord): Promise<{ state: AgentState; conversations: ConversationRecord[] }> {
    if (agent.disabled) throw new PitbossError('unauthorized', 'This agent account is disabled.');
    const state = this.roster.ensure(agent, this.deps.clock.now());
    state.connections += 1;
    state.disconnectedAt = null;
    return { state, conversations: await this.heldBy(state) };
  }

  async agentDisconnected(agentId: string): Promise<void> {
    const state = this.roster.get(agentId);
    if (!state || state.connections === 0) return;
    state.connections -= 1;
    if (state.connections > 0) return;
    state.disconnectedAt = this.deps.clock.now();
    await this.tick(this.deps.clock.now());
  }

  async setAgentStatus(agentId: string, status: AgentStatus): Promise<AgentState> {
    const state = this.requireAgent(agentId);
    await this.exclusive(async () => {
      if (status === 'online' && state.status !== 'online') state.idleSince = this.deps.clock.now();
      state.status = status;
      this.deps.bus.publish({ kind: 'agent', agent: toAgentProfile(state.record, status) });
      if (status === 'offline') await this.handBack(state);
    });
    await this.assignQueued();
    return state;
  }

  async agentMessage(agentId: string, input: { conversationId: string; clientId: string; text: string; originSocket: string }): Promise<MessageRecord> {
    const state = this.requireAgent(agentId);
    const conversation = await this.conversationForAgent(state.record, input.conversationId);
    if (conversation.agentId !== agentId) throw new PitbossError('forbidden', 'This conversation is not assigned to you.');
    if (conversation.status !== 'assigned') throw new PitbossError('conflict', `This conversation is ${conversation.status}.`);
    const { message, duplicate } = await this.deps.store.appendMessage({
      conversationId: conversation.id,
      clientId: input.clientId,
      author: 'agent',
      authorId: agentId,
      authorName: state.record.name,
      text: input.text,
      at: this.deps.clock.now(),
    });
    if (duplicate) return message;
    this.deps.bus.publish({ kind: 'message', message, playerId: conversation.playerId, agentId, originSocket: input.originSocket });
    await this.exclusive(async () => {
      const fresh = await this.deps.store.getConversation(conversation.id);
      if (!fresh || fresh.firstResponseAt !== null || fresh.queuedAt === null) return;
      const updated = await this.deps.store.updateConversation(conversation.id, {
        firstResponseAt: message.at,
        firstResponseMs: firstResponseMs(fresh.queuedAt, message.at),
      });
      this.deps.bus.publish({ kind: 'conversation', conversation: updated, previousAgentId: null });
    });
    return message;
  }

  /** Messages after `afterSeq` of a conversation the agent may read. */
  async readConversation(agent: AgentRecord, conversationId: string, afterSeq: number): Promise<{ conversation: ConversationRecord; messages: MessageRecord[] }> {
    const conversation = await this.conversationForAgent(agent, conversationId);
    return { conversation, messages: await this.deps.store.listMessages(conversationId, afterSeq, REPLAY_LIMIT) };
  }

  async resolve(agentId: string, conversationId: string): Promise<ConversationRecord> {
    const state = this.requireAgent(agentId);
    const resolved = await this.exclusive(async () => {
      const conversation = await this.conversationForAgent(state.record, conversationId);
      if (conversation.status === 'resolved') return conversation;
      if (conversation.agentId !== agentId && !SUPERVISING_ROLES.has(state.record.role)) {
        throw new PitbossError('forbidden', 'This conversation is not assigned to you.');
      }
      const updated = await this.deps.store.updateConversation(conversationId, { status: 'resolved', resolvedAt: this.deps.clock.now() });
      this.queue.delete(conversationId);
      if (conversation.agentId) this.roster.get(conversation.agentId)?.active.delete(conversationId);
      this.deps.bus.publish({ kind: 'conversation', conversation: updated, previousAgentId: null });
      return updated;
    });
    await this.assignQueued();
    return resolved;
  }

  /** Time-driven work: hand back the chats of agents whose reconnect grace ran out. The edge calls this from its one timer. */
  async tick(now: number): Promise<void> {
    const gone = this.roster.gone(now, (siteId) => this.graceOf(siteId));
    if (gone.length === 0) return;
    await this.exclusive(async () => {
      for (const state of gone) {
        state.disconnectedAt = null;
        state.status = 'offline';
        await this.handBack(state);
      }
    });
    await this.assignQueued();
  }

  /** When `tick` next has work, or null. */
  nextDeadline(): number | null {
    return this.roster.nextDeadline((siteId) => this.graceOf(siteId));
  }

  agentStatus(agentId: string): AgentStatus {
    return this.roster.get(agentId)?.status ?? 'offline';
  }

  /** The single authorization rule for an agent reading a conversation: same site, and holding it unless supervising. */
  async conversationForAgent(agent: AgentRecord, conversationId: string): Promise<ConversationRecord> {
    const conversation = await this.deps.store.getConversation(conversationId);
    // "Not found" for another site's conversation too: ids must not be probeable.
    if (!conversation || conversation.siteId !== agent.siteId) throw new PitbossError('not_found', 'No such conversation.');
    if (conversation.agentId !== agent.id && !SUPERVISING_ROLES.has(agent.role)) {
      throw new PitbossError('forbidden', 'This conversation is not assigned to you.');
    }
    return conversation;
  }

  // ── routing internals ──────────────────────────────────────────────────

  private enqueue(c: ConversationRecord): void {
    this.queue.set(c.id, { id: c.id, siteId: c.siteId, queuedAt: c.queuedAt ?? c.createdAt });
  }

  private assignQueued(): Promise<void> {
    return this.exclusive(async () => {
      if (this.queue.size === 0) return;
      const now = this.deps.clock.now();
      for (const { conversationId, agentId } of planAssignments([...this.queue.values()], this.roster.slots(), now)) {
        const state = this.roster.get(agentId);
        if (!state) continue;
        const updated = await this.deps.store.updateConversation(conversationId, {
          status: 'assigned',
          agentId,
          agentName: state.record.name,
          assignedAt: now,
        });
        this.queue.delete(conversationId);
        state.active.add(conversationId);
        state.idleSince = now;
        this.deps.bus.publish({ kind: 'conversation', conversation: updated, previousAgentId: null });
      }
    });
  }

  /** Return an agent's chats to the queue, keeping their queue-entry time so the FRT clock runs on. */
  private async handBack(state: AgentState): Promise<void> {
    for (const conversationId of [...state.active]) {
      state.active.delete(conversationId);
      const updated = await this.deps.store.updateConversation(conversationId, { status: 'queued', agentId: null, agentName: null, assignedAt: null });
      this.enqueue(updated);
      this.deps.bus.publish({ kind: 'conversation', conversation: updated, previousAgentId: state.record.id });
    }
  }

  private async heldBy(state: AgentState): Promise<ConversationRecord[]> {
    const held: ConversationRecord[] = [];
    for (const id of state.active) {
      const c = await this.deps.store.getConversation(id);
      if (c) held.push(c);
    }
    return held;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.routing.then(work, work);
    this.routing = run.catch(() => undefined);
    return run;
  }

  private site(siteId: string): SiteConfig {
    const site = this.deps.sites.get(siteId);
    if (!site) throw new PitbossError('not_found', `Unknown site "${siteId}".`);
    return site;
  }

  private graceOf(siteId: string): number {
    return this.deps.sites.get(siteId)?.agentReconnectGraceMs ?? 15_000;
  }

  private requireAgent(agentId: string): AgentState {
    const state = this.roster.get(agentId);
    if (!state) throw new PitbossError('unauthorized', 'Agent is not connected.');
    return state;
  }
}
