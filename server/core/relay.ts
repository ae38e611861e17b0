import type { AgentStatus, AttachmentRef, Identity, Topic } from '../../protocol';
import type { Bus } from '../bus/bus';
import type { SiteConfig, SiteDirectory } from '../config/sites';
import type {
  AgentRecord,
  AppendResult,
  NewMessage,
  ConversationEventKind,
  ConversationRecord,
  MessageRecord,
  PlayerRecord,
} from '../store/records';
import type { ConversationPatch, Store } from '../store/store';
import { maskCardNumbers } from './card-numbers';
import { storeNote } from './notes';
import { cleanDisplayName } from './display-names';
import type { Clock } from './clock';
import { PitbossError } from './errors';
import { hashToken, type IdGenerator } from './ids';
import { acceptedIdentitySecrets, verifyIdentity } from './identity';
import { newConversation } from './conversation';
import { OpenConversations } from './open-conversations';
import { signalsResponsibleGambling } from './responsible-gambling';
import type { Bot, BotAnswer } from './bot';
import { playerTexts } from '../player-texts/texts';
import { estimateAvailability, type Availability, type FloorSummary } from './availability';
import { Roster, type AgentState } from './roster';
import { nextWaitExpiry, planAssignments, type RoutingPolicy } from './routing';
import { dueBreaches, firstResponseMs, nextBreachAt, type BreachKind } from './sla';
import { toAgentProfile } from './views';

export interface RelayDeps {
  store: Store;
  bus: Bus;
  clock: Clock;
  ids: IdGenerator;
  sites: SiteDirectory;
  /** Mails players who left an address; absent in tests that do not care. */
  notifier?: Notifier;
  /** Answers typical questions before a human is queued; absent means every chat goes to the queue. */
  bot?: Bot;
}

/** The outgoing-mail port (server/mail implements it). */
export interface Notifier {
  /** Every mail goes to a player, in their conversation's `locale`. */
  offlineReply(input: { to: string; siteName: string; agentName: string; text: string; conversationId: string; locale: string }): Promise<void>;
  /** The player left an address because nobody could answer: confirm the answer will come there. */
  offlineConfirmation(input: { to: string; siteName: string; conversationId: string; locale: string }): Promise<void>;
  /** The player asked for the conversation by mail: its messages (never internal notes), oldest first. */
  transcript(input: { to: string; siteName: string; conversationId: string; timeZone: string; locale: string; messages: Pick<MessageRecord, 'author' | 'authorName' | 'text' | 'at'>[] }): Promise<void>;
}


export interface PlayerSession {
  /** The bearer token to keep; a new one when the client had none or an unknown one. */
  token: string;
  player: PlayerRecord;
  conversation: ConversationRecord | null;
  messages: MessageRecord[];
}

export type TransferTarget = { kind: 'agent'; agentId: string } | { kind: 'topic'; topic: Topic };

/** The node name of a single-process relay, which never reports itself. */
export const LOCAL_NODE = 'local';
/** A node that has not reported its sockets for this long is taken for dead. */
export const NODE_SILENCE_MS = 6_000;

/** Longest history a (re)connect replays in one frame. */
const REPLAY_LIMIT = 500;
const SUPERVISING_ROLES = new Set(['supervisor', 'admin']);
const SENIOR_ROLES = new Set(['senior', 'supervisor', 'admin']);

/**
 * The domain: conversations, the queue and who holds what. It keeps the
 * routing state in memory and every fact in the store; it reads time only
 * from the clock and reaches sockets only through the bus.
 */
/** Players hear a changed count of online agents at most this often, unless it reached or left zero. */
const AVAILABILITY_EVERY_MS = 1000;

export class Relay {
  private readonly roster = new Roster();
  private readonly open = new OpenConversations();
  /** Routing changes run one at a time so two awaits never hand one chat to two agents. */
  private routing: Promise<unknown> = Promise.resolve();
  /** When a routing wait (manager, language, skill, missed-offer exclusion) next runs out. */
  private replanAt: number | null = null;
  private readonly playerLocks = new Map<string, Promise<unknown>>();
  /** Relay nodes that report their agent sockets (multi-node), and when each last did. */
  private readonly nodesSeen = new Map<string, number>();
  /** Online agents per site as last announced to players (see announceAvailability). */
  private readonly announcedOnline = new Map<string, number>();
  private readonly announcedAt = new Map<string, number>();

  constructor(private readonly deps: RelayDeps) {}

  /** Rebuild the queue and holdings from the store after a (re)start. */
  async start(): Promise<void> {
    const now = this.deps.clock.now();
    for (const c of await this.deps.store.listOpenConversations()) {
      this.open.put(c);
      if (c.status !== 'assigned' || !c.agentId) continue;
      const agent = await this.deps.store.getAgent(c.agentId);
      if (!agent) continue;
      const state = this.roster.ensure(agent, now);
      state.active.add(c.id);
      // Nobody is connected yet: the agent gets the usual grace to come back.
      state.disconnectedAt ??= now;
    }
  }

  // ── players ────────────────────────────────────────────────────────────

