import {
  AGENT_SOCKET_PATH,
  AgentServerFrameSchema,
  CLOSE_CODES,
  PROTOCOL_VERSION,
  decodeFrame,
  type AgentClientFrame,
  type AgentProfile,
  type AgentServerFrame,
  type AgentStatus,
  type Topic,
} from '../../protocol';
import { Connection, type StateChange } from '../../widget/client/connection';
import { deskReducer, initialDeskState, isEnded, threadOf, type DeskEvent, type DeskState } from './desk-state';

/** Why the desk gave up: the session is gone or this page is too old. The app goes back to sign-in. */
export type SessionEnd = { code: number; reason: string };

export interface AgentDeskOptions {
  agent: AgentProfile;
  url?: string;
  onSessionEnd?: (end: SessionEnd) => void;
  newId: () => string;
  now?: () => number;
  WebSocketImpl?: typeof WebSocket;
  /** Where to hear `online` (the browser got its network back); omit in tests. */
  network?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Where to hear `visibilitychange`: lines count as read only while the page is visible. */
  page?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'hidden'>;
}

/** A `typing: true` from the player that is not renewed within this long has been lost. */
export const PLAYER_TYPING_TTL_MS = 8_000;
/** We renew our own `typing: true` at most this often (the protocol asks for "every few seconds")... */
export const TYPING_RENEW_MS = 3_000;
/** ...and say `typing: false` after this long without a keystroke. */
export const TYPING_IDLE_MS = 5_000;

/** Close codes after which retrying cannot help and the agent must sign in again. */
const SESSION_OVER: readonly number[] = [CLOSE_CODES.unauthorized, CLOSE_CODES.forbidden, CLOSE_CODES.replaced];

