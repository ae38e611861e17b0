import { nanoid } from 'nanoid';
import {
  CLOSE_CODES,
  decodeFrame,
  MAX_MESSAGE_CHARS,
  PLAYER_SOCKET_PATH,
  PlayerServerFrameSchema,
  PROTOCOL_VERSION,
  type ErrorCode,
  type ErrorFrame,
  type Message,
  type PlayerClientFrame,
  type PlayerConversation,
  type PlayerServerFrame,
  type PlayerWelcome,
} from '../../protocol';
import { Connection, type ConnectionOptions, type StateChange } from './connection';
import { Outbox } from './outbox';
import { clearSessionToken, loadSessionToken, saveSessionToken } from './session-token';
import { Transcript, type TranscriptLine } from './transcript';

/** What the player should be told about the link, calmly. */
export type LinkStatus = 'connecting' | 'online' | 'reconnecting' | 'unavailable';

export interface ChatView {
  lines: readonly TranscriptLine[];
  conversation: PlayerConversation | null;
  link: LinkStatus;
}

type Tunables = Pick<
  ConnectionOptions<PlayerClientFrame, PlayerServerFrame>,
  'backoffBaseMs' | 'backoffCapMs' | 'connectTimeoutMs' | 'minUptimeMs' | 'heartbeatIntervalMs' | 'heartbeatTimeoutMs'
>;

export interface PlayerClientOptions {
  site: string;
  /** ws(s)://host/v1/player, see playerSocketUrl. */
  url: string;
  locale: string;
  /** Someone else's message arrived live (replays on resume do not count). */
  onIncoming?: (message: Message) => void;
  WebSocketImpl?: typeof WebSocket;
  connection?: Tunables;
  newId?: () => string;
  now?: () => number;
  /** How long to wait before resending after a transient refusal (rate_limited, internal). */
  retryDelayMs?: number;
}

/** Refusals that resending the same message cannot fix: show it as not sent and stop trying. */
const PERMANENT_REFUSALS: readonly ErrorCode[] = ['too_large', 'bad_frame', 'forbidden', 'not_found', 'conflict'];