  /**
   * Open or resume a player's session. A valid signed identity wins over any
   * session token (and never inherits an anonymous visitor's history); without
   * one, the token resumes an anonymous player, or a new one is made.
   */
  async connectPlayer(input: {
    siteId: string;
    session: string | null;
    locale: string;
    lastSeq: number;
    conversationId?: string | null;
    identity?: Identity;
  }): Promise<PlayerSession> {
    const site = this.site(input.siteId);
    const { store, ids, clock } = this.deps;
    let token = input.session;
    let player: PlayerRecord | null = null;
    if (input.identity) {
      verifyIdentity(input.identity, acceptedIdentitySecrets(site, clock.now()), clock.now(), site.identityMaxAgeMs);
      player = await store.findPlayerByExternalId(site.id, input.identity.playerId);
      const known = player && token ? (await store.findPlayerBySession(site.id, hashToken(token)))?.id === player.id : false;
      if (!known) token = ids.token();
      // Invisible controls never reach a store or a panel (server/core/display-names.ts).
      const name = cleanDisplayName(input.identity.name);
      if (!player) {
        player = this.newPlayer(site.id, token!, input.identity.playerId, name);
        await store.createPlayer(player);
      } else if (!known || (name && name !== player.name)) {
        player = { ...player, sessionHash: hashToken(token!), name: name ?? player.name };
        await store.updatePlayer(player.id, { sessionHash: player.sessionHash, name: player.name });
      }
    } else {
      if (site.requireVerifiedPlayers) throw new PitbossError('unauthorized', 'This chat needs you to be signed in to the casino.');
      player = token ? await store.findPlayerBySession(site.id, hashToken(token)) : null;
      // A token of a verified player is not enough on its own: they must present their signature again.
      if (player?.externalId) player = null;
      if (!player || !token) {
        // Unknown or missing token: a fresh anonymous identity, never someone else's.
        token = ids.token();
        player = this.newPlayer(site.id, token, null, null);
        await store.createPlayer(player);
      }
    }
    const conversation = await store.latestConversationOfPlayer(player.id);
    const sameConversation = !input.conversationId || input.conversationId === conversation?.id;
    const afterSeq = conversation && sameConversation && input.lastSeq <= conversation.lastSeq ? input.lastSeq : 0;
    const messages = conversation ? await store.listMessages(conversation.id, afterSeq, REPLAY_LIMIT) : [];
    return { token: token!, player, conversation, messages };
  }

  /** Can a human answer this player soon? (see estimateAvailability) */
  availability(player: PlayerRecord, conversation: ConversationRecord | null): Availability {
    return estimateAvailability(this.floor(), this.site(player.siteId), conversation);
  }

  /** Online agents, free slots and queue entry times per site, and every agent's status. */
  floor(): FloorSummary {
    const summary: FloorSummary = { sites: {}, statuses: {} };
    const siteOf = (id: string) => (summary.sites[id] ??= { agentsOnline: 0, freeSlots: 0, capacity: 0, queuedAts: [] });
    for (const slot of this.roster.slots()) {
      summary.statuses[slot.id] = this.roster.get(slot.id)!.status;
      if (!slot.online) continue;
      const site = siteOf(slot.siteId);
      site.agentsOnline += 1;
      site.capacity += slot.capacity;
      site.freeSlots += Math.max(0, slot.capacity - slot.load);
    }
    for (const c of this.open.all()) if (c.status === 'queued') siteOf(c.siteId).queuedAts.push(c.queuedAt ?? c.createdAt);
    return summary;
  }

  /** The player's current conversation, from memory when it is open. */
  async conversationOfPlayer(player: PlayerRecord): Promise<ConversationRecord | null> {
    const open = this.open.ofPlayer(player.id);
    if (open) return open;
    const latest = await this.deps.store.latestConversationOfPlayer(player.id);
    return latest ? (this.open.get(latest.id) ?? latest) : null;
  }

  /** The player leaves an address for the answer; the chat stays queued for when someone comes online. */
  async leaveEmail(player: PlayerRecord, email: string): Promise<ConversationRecord> {
    return this.exclusive(async () => {
      const c = await this.deps.store.latestConversationOfPlayer(player.id);
      if (!c || (c.status !== 'queued' && c.status !== 'assigned')) throw new PitbossError('conflict', 'Write your question first; we will mail the answer.');
      await this.event(c, 'offline_email', null);
      const updated = await this.update(c.id, { offlineEmail: email }, null);
      if (c.offlineEmail !== email) void this.confirmOfflineEmail(updated, email);
      return updated;
    });
  }

  /**
   * What reached a player's conversation while their socket was being set up:
   * the welcome's replay is read before the socket is registered for live
   * delivery, so anything stored in between is fetched once more here.
   * Clients drop what they already have by sequence number.
   */
  async catchUp(player: PlayerRecord, seen: { conversationId: string | null; lastSeq: number }): Promise<{ conversation: ConversationRecord; messages: MessageRecord[] } | null> {
    const conversation = await this.conversationOfPlayer(player);
    if (!conversation) return null;
    const afterSeq = conversation.id === seen.conversationId ? seen.lastSeq : 0;
    if (conversation.id === seen.conversationId && conversation.lastSeq <= afterSeq) return null;
    return { conversation, messages: await this.deps.store.listMessages(conversation.id, afterSeq, REPLAY_LIMIT) };
  }

