import type { AgentConversation, AgentProfile, AgentServerFrame, AgentStatus, Breach, Floor, Message, Note, WireError } from '../../protocol';
import type { StateChange } from '../../widget/client/connection';
import { advanceSynced, emptyThread, failAll, insertMessage, unreadCount, type PendingMessage, type Thread } from './thread';

/**
 * Everything the agent panel knows, as plain data, and the one pure function
 * that moves it forward. The socket (agent-client.ts) feeds it frames; the
 * views only read it. No timers, no I/O: every rule here is unit-tested.
 */

export interface DeskNotice {
  code: string;
  message: string;
}

export interface DeskState {
  me: AgentProfile;
  /** The status the agent picked, until the server confirms it with an `agent` frame. */
  requestedStatus: AgentStatus | null;
  connection: StateChange;
  /** A `welcome` came on the current socket: the server accepts our frames. */
  ready: boolean;
  /** Some socket was welcomed before: a new connection attempt is a reconnect. */
  wasReady: boolean;
  /** The agent's conversations: the active ones and the ended ones not yet closed. */
  conversations: Record<string, AgentConversation>;
  threads: Record<string, Thread>;
  /** The conversation on screen (from the URL), known or not. */
  openId: string | null;
  /** The page is visible: lines of the open conversation count as read only then. */
  visible: boolean;
  /** The last thing worth telling the agent that is not tied to one message. */
  notice: DeskNotice | null;
  /** Internal notes per conversation, oldest first. */
  notes: Record<string, Note[]>;
  /** Supervisors: the live floor, pushed every few seconds. */
  floor: Floor | null;
  /** Supervisors: SLA breaches heard on this socket, newest first. */
  breachAlerts: Breach[];
}

/** How many breach alerts the desk keeps. */
export const MAX_BREACH_ALERTS = 20;

export type DeskEvent =
  | { type: 'frame'; frame: AgentServerFrame }
  | { type: 'connection'; change: StateChange }
  | { type: 'select'; conversationId: string | null }
  | { type: 'compose'; id: string; conversationId: string; text: string; at: number }
  | { type: 'retry'; id: string }
  | { type: 'request-status'; status: AgentStatus }
  | { type: 'dismiss'; conversationId: string }
  | { type: 'visibility'; visible: boolean }
  | { type: 'typing-expired'; conversationId: string }
  | { type: 'clear-notice' };

export function initialDeskState(me: AgentProfile): DeskState {
  return {
    me,
    requestedStatus: null,
    connection: { state: 'idle', code: 0, reason: 'not started' },
    ready: false,
    wasReady: false,
    conversations: {},
    threads: {},
    openId: null,
    visible: true,
    notice: null,
    notes: {},
    floor: null,
    breachAlerts: [],
  };
}

export function threadOf(state: DeskState, conversationId: string): Thread {
  return state.threads[conversationId] ?? emptyThread;
}

/** Ended conversations stay listed (read-only) until the agent closes them. */
export function isEnded(conversation: AgentConversation): boolean {
  return conversation.status === 'resolved' || conversation.status === 'missed';
}

export function deskReducer(state: DeskState, event: DeskEvent): DeskState {
  return readOpenThread(reduce(state, event));
}

function reduce(state: DeskState, event: DeskEvent): DeskState {
  switch (event.type) {
    case 'frame':
      return applyFrame(state, event.frame);
    case 'connection':
      // A new socket must be welcomed again before anything is sent on it.
      return { ...state, connection: event.change, ready: event.change.state === 'open' ? state.ready : false };
    case 'select':
      return selectConversation(state, event.conversationId);
    case 'compose':
      return updateThread(state, event.conversationId, (thread) => ({
        ...thread,
        pending: [
          ...thread.pending,
          { id: event.id, conversationId: event.conversationId, text: event.text, createdAt: event.at, state: 'sending', error: null },
        ],
      }));
    case 'retry':
      return mapPending(state, event.id, (p) => ({ ...p, state: 'sending', error: null }));
    case 'request-status':
      return { ...state, requestedStatus: event.status };
    case 'dismiss':
      return dismiss(state, event.conversationId);
    case 'visibility':
      return state.visible === event.visible ? state : { ...state, visible: event.visible };
    case 'typing-expired':
      return updateThread(state, event.conversationId, (t) => (t.playerTyping ? { ...t, playerTyping: false } : t));
    case 'clear-notice':
      return state.notice ? { ...state, notice: null } : state;
  }
}