export function playerSocketUrl(origin: string): string {
  const url = new URL(PLAYER_SOCKET_PATH, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * The player's side of one chat: resumes the stored session, replays the
 * outbox in order after every welcome, merges acks, live frames and replays
 * into one transcript without duplicates.
 */
export class PlayerClient {
  private readonly opts: PlayerClientOptions;
  private readonly transcript = new Transcript();
  private readonly outbox: Outbox;
  private readonly connection: Connection<PlayerClientFrame, PlayerServerFrame>;
  private readonly listeners = new Set<(view: ChatView) => void>();
  private readonly newId: () => string;
  private readonly now: () => number;
  private phase: 'idle' | 'starting' | 'started' | 'shut' = 'idle';
  private restored: Promise<void> | undefined;
  private session: string | null = null;
  private locale: string;
  private link: LinkStatus = 'connecting';
  private welcomed = false;
  private everWelcomed = false;
  /** Set when the server's replay started from the wrong conversation: the next hello asks for everything. */
  private resyncing = false;
  private sessionDiscarded = false;
  private askedFor: { conversationId: string | null; lastSeq: number } = { conversationId: null, lastSeq: 0 };
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private snapshot: ChatView;

  constructor(options: PlayerClientOptions) {
    this.opts = options;
    this.locale = options.locale;
    this.newId = options.newId ?? nanoid;
    this.now = options.now ?? Date.now;
    this.outbox = new Outbox(options.site);
    this.connection = new Connection<PlayerClientFrame, PlayerServerFrame>({
      ...options.connection,
      ...(options.WebSocketImpl ? { WebSocketImpl: options.WebSocketImpl } : {}),
      url: options.url,
      hello: () => this.hello(),
      decode: (raw) => {
        const decoded = decodeFrame(PlayerServerFrameSchema, raw);
        return decoded.ok ? decoded.value : null;
      },
      onFrame: (frame) => this.onFrame(frame),
      onState: (change) => this.onState(change),
      ping: () => ({ type: 'ping' }),
    });
    this.snapshot = this.makeView();
  }

  get view(): ChatView {
    return this.snapshot;
  }

  subscribe(listener: (view: ChatView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connect now (the player opened the chat or sent something). Idempotent. */
  start(): void {
    if (this.phase !== 'idle') return;
    this.phase = 'starting';
    void this.restore().then(() => {
      if (this.phase !== 'starting') return;
      this.phase = 'started';
      globalThis.addEventListener?.('online', this.onOnline);
      this.connection.start();
    });
  }

  /**
   * Connect only if this device is already in a conversation (a session token
   * or unsent messages are stored), so a reload keeps receiving the agent's
   * replies while the panel is closed, and a casual visitor opens no socket.
   */
  async resumeIfKnown(): Promise<void> {
    await this.restore();
    if (this.session !== null || this.outbox.pending.length > 0) this.start();
  }

  /** Returns false when there is nothing to send or it is too long; the composer keeps the text then. */
  send(text: string): boolean {
    const body = text.trim();
    if (!body || body.length > MAX_MESSAGE_CHARS || this.phase === 'shut') return false;
    const item = { id: this.newId(), text: body, at: this.now() };
    this.transcript.addPending(item.id, item.text, item.at);
    void this.outbox.add(item);
    if (this.welcomed) this.connection.send({ type: 'send', id: item.id, text: item.text });
    this.start();
    this.notify();
    return true;
  }

  /** Used by the next hello; a conversation keeps the locale it was created with. */
  setLocale(locale: string): void {
    this.locale = locale;
  }

  shutdown(): void {
    if (this.phase === 'shut') return;
    this.phase = 'shut';
    clearTimeout(this.retryTimer);
    globalThis.removeEventListener?.('online', this.onOnline);
    this.connection.stop('shutdown');
    this.listeners.clear();
  }

  private restore(): Promise<void> {
    this.restored ??= Promise.all([loadSessionToken(this.opts.site), this.outbox.load()]).then(([session, unsent]) => {
      this.session ??= session;
      for (const item of unsent) this.transcript.addPending(item.id, item.text, item.at);
      if (unsent.length > 0) this.notify();
    });
    return this.restored;
  }

  private hello(): PlayerClientFrame {
    const lastSeq = this.resyncing ? 0 : this.transcript.lastSeq();
    this.askedFor = { conversationId: this.transcript.conversationId, lastSeq };
    return { type: 'hello', v: PROTOCOL_VERSION, site: this.opts.site, session: this.session, locale: this.locale, lastSeq };
  }

  private onFrame(frame: PlayerServerFrame): void {
    switch (frame.type) {
      case 'welcome':
        this.onWelcome(frame);
        break;
      case 'ack':
        this.transcript.ack(frame);
        void this.outbox.remove(frame.id);
        break;
      case 'message': {
        const isNew = this.transcript.receive(frame.message);
        // Our own line typed in another tab, or one whose ack got lost: it is stored, stop resending it.
        if (this.outbox.has(frame.message.id)) void this.outbox.remove(frame.message.id);
        if (isNew && frame.message.author !== 'player') this.opts.onIncoming?.(frame.message);
        break;
      }
      case 'conversation':
        this.transcript.updateConversation(frame.conversation);
        break;
      case 'error':
        this.onRefusal(frame);
        break;
      case 'pong':
        return;
    }
    this.notify();
  }

  private onWelcome(welcome: PlayerWelcome): void {
    if (welcome.session !== this.session) {
      this.session = welcome.session;
      void saveSessionToken(this.opts.site, welcome.session);
    }
    if (welcome.conversation) this.transcript.updateConversation(welcome.conversation);
    for (const message of welcome.messages) this.transcript.receive(message);

    // Our lastSeq counted in an older conversation than the server's current one
    // (another tab started a new chat while we were away): its replay started
    // from the wrong place. Ask again from the beginning, once.
    const asked = this.askedFor;
    if (!this.resyncing && asked.lastSeq > 0 && welcome.conversation && welcome.conversation.id !== asked.conversationId) {
      this.resyncing = true;
      this.connection.reconnectNow('resync from the start');
      return;
    }
    this.resyncing = false;
    this.sessionDiscarded = false;

    for (const item of this.outbox.pending) {
      if (this.transcript.isStored(item.id)) void this.outbox.remove(item.id);
    }
    this.welcomed = true;
    this.everWelcomed = true;
    this.link = 'online';
    this.flushOutbox();
  }

  private onRefusal(error: ErrorFrame): void {
    const ref = error.ref;
    if (!ref || !this.outbox.has(ref)) return;
    if (PERMANENT_REFUSALS.includes(error.code)) {
      this.transcript.fail(ref);
      void this.outbox.remove(ref);
      return;
    }
    this.retryTimer ??= setTimeout(() => {
      this.retryTimer = undefined;
      this.flushOutbox();
    }, this.opts.retryDelayMs ?? 5_000);
  }

  /** Everything unacknowledged, in the order typed; the server acks a repeated id again and stores it once. */
  private flushOutbox(): void {
    if (!this.welcomed) return;
    for (const item of this.outbox.pending) {
      if (!this.connection.send({ type: 'send', id: item.id, text: item.text })) return;
    }
  }

  private onState(change: StateChange): void {
    if (change.state !== 'open') this.welcomed = false;
    switch (change.state) {
      case 'connecting':
        this.link = this.everWelcomed ? 'reconnecting' : 'connecting';
        break;
      case 'reconnecting':
        this.link = 'reconnecting';
        break;
      case 'closed':
        if (this.phase === 'shut') return;
        if (change.code === CLOSE_CODES.unauthorized && this.session !== null && !this.sessionDiscarded) {
          // The stored session is no longer valid (expired, or the server's data was reset): start a fresh one, once.
          this.sessionDiscarded = true;
          this.session = null;
          void clearSessionToken(this.opts.site);
          queueMicrotask(() => {
            if (this.phase === 'started') this.connection.start();
          });
          return;
        }
        this.link = 'unavailable';
        break;
      case 'open':
        return; // online only once welcomed
    }
    this.notify();
  }

  private readonly onOnline = (): void => {
    if (this.connection.state === 'reconnecting') this.connection.reconnectNow('browser online');
  };

  private makeView(): ChatView {
    return { lines: this.transcript.lines, conversation: this.transcript.conversation, link: this.link };
  }

  private notify(): void {
    const next = this.makeView();
    const prev = this.snapshot;
    if (next.lines === prev.lines && next.conversation === prev.conversation && next.link === prev.link) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener(next);
  }
}