  /** Typing indicators go straight to the other side; nothing is stored. */
  async typing(from: { player: PlayerRecord } | { agentId: string }, conversationId: string | null, typing: boolean, originSocket: string): Promise<void> {
    if ('player' in from) {
      const c = await this.conversationOfPlayer(from.player);
      if (!c || (c.status !== 'queued' && c.status !== 'assigned')) return;
      this.deps.bus.publish({ kind: 'typing', conversationId: c.id, playerId: c.playerId, agentId: c.agentId, from: 'player', name: null, typing, originSocket });
      return;
    }
    const state = this.requireAgent(from.agentId);
    const c = await this.heldConversation(state, conversationId ?? '', { allowSupervisor: false });
    this.deps.bus.publish({ kind: 'typing', conversationId: c.id, playerId: c.playerId, agentId: c.agentId, from: 'agent', name: state.record.name, typing, originSocket });
  }

  /** Read receipts: remember the highest seq each side has seen and tell the other side. */
  async markRead(by: { player: PlayerRecord } | { agentId: string }, conversationId: string | null, seq: number): Promise<void> {
    await this.exclusive(async () => {
      let c: ConversationRecord | null;
      if ('player' in by) {
        c = await this.conversationOfPlayer(by.player);
        if (!c || (conversationId && c.id !== conversationId)) return;
      } else {
        c = await this.heldConversation(this.requireAgent(by.agentId), conversationId ?? '', { allowSupervisor: false });
      }
      const reader = 'player' in by ? 'player' : 'agent';
      const current = reader === 'player' ? c.playerReadSeq : c.agentReadSeq;
      const upTo = Math.min(seq, c.lastSeq);
      if (upTo <= current) return;
      const patch: ConversationPatch = reader === 'player' ? { playerReadSeq: upTo } : { agentReadSeq: upTo };
      const updated = await this.deps.store.updateConversation(c.id, patch);
      this.open.put(updated);
      this.deps.bus.publish({ kind: 'read', conversationId: c.id, playerId: c.playerId, agentId: c.agentId, reader, seq: upTo });
    });
  }

  /** Store a player's message (idempotent on its client id); the first one opens a conversation and queues it. */
  async playerMessage(
    player: PlayerRecord,
    input: { clientId: string; text: string; locale: string; topic?: Topic; originSocket: string; attachment?: AttachmentRef },
  ): Promise<MessageRecord> {
    const { store, clock } = this.deps;
    let opening: { bot: BotAnswer | null } | null = null;
    // Per player, not the floor-wide lock: two tabs must not open two chats, but players need not wait for each other.
    const conversation = await this.perPlayer(player.id, async () => {
      const latest = await this.conversationOfPlayer(player);
      if (latest && latest.status !== 'resolved' && latest.status !== 'missed') return latest;
      // A retry of the message that was the last one before resolution must not open a new chat.
      if (latest && (await store.findMessageByClientId(latest.id, input.clientId))) return latest;
      opening = { bot: this.deps.bot?.answer(player.siteId, input.locale, input.text) ?? null };
      return this.openConversation(player, input.locale, input.topic ?? null, opening.bot, input.text);
    });
    const { message, duplicate } = await this.append({
      conversationId: conversation.id,
      clientId: input.clientId,
      author: 'player',
      authorId: player.id,
      authorName: player.name,
      text: input.text,
      at: clock.now(),
      ...(input.attachment ? { attachment: input.attachment } : {}),
    });
    if (duplicate) return message;
    this.deps.bus.publish({ kind: 'message', message, playerId: player.id, agentId: conversation.agentId, originSocket: input.originSocket });
    await this.afterPlayerMessage(conversation.id, input.text, opening);
    return message;
  }

  /** The player's answer to the bot: solved ends the chat as deflected, human queues it now (bot time is not FRT). */
  async botChoice(player: PlayerRecord, choice: 'solved' | 'human'): Promise<ConversationRecord> {
    const updated = await this.exclusive(async () => {
      const c = await this.deps.store.latestConversationOfPlayer(player.id);
      if (!c || c.status !== 'bot') throw new PitbossError('conflict', 'There is no bot answer waiting for you.');
      const now = this.deps.clock.now();
      if (choice === 'solved') return this.update(c.id, { status: 'resolved', resolvedAt: now, deflected: true }, null);
      return this.handOverToHumans(c);
    });
    if (updated.status === 'queued') await this.assignQueued();
    return updated;
  }

  // ── agents ─────────────────────────────────────────────────────────────

  /** A socket of this agent opened (on relay node `node`). Returns their live state and the conversations they hold. */
  async agentConnected(agent: AgentRecord, node = LOCAL_NODE): Promise<{ state: AgentState; conversations: ConversationRecord[] }> {
    if (agent.disabled) throw new PitbossError('unauthorized', 'This agent account is disabled.');
    const now = this.deps.clock.now();
    const state = this.roster.ensure(agent, now);
    this.roster.setConnections(state, node, (state.connectionsByNode.get(node) ?? 0) + 1, now);
    this.announceAvailability();
    const held = [...state.active].map((id) => this.open.get(id)).filter((c): c is ConversationRecord => c !== undefined);
    return { state, conversations: held };
  }

  async agentDisconnected(agentId: string, node = LOCAL_NODE): Promise<void> {
    const state = this.roster.get(agentId);
    const count = state?.connectionsByNode.get(node) ?? 0;
    if (!state || count === 0) return;
    if (this.roster.setConnections(state, node, count - 1, this.deps.clock.now())) await this.tick(this.deps.clock.now());
    this.announceAvailability();
  }