function applyFrame(state: DeskState, frame: AgentServerFrame): DeskState {
  switch (frame.type) {
    case 'welcome':
      return welcome(state, frame.agent, frame.conversations);
    case 'agent':
      return { ...state, me: frame.agent, requestedStatus: null };
    case 'conversation':
      return upsertConversation(state, frame.conversation);
    case 'history':
      return receiveNotes(receiveHistory(state, frame.conversationId, frame.messages), frame.conversationId, frame.notes ?? []);
    case 'message':
      return receiveMessage(state, frame.message);
    case 'ack':
      return acknowledge(state, frame.id, frame.conversationId, frame.seq, frame.at);
    case 'error':
      return receiveError(state, frame);
    case 'breach':
      return alertBreach(recordBreach(state, frame.breach.conversationId, frame.breach.kind), frame.breach);
    case 'floor':
      return { ...state, floor: frame.floor };
    case 'note':
      return receiveNotes(state, frame.note.conversationId, [frame.note]);
    case 'typing':
      // A name means an agent is typing: that is us, in another tab.
      if (frame.name !== null) return state;
      return updateThread(state, frame.conversationId, (t) => (t.playerTyping === frame.typing ? t : { ...t, playerTyping: frame.typing }));
    case 'read':
      return frame.reader === 'agent'
        ? updateThread(state, frame.conversationId, (t) => (frame.seq > t.readSeq ? { ...t, readSeq: frame.seq } : t))
        : playerRead(state, frame.conversationId, frame.seq);
    case 'pong':
      return state;
  }
}

/**
 * The server's list is the truth after a (re)connect: a conversation missing
 * from it was handed back or transferred while we were away. Ended ones the
 * agent has not closed yet stay.
 */
function welcome(state: DeskState, me: AgentProfile, list: AgentConversation[]): DeskState {
  const conversations: Record<string, AgentConversation> = {};
  for (const c of Object.values(state.conversations)) if (isEnded(c)) conversations[c.id] = c;
  for (const c of list) if (c.agentId === me.id) conversations[c.id] = c;
  let threads = state.threads;
  for (const [id, thread] of Object.entries(state.threads)) {
    const held = conversations[id];
    if (held && !isEnded(held)) continue;
    const failed = failAll(thread, 'Not sent: this conversation is no longer assigned to you.');
    if (failed !== thread) threads = { ...threads, [id]: failed };
  }
  const lost = state.openId !== null && state.conversations[state.openId] !== undefined && !conversations[state.openId];
  return {
    ...state,
    me,
    requestedStatus: null,
    ready: true,
    wasReady: true,
    conversations,
    threads,
    notice: lost ? { code: 'reassigned', message: 'That conversation is no longer assigned to you.' } : state.notice,
  };
}

function upsertConversation(state: DeskState, conversation: AgentConversation): DeskState {
  const known = state.conversations[conversation.id];
  if (conversation.agentId !== state.me.id) {
    if (!known) return state;
    const { [conversation.id]: _gone, ...rest } = state.conversations;
    const failed = updateThread({ ...state, conversations: rest }, conversation.id, (t) =>
      failAll(t, 'Not sent: this conversation is no longer assigned to you.'),
    );
    if (state.openId !== conversation.id) return failed;
    return { ...failed, notice: { code: 'reassigned', message: 'That conversation is no longer assigned to you.' } };
  }
  // An ended conversation we never listed (closed here, or resolved elsewhere before we saw it) is not news.
  if (!known && isEnded(conversation)) return state;
  const next = { ...state, conversations: { ...state.conversations, [conversation.id]: conversation } };
  if (!isEnded(conversation)) return next;
  return updateThread(next, conversation.id, (t) => failAll(t, 'Not sent: the conversation has ended.'));
}

/** Mark the miss at once; the conversation frame that follows carries the same list. */
function recordBreach(state: DeskState, conversationId: string, kind: AgentConversation['breaches'][number]): DeskState {
  const conversation = state.conversations[conversationId];
  if (!conversation || conversation.breaches.includes(kind)) return state;
  const updated = { ...conversation, breaches: [...conversation.breaches, kind] };
  return { ...state, conversations: { ...state.conversations, [conversationId]: updated } };
}

function alertBreach(state: DeskState, breach: Breach): DeskState {
  const same = (b: Breach) => b.conversationId === breach.conversationId && b.kind === breach.kind;
  if (state.breachAlerts.some(same)) return state;
  return { ...state, breachAlerts: [breach, ...state.breachAlerts].slice(0, MAX_BREACH_ALERTS) };
}

/** Notes merge by id (a resent note, or one heard live and again in history, shows once), ordered by time. */
function receiveNotes(state: DeskState, conversationId: string, incoming: Note[]): DeskState {
  const known = state.notes[conversationId] ?? [];
  const fresh = incoming.filter((n) => n.conversationId === conversationId && !known.some((k) => k.id === n.id));
  if (fresh.length === 0) return state;
  const merged = [...known, ...fresh].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  return { ...state, notes: { ...state.notes, [conversationId]: merged } };
}