export function agentSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${AGENT_SOCKET_PATH}`;
}

/**
 * The agent's live desk: one Connection to /v1/agent, the DeskState it feeds,
 * and the commands the views call. It owns the resume rules: after every
 * `welcome` it re-opens the conversation on screen from the last seq held and
 * resends every reply not yet acknowledged (the server dedupes by id).
 */
export class AgentDesk {
  private state: DeskState;
  private readonly listeners = new Set<() => void>();
  private readonly connection: Connection<AgentClientFrame, AgentServerFrame>;
  private readonly now: () => number;
  /** The browser got its network back: retry now rather than at the end of a long backoff. */
  private readonly onOnline = () => {
    if (this.connection.state !== 'open') this.connection.reconnectNow('network back online');
  };
  private readonly onVisibility = () => this.dispatch({ type: 'visibility', visible: !this.options.page?.hidden });
  /** The read position last told to the server, per conversation. */
  private readonly toldRead = new Map<string, number>();
  private readonly playerTypingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private typing: { conversationId: string; sentAt: number; idle: ReturnType<typeof setTimeout> } | null = null;

  constructor(private readonly options: AgentDeskOptions) {
    this.state = initialDeskState(options.agent);
    this.now = options.now ?? Date.now;
    this.connection = new Connection<AgentClientFrame, AgentServerFrame>({
      url: options.url ?? agentSocketUrl(location),
      hello: () => ({ type: 'hello', v: PROTOCOL_VERSION }),
      ping: () => ({ type: 'ping' }),
      decode: (raw) => {
        const decoded = decodeFrame(AgentServerFrameSchema, raw);
        if (decoded.ok) return decoded.value;
        console.warn('pitboss: dropped a server frame', decoded.error.message);
        return null;
      },
      onFrame: (frame) => this.receive(frame),
      onState: (change) => this.connectionChanged(change),
      ...(options.WebSocketImpl ? { WebSocketImpl: options.WebSocketImpl } : {}),
    });
  }

  getState(): DeskState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.options.network?.addEventListener('online', this.onOnline);
    this.options.page?.addEventListener('visibilitychange', this.onVisibility);
    this.onVisibility();
    this.connection.start();
  }

  stop(): void {
    this.options.network?.removeEventListener('online', this.onOnline);
    this.options.page?.removeEventListener('visibilitychange', this.onVisibility);
    for (const timer of this.playerTypingTimers.values()) clearTimeout(timer);
    this.playerTypingTimers.clear();
    if (this.typing) clearTimeout(this.typing.idle);
    this.typing = null;
    this.connection.stop('signed out');
    this.listeners.clear();
  }

  /** Put a conversation on screen (null: none) and fetch what it misses. */
  select(conversationId: string | null): void {
    if (conversationId === this.state.openId) return;
    this.dispatch({ type: 'select', conversationId });
    if (conversationId) this.requestHistory(conversationId);
  }

  /** Queue a reply; it is shown at once as pending. Returns its id, or null for blank text. */
  reply(conversationId: string, text: string): string | null {
    const trimmed = text.trim();
    if (!trimmed) return null;
    const id = this.options.newId();
    this.stopTyping();
    this.dispatch({ type: 'compose', id, conversationId, text: trimmed, at: this.now() });
    this.flushOutbox([id]);
    return id;
  }

  retry(id: string): void {
    this.dispatch({ type: 'retry', id });
    this.flushOutbox([id]);
  }

  resolve(conversationId: string): boolean {
    return this.sendWhenReady({ type: 'resolve', conversationId });
  }

  setStatus(status: AgentStatus): boolean {
    if (!this.sendWhenReady({ type: 'status', status })) return false;
    this.dispatch({ type: 'request-status', status });
    return true;
  }

  /**
   * The agent typed in a conversation's reply box (`active`: the box is not
   * empty). Tells the player, without a frame per keystroke.
   */
  noteTyping(conversationId: string, active: boolean): void {
    if (!active || (this.typing && this.typing.conversationId !== conversationId)) this.stopTyping();
    if (!active) return;
    const now = this.now();
    if (this.typing && now - this.typing.sentAt < TYPING_RENEW_MS) {
      clearTimeout(this.typing.idle);
      this.typing.idle = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
      return;
    }
    if (this.typing) clearTimeout(this.typing.idle);
    if (!this.sendWhenReady({ type: 'typing', conversationId, typing: true })) return;
    this.typing = { conversationId, sentAt: now, idle: setTimeout(() => this.stopTyping(), TYPING_IDLE_MS) };
  }

  /** Waiting on the player (a document, a reference): pauses the resolution clock. */
  setWaiting(conversationId: string, waiting: boolean): boolean {
    return this.sendWhenReady({ type: 'waiting', conversationId, waiting });
  }

  /** A complex case is measured against the escalation target instead. */
  setComplex(conversationId: string, complex: boolean): boolean {
    return this.sendWhenReady({ type: 'complex', conversationId, complex });
  }

  escalate(conversationId: string, note: string): boolean {
    return this.sendWhenReady({ type: 'escalate', conversationId, note: note.trim() });
  }

  /** Hand the chat back to a topic's queue; the note travels with it, never to the player. */
  transfer(conversationId: string, topic: Topic, note: string): boolean {
    return this.sendWhenReady({ type: 'transfer', conversationId, to: { kind: 'topic', topic }, note: note.trim() });
  }

  /** Hand the chat to a named colleague (from GET /api/transfer-candidates); it waits in the queue for them alone. */
  transferToAgent(conversationId: string, agentId: string, note: string): boolean {
    return this.sendWhenReady({ type: 'transfer', conversationId, to: { kind: 'agent', agentId }, note: note.trim() });
  }

  /** An internal note on the conversation: shown to the agents holding or supervising it, never to the player. */
  addNote(conversationId: string, text: string): boolean {
    const trimmed = text.trim();
    if (!trimmed) return false;
    return this.sendWhenReady({ type: 'note', id: this.options.newId(), conversationId, text: trimmed });
  }

  /** Close an ended conversation: it leaves the list. */
  dismiss(conversationId: string): void {
    this.dispatch({ type: 'dismiss', conversationId });
  }

  clearNotice(): void {
    this.dispatch({ type: 'clear-notice' });
  }

  private stopTyping(): void {
    if (!this.typing) return;
    clearTimeout(this.typing.idle);
    this.sendWhenReady({ type: 'typing', conversationId: this.typing.conversationId, typing: false });
    this.typing = null;
  }

  private receive(frame: AgentServerFrame): void {
    const knewOpen = this.state.openId !== null && this.state.openId in this.state.conversations;
    if (frame.type === 'read' && frame.reader === 'agent') this.noteToldRead(frame.conversationId, frame.seq);
    if (frame.type === 'typing' && frame.name === null) this.expirePlayerTyping(frame.conversationId, frame.typing);
    this.dispatch({ type: 'frame', frame });
    if (frame.type === 'welcome') {
      this.resume();
    } else if (frame.type === 'conversation' && frame.conversation.id === this.state.openId && !knewOpen) {
      // The URL named it before the assignment reached us.
      this.requestHistory(frame.conversation.id);
    }
  }

  private expirePlayerTyping(conversationId: string, typing: boolean): void {
    clearTimeout(this.playerTypingTimers.get(conversationId));
    this.playerTypingTimers.delete(conversationId);
    if (!typing) return;
    const timer = setTimeout(() => {
      this.playerTypingTimers.delete(conversationId);
      this.dispatch({ type: 'typing-expired', conversationId });
    }, PLAYER_TYPING_TTL_MS);
    this.playerTypingTimers.set(conversationId, timer);
  }

  private noteToldRead(conversationId: string, seq: number): void {
    this.toldRead.set(conversationId, Math.max(seq, this.toldRead.get(conversationId) ?? 0));
  }

  /** Tell the server how far the agent has read the conversation on screen, when that moved. */
  private reportRead(): void {
    const id = this.state.openId;
    if (!id || !this.state.ready || !(id in this.state.conversations)) return;
    const seq = threadOf(this.state, id).readSeq;
    if (seq <= (this.toldRead.get(id) ?? 0)) return;
    if (this.connection.send({ type: 'read', conversationId: id, seq })) this.noteToldRead(id, seq);
  }

  private resume(): void {
    if (this.state.openId) this.requestHistory(this.state.openId);
    this.flushOutbox();
  }

  private requestHistory(conversationId: string): void {
    const conversation = this.state.conversations[conversationId];
    if (!conversation) return;
    const afterSeq = threadOf(this.state, conversationId).syncedSeq;
    if (isEnded(conversation) && afterSeq >= conversation.lastSeq) return;
    this.sendWhenReady({ type: 'open', conversationId, afterSeq });
  }

  /** Send every pending reply still marked `sending` (or only `ids`), oldest first. */
  private flushOutbox(ids?: string[]): void {
    if (!this.state.ready) return;
    const outbox = Object.values(this.state.threads)
      .flatMap((t) => t.pending)
      .filter((p) => p.state === 'sending' && (!ids || ids.includes(p.id)))
      .sort((a, b) => a.createdAt - b.createdAt);
    for (const p of outbox) {
      if (!this.connection.send({ type: 'send', id: p.id, conversationId: p.conversationId, text: p.text })) return;
    }
  }

  private sendWhenReady(frame: AgentClientFrame): boolean {
    return this.state.ready && this.connection.send(frame);
  }

  private connectionChanged(change: StateChange): void {
    this.dispatch({ type: 'connection', change });
    if (change.state === 'closed' && SESSION_OVER.includes(change.code)) this.options.onSessionEnd?.(change);
  }

  private dispatch(event: DeskEvent): void {
    const next = deskReducer(this.state, event);
    if (next === this.state) return;
    this.state = next;
    this.reportRead();
    for (const listener of this.listeners) listener();
  }
}