  /**
   * A relay node's full report of the agent sockets it holds (multi-node):
   * heals the roster after a leader change, and lets `tick` forget a node
   * that stopped reporting (it died; its agents get the reconnect grace).
   */
  async syncNode(node: string, agents: { agent: AgentRecord; connections: number; status: AgentStatus }[]): Promise<void> {
    const now = this.deps.clock.now();
    this.nodesSeen.set(node, now);
    const reported = new Set<string>();
    await this.exclusive(async () => {
      for (const { agent, connections, status } of agents) {
        reported.add(agent.id);
        // A node reports the record its socket signed in with, which an admin may have changed since (agentChanged
        // keeps the roster's copy current): a known agent keeps the roster's copy, a new one (a new leader) is read fresh.
        const state = this.roster.get(agent.id) ?? this.roster.ensure((await this.deps.store.getAgent(agent.id)) ?? agent, now);
        this.roster.setConnections(state, node, connections, now);
        if (state.status !== status) {
          if (status === 'online') state.idleSince = now;
          state.status = status;
          this.deps.bus.publish({ kind: 'agent', agent: toAgentProfile(state.record, status) });
        }
      }
      for (const state of this.roster.onNode(node)) if (!reported.has(state.record.id)) this.roster.setConnections(state, node, 0, now);
    });
    await this.assignQueued();
    this.announceAvailability();
  }

  /**
   * An admin changed an agent's record (capacity, skills, languages, role,
   * name): the roster takes it now, the agent's desks hear their new
   * profile, and routing runs at once, so a raised capacity or a new skill
   * can take a waiting chat. Chats held above a lowered capacity stay with
   * the agent; no new one comes until they are below it.
   */
  async agentChanged(agentId: string): Promise<void> {
    const changed = await this.exclusive(async () => {
      const state = this.roster.get(agentId);
      // Not signed in since this relay started: their next sign-in brings the record.
      if (!state) return false;
      const record = await this.deps.store.getAgent(agentId);
      if (!record) return false;
      state.record = record;
      this.deps.bus.publish({ kind: 'agent', agent: toAgentProfile(record, state.status) });
      return true;
    });
    if (changed) await this.assignQueued();
  }

  async setAgentStatus(agentId: string, status: AgentStatus): Promise<AgentState> {
    const state = this.requireAgent(agentId);
    await this.exclusive(async () => {
      if (status === 'online' && state.status !== 'online') state.idleSince = this.deps.clock.now();
      state.status = status;
      this.deps.bus.publish({ kind: 'agent', agent: toAgentProfile(state.record, status) });
      if (status === 'offline') await this.handBack(state, 'offline');
    });
    await this.assignQueued();
    this.announceAvailability();
    return state;
  }

  async agentMessage(agentId: string, input: { conversationId: string; clientId: string; text: string; originSocket: string; attachment?: AttachmentRef }): Promise<MessageRecord> {
    const state = this.requireAgent(agentId);
    const conversation = await this.conversationForAgent(state.record, input.conversationId);
    if (conversation.agentId !== agentId) throw new PitbossError('forbidden', 'This conversation is not assigned to you.');
    if (conversation.status !== 'assigned') throw new PitbossError('conflict', `This conversation is ${conversation.status}.`);
    const { message, duplicate } = await this.append({
      conversationId: conversation.id,
      clientId: input.clientId,
      author: 'agent',
      authorId: agentId,
      authorName: state.record.name,
      text: input.text,
      at: this.deps.clock.now(),
      ...(input.attachment ? { attachment: input.attachment } : {}),
    });
    if (duplicate) return message;
    this.deps.bus.publish({ kind: 'message', message, playerId: conversation.playerId, agentId, originSocket: input.originSocket });
    await this.exclusive(async () => {
      const current = this.open.get(conversation.id);
      if (!current || current.queuedAt === null) return;
      const patch: ConversationPatch = {};
      if (current.firstResponseAt === null) {
        patch.firstResponseAt = message.at;
        patch.firstResponseMs = firstResponseMs(current.queuedAt, message.at);
      }
      if (current.seniorReachedAt === null && SENIOR_ROLES.has(state.record.role)) patch.seniorReachedAt = message.at;
      if (Object.keys(patch).length > 0) await this.update(current.id, patch, null);
      if (patch.firstResponseAt !== undefined && current.offlineEmail) void this.mailAnswer(current, state.record.name, message.text);
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
      const conversation = await this.heldConversation(state, conversationId, { allowSupervisor: true });
      if (conversation.status === 'resolved') return conversation;
      const now = this.deps.clock.now();
      const patch: ConversationPatch = { status: 'resolved', resolvedAt: now };
      if (conversation.waitingSince !== null) {
        patch.pausedMs = conversation.pausedMs + (now - conversation.waitingSince);
        patch.waitingSince = null;
      }
      if (conversation.agentId) this.roster.get(conversation.agentId)?.active.delete(conversationId);
      await this.event(conversation, 'resolved', agentId);
      return this.update(conversationId, patch, null);
    });
    await this.assignQueued();
    return resolved;
  }