function playerRead(state: DeskState, conversationId: string, seq: number): DeskState {
  const conversation = state.conversations[conversationId];
  if (!conversation || seq <= conversation.playerReadSeq) return state;
  return { ...state, conversations: { ...state.conversations, [conversationId]: { ...conversation, playerReadSeq: seq } } };
}

function receiveHistory(state: DeskState, conversationId: string, messages: Message[]): DeskState {
  return updateThread(state, conversationId, (thread) => {
    let next = thread;
    let newest = thread.syncedSeq;
    for (const m of messages) {
      if (m.conversationId !== conversationId) continue;
      next = insertMessage(next, m);
      newest = Math.max(newest, m.seq);
    }
    // The answer holds everything after the afterSeq we asked with, so all up to its newest line is held.
    return advanceSynced({ ...next, syncedSeq: newest });
  });
}

function receiveMessage(state: DeskState, message: Message): DeskState {
  return updateThread(state, message.conversationId, (thread) => {
    const next = advanceSynced(insertMessage(thread, message));
    // A line from the player ends their typing.
    return message.author === 'player' && next.playerTyping ? { ...next, playerTyping: false } : next;
  });
}

function acknowledge(state: DeskState, id: string, conversationId: string, seq: number, at: number): DeskState {
  const thread = threadOf(state, conversationId);
  const pending = thread.pending.find((p) => p.id === id);
  if (!pending) return state;
  const stored: Message = { conversationId, seq, id, author: 'agent', authorName: state.me.name, text: pending.text, at };
  return updateThread(state, conversationId, (t) => advanceSynced(insertMessage(t, stored)));
}

/** An error that names one of our pending messages fails that message; any other is a notice. */
function receiveError(state: DeskState, error: WireError): DeskState {
  const notice = { code: error.code, message: error.message };
  if (!error.ref) return { ...state, notice };
  const next = mapPending(state, error.ref, (p) => ({ ...p, state: 'failed', error: error.message }));
  return next === state ? { ...state, notice } : next;
}

function selectConversation(state: DeskState, conversationId: string | null): DeskState {
  const base = { ...state, openId: conversationId, notice: state.notice?.code === 'reassigned' ? null : state.notice };
  if (conversationId === null) return base;
  return updateThread(base, conversationId, (t) => (t.seen ? t : { ...t, seen: true }));
}

/** Whatever is held of the conversation on screen is read, while the page is visible. */
function readOpenThread(state: DeskState): DeskState {
  if (!state.openId || !state.visible) return state;
  const thread = state.threads[state.openId];
  const newest = thread?.messages.at(-1)?.seq ?? 0;
  if (!thread || newest <= thread.readSeq) return state;
  return { ...state, threads: { ...state.threads, [state.openId]: { ...thread, readSeq: newest } } };
}

function dismiss(state: DeskState, conversationId: string): DeskState {
  const conversation = state.conversations[conversationId];
  if (!conversation || !isEnded(conversation)) return state;
  const { [conversationId]: _c, ...conversations } = state.conversations;
  const { [conversationId]: _t, ...threads } = state.threads;
  const { [conversationId]: _n, ...notes } = state.notes;
  return { ...state, conversations, threads, notes, openId: state.openId === conversationId ? null : state.openId };
}

function updateThread(state: DeskState, conversationId: string, update: (thread: Thread) => Thread): DeskState {
  const before = threadOf(state, conversationId);
  const after = update(before);
  if (after === before) return state;
  return { ...state, threads: { ...state.threads, [conversationId]: after } };
}

function mapPending(state: DeskState, id: string, update: (p: PendingMessage) => PendingMessage): DeskState {
  for (const [conversationId, thread] of Object.entries(state.threads)) {
    const index = thread.pending.findIndex((p) => p.id === id);
    if (index < 0) continue;
    const pending = [...thread.pending];
    pending[index] = update(pending[index] as PendingMessage);
    return { ...state, threads: { ...state.threads, [conversationId]: { ...thread, pending } } };
  }
  return state;
}

/**
 * The list as the agent reads it: open chats still waiting for a first answer
 * (longest wait first), then answered ones (oldest assignment first), then
 * ended ones.
 */
export function listedConversations(state: DeskState): AgentConversation[] {
  const rank = (c: AgentConversation) => (isEnded(c) ? 2 : c.firstResponseMs === null ? 0 : 1);
  const since = (c: AgentConversation) =>
    rank(c) === 0 ? (c.queuedAt ?? c.createdAt) : rank(c) === 1 ? (c.assignedAt ?? c.createdAt) : -(c.resolvedAt ?? 0);
  return Object.values(state.conversations).sort((a, b) => rank(a) - rank(b) || since(a) - since(b) || a.id.localeCompare(b.id));
}

/** Player messages the agent has not had on screen, across every listed conversation. */
export function totalUnread(state: DeskState): number {
  let total = 0;
  for (const id of Object.keys(state.conversations)) total += unreadCount(threadOf(state, id));
  return total;
}