  /** Hand a chat to a named agent or back to a topic queue, with a note for the next agent. The FRT clock keeps running. */
  async transfer(agentId: string, conversationId: string, to: TransferTarget, note: string): Promise<void> {
    const state = this.requireAgent(agentId);
    await this.exclusive(async () => {
      const conversation = await this.heldConversation(state, conversationId, { allowSupervisor: true });
      this.requireOpen(conversation);
      if (to.kind === 'agent') {
        const target = await this.deps.store.getAgent(to.agentId);
        if (!target || target.siteId !== conversation.siteId || target.disabled) throw new PitbossError('not_found', 'No such agent.');
        if (target.id === conversation.agentId) throw new PitbossError('conflict', 'The conversation is already theirs.');
      }
      await this.release(conversation, {
        status: 'queued',
        agentId: null,
        agentName: null,
        assignedAt: null,
        targetAgentId: to.kind === 'agent' ? to.agentId : null,
        topic: to.kind === 'topic' ? to.topic : conversation.topic,
        transfers: conversation.transfers + 1,
      });
      const eventId = await this.event(conversation, 'transfer', agentId, to.kind === 'agent' ? `agent:${to.agentId}` : `topic:${to.topic}`, note);
      await this.handoverNote(conversation, state.record, eventId, 'Transferred', note);
      await this.systemMessage(conversation, 'transfer', playerTexts(conversation.locale).transferring);
    });
    await this.assignQueued();
  }

  /** Send a chat up to a senior. If the holder is a senior already, it only records the escalation. */
  async escalate(agentId: string, conversationId: string, note: string): Promise<void> {
    const state = this.requireAgent(agentId);
    await this.exclusive(async () => {
      const conversation = await this.heldConversation(state, conversationId, { allowSupervisor: true });
      this.requireOpen(conversation);
      await this.escalateLocked(conversation, agentId, note);
    });
    await this.assignQueued();
  }

  /** Pause (or resume) the resolution clock while the agent waits on the player. */
  async setWaiting(agentId: string, conversationId: string, waiting: boolean): Promise<void> {
    const state = this.requireAgent(agentId);
    await this.exclusive(async () => {
      const conversation = await this.heldConversation(state, conversationId, { allowSupervisor: false });
      this.requireOpen(conversation);
      const now = this.deps.clock.now();
      if (waiting && conversation.waitingSince === null) {
        await this.update(conversation.id, { waitingSince: now }, null);
        await this.event(conversation, 'waiting', agentId);
      } else if (!waiting && conversation.waitingSince !== null) {
        await this.endWait(conversation, now, agentId);
      }
    });
  }

  async setComplex(agentId: string, conversationId: string, complex: boolean): Promise<void> {
    const state = this.requireAgent(agentId);
    await this.exclusive(async () => {
      const conversation = await this.heldConversation(state, conversationId, { allowSupervisor: true });
      this.requireOpen(conversation);
      if (conversation.complex === complex) return;
      await this.update(conversation.id, { complex, complexSince: complex ? this.deps.clock.now() : null }, null);
    });
  }

  /**
   * Time-driven work, called by the edge's one timer: agents whose reconnect
   * grace ran out hand their chats back, unanswered offers time out, SLA
   * breaches are recorded (and complex chats escalate), routing waits expire.
   */
  async tick(now: number): Promise<void> {
    let replan = this.replanAt !== null && this.replanAt <= now;
    for (const [node, seen] of this.nodesSeen) {
      if (now - seen < NODE_SILENCE_MS) continue;
      this.nodesSeen.delete(node);
      this.roster.dropNode(node, now);
    }
    await this.exclusive(async () => {
      for (const state of this.roster.gone(now, (siteId) => this.site(siteId).agentReconnectGraceMs)) {
        state.disconnectedAt = null;
        state.status = 'offline';
        await this.handBack(state, 'disconnected');
        replan = true;
      }
      for (const c of this.open.unansweredOffers()) {
        if (c.assignedAt === null || now - c.assignedAt < this.site(c.siteId).offerTimeoutMs) continue;
        await this.missOffer(c, now);
        replan = true;
      }
      for (const c of this.open.all()) {
        const due = dueBreaches(c, this.site(c.siteId).sla, now);
        if (due.length === 0) continue;
        await this.recordBreaches(c, due, now);
        if (due.includes('escalation')) replan = true;
      }
    });
    if (replan) await this.assignQueued();
    this.announceAvailability();
  }

  /** When `tick` next has work, or null; lets the edge sleep instead of polling a large floor. */
  nextDeadline(): number | null {
    const now = this.deps.clock.now();
    const candidates = [this.roster.nextDeadline((siteId) => this.site(siteId).agentReconnectGraceMs), this.replanAt];
    for (const c of this.open.unansweredOffers()) if (c.assignedAt !== null) candidates.push(c.assignedAt + this.site(c.siteId).offerTimeoutMs);
    for (const c of this.open.all()) candidates.push(nextBreachAt(c, this.site(c.siteId).sla, now));
    const times = candidates.filter((t): t is number => t !== null);
    return times.length ? Math.min(...times) : null;
  }

  agentStatus(agentId: string): AgentStatus {
    return this.roster.get(agentId)?.status ?? 'offline';
  }

  /** The single authorization rule for an agent reading a conversation: same site, and holding it unless supervising. */
  async conversationForAgent(agent: AgentRecord, conversationId: string): Promise<ConversationRecord> {
    const conversation = this.open.get(conversationId) ?? (await this.deps.store.getConversation(conversationId));
    // "Not found" for another site's conversation too: ids must not be probeable.
    if (!conversation || conversation.siteId !== agent.siteId) throw new PitbossError('not_found', 'No such conversation.');
    if (conversation.agentId !== agent.id && !SUPERVISING_ROLES.has(agent.role)) {
      throw new PitbossError('forbidden', 'This conversation is not assigned to you.');
    }
    return conversation;
  }

  site(siteId: string): SiteConfig {
    const site = this.deps.sites.get(siteId);
    if (!site) throw new PitbossError('not_found', `Unknown site "${siteId}".`);
    return site;
  }

  // ── internals (callers hold the routing lock) ────────────────────────────

  /**
   * Tell each site's players when its count of online agents changed since
   * last told: one bus event per site per change, however many sockets, and
   * nothing while the count holds (a busy floor's status flips cost nothing).
   * The first agent arriving and the last one leaving are told at once (the
   * email offer comes or goes); other changes at most once per
   * AVAILABILITY_EVERY_MS, picked up by `tick`: at a shift start fifty agents
   * coming online were fifty frames to every waiting player (bench:assign).
   */
  private announceAvailability(): void {
    const now = this.deps.clock.now();
    const online = this.roster.onlineBySite();
    const due = [...new Set([...this.announcedOnline.keys(), ...online.keys()])].filter((siteId) => {
      const before = this.announcedOnline.get(siteId) ?? 0;
      const after = online.get(siteId) ?? 0;
      if (before === after) return false;
      return before === 0 || after === 0 || now - (this.announcedAt.get(siteId) ?? -Infinity) >= AVAILABILITY_EVERY_MS;
    });
    if (due.length === 0) return;
    // The whole floor (queue times included) only when there is news to send.
    const floor = this.floor();
    for (const siteId of due) {
      this.announcedOnline.set(siteId, online.get(siteId) ?? 0);
      this.announcedAt.set(siteId, now);
      this.deps.bus.publish({ kind: 'availability', siteId, floor: floor.sites[siteId] ?? { agentsOnline: 0, freeSlots: 0, capacity: 0, queuedAts: [] } });
    }
  }

  private newPlayer(siteId: string, token: string, externalId: string | null, name: string | null): PlayerRecord {
    return {
      id: this.deps.ids.id('p'),
      siteId,
      sessionHash: hashToken(token),
      name,
      vipTier: 0,
      managerAgentId: null,
      externalId,
      createdAt: this.deps.clock.now(),
    };
  }

  /**
   * A new conversation starts with the bot when it is confident (time with the
   * bot is not FRT: queuedAt stays empty until a human is asked for), and in
   * the queue otherwise, with the topic the bot inferred for routing.
   * Responsible-gambling messages never stay with the bot.
   */
  private async openConversation(
    player: PlayerRecord,
    locale: string,
    chosenTopic: Topic | null,
    bot: BotAnswer | null,
    text: string,
  ): Promise<ConversationRecord> {
    const now = this.deps.clock.now();
    const rg = chosenTopic === 'responsible-gambling' || bot?.intent === 'responsible-gambling' || signalsResponsibleGambling(text);
    const withBot = !rg && bot !== null && bot.confident;
    const topic = rg ? 'responsible-gambling' : (chosenTopic ?? bot?.inferredTopic ?? null);
    const created = newConversation({
      id: this.deps.ids.id('c'),
      siteId: player.siteId,
      playerId: player.id,
      playerName: player.name,
      status: withBot ? 'bot' : 'queued',
      locale,
      topic,
      createdAt: now,
      queuedAt: withBot ? null : now,
      vipTier: player.vipTier,
      responsibleGambling: rg,
      managerId: player.managerAgentId,
      botAt: withBot ? now : null,
    });
    await this.deps.store.createConversation(created);
    this.open.put(created);
    this.deps.bus.publish({ kind: 'conversation', conversation: created, previousAgentId: null });
    return created;
  }

  /**
   * After a player's message: the bot answers the opening one; writing again
   * while the bot's answer waits means it did not help (to the queue); words
   * may flag responsible gambling and end a wait on the player.
   */
  private async afterPlayerMessage(conversationId: string, text: string, opening: { bot: BotAnswer | null } | null): Promise<void> {
    const known = this.open.get(conversationId);
    const nothingToDo = known && !opening && known.waitingSince === null && (known.responsibleGambling || !signalsResponsibleGambling(text));
    if (!nothingToDo) await this.exclusive(async () => {
      const fresh = this.open.get(conversationId) ?? (await this.deps.store.getConversation(conversationId));
      if (!fresh) return;
      if (fresh.status === 'bot') {
        if (opening?.bot) await this.botReply(fresh, opening.bot);
        else await this.handOverToHumans(fresh);
        return;
      }
      if (opening && fresh.responsibleGambling) await this.systemMessage(fresh, 'rg-help', playerTexts(fresh.locale).responsibleGamblingHelp);
      const c = this.open.get(conversationId);
      if (!c) return;
      const now = this.deps.clock.now();
      if (c.waitingSince !== null) await this.endWait(c, now, null);
      if (!c.responsibleGambling && signalsResponsibleGambling(text)) {
        const flagged = await this.update(c.id, { responsibleGambling: true, topic: 'responsible-gambling' }, null);
        await this.systemMessage(flagged, 'rg-help', playerTexts(flagged.locale).responsibleGamblingHelp);
      }
    });
    if (this.open.get(conversationId)?.status === 'queued') await this.assignQueued();
  }

  private async botReply(c: ConversationRecord, answer: BotAnswer): Promise<void> {
    const { message } = await this.append({
      conversationId: c.id,
      clientId: this.deps.ids.id('bot'),
      author: 'bot',
      authorId: null,
      authorName: null,
      // The widget shows its own localized words around the articles; this text is for transcripts and agents.
      text: playerTexts(c.locale).suggestedArticles(answer.results.map((r) => r.title).join(' · ')),
      at: this.deps.clock.now(),
      articles: answer.results.slice(0, 3).map(({ id, topic, title }) => ({ id, topic, title })),
    });
    this.deps.bus.publish({ kind: 'message', message, playerId: c.playerId, agentId: null, originSocket: null });
  }

  /** Leave the bot for the human queue; the FRT clock starts now. */
  private async handOverToHumans(c: ConversationRecord): Promise<ConversationRecord> {
    return this.update(c.id, { status: 'queued', queuedAt: this.deps.clock.now() }, null);
  }

  private assignQueued(): Promise<void> {
    return this.exclusive(async () => {
      // Nobody free: nothing to plan (a queue of thousands must not cost a sort per incoming message).
      const slots = this.roster.slots();
      if (!slots.some((s) => s.online && s.load < s.capacity)) return;
      const queue = this.open.queued(this.deps.clock.now(), (siteId) => this.site(siteId).sla.firstResponseMs);
      if (queue.length === 0) {
        this.replanAt = null;
        return;
      }
      const now = this.deps.clock.now();
      const policyOf = (siteId: string): RoutingPolicy => this.site(siteId);
      for (const { conversationId, agentId } of planAssignments(queue, slots, now, policyOf)) {
        const state = this.roster.get(agentId);
        const conversation = this.open.get(conversationId);
        if (!state || !conversation) continue;
        state.active.add(conversationId);
        state.idleSince = now;
        const patch: ConversationPatch = { status: 'assigned', agentId, agentName: state.record.name, assignedAt: now, targetAgentId: null };
        if (conversation.firstResponseAt !== null && conversation.seniorReachedAt === null && SENIOR_ROLES.has(state.record.role)) {
          patch.seniorReachedAt = now;
        }
        const claimed = await this.deps.store.claimQueued(conversationId, patch);
        if (!claimed) {
          // Someone else (another leader in a failover, or a resolution) got there first: forget our stale view.
          state.active.delete(conversationId);
          this.open.put((await this.deps.store.getConversation(conversationId)) ?? { ...conversation, status: 'resolved' });
          continue;
        }
        this.open.put(claimed);
        this.deps.bus.publish({ kind: 'conversation', conversation: claimed, previousAgentId: null });
        await this.event(conversation, 'assigned', agentId);
      }
      const stillQueued = this.open.queued(now, (siteId) => this.site(siteId).sla.firstResponseMs);
      this.replanAt = earliest(nextWaitExpiry(stillQueued, now, policyOf), this.open.nextExclusionExpiry(now));
    });
  }

  /** Return an agent's chats to the queue, keeping their queue-entry time so the FRT clock runs on. */
  private async handBack(state: AgentState, reason: 'offline' | 'disconnected'): Promise<void> {
    for (const conversationId of [...state.active]) {
      const conversation = this.open.get(conversationId);
      state.active.delete(conversationId);
      if (!conversation) continue;
      await this.release(conversation, { status: 'queued', agentId: null, agentName: null, assignedAt: null });
      await this.event(conversation, 'transfer', state.record.id, `handback:${reason}`, null);
    }
  }

  private async missOffer(conversation: ConversationRecord, now: number): Promise<void> {
    const agentId = conversation.agentId!;
    this.open.exclude(conversation.id, agentId, now + this.site(conversation.siteId).offerTimeoutMs);
    await this.release(conversation, {
      status: 'queued',
      agentId: null,
      agentName: null,
      assignedAt: null,
      missedOffers: conversation.missedOffers + 1,
      excludedAgentIds: [...new Set([...conversation.excludedAgentIds, agentId])],
    });
    await this.event(conversation, 'missed_offer', agentId);
  }

  private async escalateLocked(conversation: ConversationRecord, agentId: string | null, note: string | null): Promise<void> {
    const eventId = await this.event(conversation, 'escalation', agentId, null, note);
    const author = agentId ? this.roster.get(agentId)?.record : undefined;
    if (author && note) await this.handoverNote(conversation, author, eventId, 'For the senior', note);
    const holder = conversation.agentId ? this.roster.get(conversation.agentId) : undefined;
    if (holder && SENIOR_ROLES.has(holder.record.role)) {
      await this.update(conversation.id, { needsSenior: true, seniorReachedAt: conversation.seniorReachedAt ?? this.deps.clock.now() }, null);
      return;
    }
    await this.release(conversation, { status: 'queued', agentId: null, agentName: null, assignedAt: null, needsSenior: true, complex: true, complexSince: conversation.complexSince ?? this.deps.clock.now() });
    await this.systemMessage(conversation, 'escalation', playerTexts(conversation.locale).seniorJoining);
  }

  private async recordBreaches(conversation: ConversationRecord, kinds: BreachKind[], now: number): Promise<void> {
    const updated = await this.update(conversation.id, { breaches: [...conversation.breaches, ...kinds] }, null);
    for (const kind of kinds) {
      await this.event(conversation, 'breach', conversation.agentId, kind, null);
      this.deps.bus.publish({ kind: 'breach', siteId: conversation.siteId, breach: { conversationId: conversation.id, kind, agentId: conversation.agentId, at: now } });
    }
    if (kinds.includes('escalation') && !updated.needsSenior) await this.escalateLocked(updated, null, 'Escalation target reached without a senior.');
  }

  private async endWait(conversation: ConversationRecord, now: number, agentId: string | null): Promise<void> {
    const paused = now - (conversation.waitingSince ?? now);
    await this.update(conversation.id, { waitingSince: null, pausedMs: conversation.pausedMs + paused }, null);
    await this.event(conversation, 'resumed', agentId, String(paused), null);
  }

  /** Take a conversation from its holder and put it back in the queue. */
  private async release(conversation: ConversationRecord, patch: ConversationPatch): Promise<void> {
    const previous = conversation.agentId;
    if (previous) this.roster.get(previous)?.active.delete(conversation.id);
    await this.update(conversation.id, patch, previous);
  }

  /**
   * Store a message and keep the cached conversation's lastSeq current (read receipts and replays rely on it).
   * Every message passes here, so no store, socket, webhook or mail ever holds a full card number.
   */
  private async append(message: NewMessage): Promise<AppendResult> {
    const result = await this.deps.store.appendMessage({ ...message, text: maskCardNumbers(message.text) });
    if (!result.duplicate) this.open.noteSeq(message.conversationId, result.message.seq);
    return result;
  }

  /** Persist a change, refresh the open-conversation cache and tell whoever sees it. */
  private async update(conversationId: string, patch: ConversationPatch, previousAgentId: string | null): Promise<ConversationRecord> {
    const updated = await this.deps.store.updateConversation(conversationId, patch);
    this.open.put(updated);
    this.deps.bus.publish({ kind: 'conversation', conversation: updated, previousAgentId });
    return updated;
  }

  private async event(c: ConversationRecord, kind: ConversationEventKind, agentId: string | null, detail: string | null = null, note: string | null = null): Promise<string> {
    const id = this.deps.ids.id('e');
    await this.deps.store.addEvent({ id, conversationId: c.id, siteId: c.siteId, kind, detail, agentId, note, at: this.deps.clock.now() });
    return id;
  }

  /**
   * The note an agent wrote for whoever takes the chat next, as an internal
   * note in the conversation: the next desk reads it with the history (the
   * event alone reaches only the transcripts' timeline). Written before the
   * chat is offered, so it is there when the next agent opens it.
   */
  private async handoverNote(conversation: ConversationRecord, author: AgentRecord, eventId: string, label: string, note: string): Promise<void> {
    if (!note.trim()) return;
    await storeNote(this.deps, conversation, author, { clientId: `handover-${eventId}`, text: `${label}: ${note}`, originSocket: null });
  }

  private async mailAnswer(c: ConversationRecord, agentName: string, text: string): Promise<void> {
    if (!this.deps.notifier || !c.offlineEmail) return;
    try {
      await this.deps.notifier.offlineReply({ to: c.offlineEmail, siteName: this.site(c.siteId).name, agentName, text, conversationId: c.id, locale: c.locale });
    } catch {
      // The answer is stored and shown on the player's next visit; a mail outage must not fail the agent's reply.
    }
  }

  private async confirmOfflineEmail(c: ConversationRecord, to: string): Promise<void> {
    try {
      await this.deps.notifier?.offlineConfirmation({ to, siteName: this.site(c.siteId).name, conversationId: c.id, locale: c.locale });
    } catch {
      // The address is stored either way; the answer mail is what matters.
    }
  }

  private async systemMessage(c: ConversationRecord, reason: string, text: string): Promise<void> {
    const { message } = await this.append({
      conversationId: c.id,
      clientId: this.deps.ids.id(`sys-${reason}`),
      author: 'system',
      authorId: null,
      authorName: null,
      text,
      at: this.deps.clock.now(),
    });
    this.deps.bus.publish({ kind: 'message', message, playerId: c.playerId, agentId: c.agentId, originSocket: null });
  }

  private async heldConversation(state: AgentState, conversationId: string, options: { allowSupervisor: boolean }): Promise<ConversationRecord> {
    const conversation = await this.conversationForAgent(state.record, conversationId);
    if (conversation.agentId !== state.record.id && !(options.allowSupervisor && SUPERVISING_ROLES.has(state.record.role))) {
      throw new PitbossError('forbidden', 'This conversation is not assigned to you.');
    }
    return conversation;
  }

  private requireOpen(c: ConversationRecord): void {
    if (c.status !== 'queued' && c.status !== 'assigned') throw new PitbossError('conflict', `This conversation is ${c.status}.`);
  }

  private perPlayer<T>(playerId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.playerLocks.get(playerId) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    this.playerLocks.set(playerId, tail);
    void tail.then(() => {
      if (this.playerLocks.get(playerId) === tail) this.playerLocks.delete(playerId);
    });
    return run;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.routing.then(work, work);
    this.routing = run.catch(() => undefined);
    return run;
  }

  private requireAgent(agentId: string): AgentState {
    const state = this.roster.get(agentId);
    if (!state) throw new PitbossError('unauthorized', 'Agent is not connected.');
    return state;
  }
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
