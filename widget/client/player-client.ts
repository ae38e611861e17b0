import { nanoid } from 'nanoid';
import * as v from 'valibot';
import {
  CLOSE_CODES,
  decodeFrame,
  IdentitySchema,
  MAX_MESSAGE_CHARS,
  PLAYER_SOCKET_PATH,
  PlayerServerFrameSchema,
  PROTOCOL_VERSION,
  type AttachmentRef,
  type ErrorCode,
  type ErrorFrame,
  type Identity,
  type Message,
  type PlayerClientFrame,
  type PlayerConversation,
  type PlayerServerFrame,
  type PlayerWelcome,
  type Topic,
} from '../../protocol';
import { Connection, type ConnectionOptions, type StateChange } from './connection';
import { downloadAttachment, uploadAttachment, type AttachOutcome } from './attachments';
import { Outbox, type OutboxItem } from './outbox';
import { PlayerRequests, type PlayerRequest, type RequestsView } from './player-requests';
import { ReadTracker } from './read-tracker';
import { clearSessionToken, loadSessionToken, saveSessionToken } from './session-token';
import { Transcript, type TranscriptLine } from './transcript';
import { TYPING_EXPIRY_MS, TypingSignal } from './typing-signal';

/** What the player should be told about the link, calmly. */
export type LinkStatus = 'connecting' | 'online' | 'reconnecting' | 'unavailable';

export type { Availability, PlayerRequest } from './player-requests';

export interface ChatView extends RequestsView {
  lines: readonly TranscriptLine[];
  conversation: PlayerConversation | null;
  link: LinkStatus;
  /** Somebody on the other side is typing (name null: unnamed); null when nobody is. */
  typing: { name: string | null } | null;
  /** Messages from the other side the player has not seen yet. */
  unread: number;
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
  /** A signed identity from `Pitboss('identify', …)`; checked against the protocol before use. */
  identity?: unknown;
  /** Someone else's message arrived live (replays on resume do not count). */
  onIncoming?: (message: Message) => void;
  /** The conversation was resolved while the page was open. */
  onResolved?: (conversationId: string) => void;
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
 * into one transcript without duplicates, and carries typing and read
 * receipts both ways.
 */
export class PlayerClient {
  private readonly opts: PlayerClientOptions;
  private transcript = new Transcript();
  private readonly outbox: Outbox;
  private readonly connection: Connection<PlayerClientFrame, PlayerServerFrame>;
  private readonly listeners = new Set<(view: ChatView) => void>();
  private readonly newId: () => string;
  private readonly now: () => number;
  private readonly typingSignal: TypingSignal;
  private phase: 'idle' | 'starting' | 'started' | 'shut' = 'idle';
  private restored: Promise<void> | undefined;
  private session: string | null = null;
  private identity: Identity | null = null;
  private playerId: string | null = null;
  private locale: string;
  private link: LinkStatus = 'connecting';
  private welcomed = false;
  private everWelcomed = false;
  private sessionDiscarded = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Set by a transient refusal, until the outbox is empty: one message in
   * flight at a time, the next once the last is stored. Sent together, a
   * later line could pass the rate limit the earlier one hit and be stored
   * before it.
   */
  private oneAtATime = false;
  private typing: { name: string | null } | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The panel is open and the page visible: what arrives is read at once. */
  private visible = false;
  private readonly reads: ReadTracker;
  private readonly requests = new PlayerRequests({
    send: (frame) => this.welcomed && this.connection.send(frame),
    conversation: () => this.transcript.conversation,
  });
  private snapshot: ChatView;

  constructor(options: PlayerClientOptions) {
    this.opts = options;
    this.locale = options.locale;
    this.identity = parseIdentity(options.identity);
    this.newId = options.newId ?? nanoid;
    this.now = options.now ?? Date.now;
    this.outbox = new Outbox(options.site);
    this.reads = new ReadTracker(options.site);
    this.typingSignal = new TypingSignal((typing) => {
      if (this.welcomed) this.connection.send({ type: 'typing', typing });
    }, this.now);
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
      globalThis.addEventListener?.('offline', this.onOffline);
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
    if (this.session !== null || this.outbox.pending.length > 0 || this.identity !== null) this.start();
  }

  /**
   * Returns false when there is nothing to send or it is too long; the composer keeps the text then.
   * `topic` is the pre-chat choice; the server reads it only on the message that opens a conversation.
   */
  send(text: string, topic?: Topic, attachment?: AttachmentRef): boolean {
    const body = text.trim();
    if (!body || body.length > MAX_MESSAGE_CHARS || this.phase === 'shut') return false;
    const item: OutboxItem = { id: this.newId(), text: body, at: this.now(), ...(topic ? { topic } : {}), ...(attachment ? { attachment } : {}) };
    this.transcript.addPending(item.id, item.text, item.at, item.attachment);
    void this.outbox.add(item);
    if (this.welcomed && !this.oneAtATime) this.connection.send(sendFrame(item));
    this.typingSignal.stop();
    this.start();
    this.notify();
    return true;
  }

  /** What the composer holds now: drives the throttled `typing` frames. */
  composing(text: string): void {
    if (this.phase !== 'shut') this.typingSignal.input(text);
  }

  /** The player's answer to the bot's articles: "This solved it" or "Talk to a person". */
  botChoice(choice: 'solved' | 'human'): boolean {
    return this.ask('bot', { type: 'bot', choice });
  }

  /** Nobody can answer soon: mail the answer here. Held until the question is queued (the relay needs a conversation). */
  leaveEmail(email: string): boolean {
    const taken = this.requests.leaveEmail(email);
    this.notify();
    return taken;
  }

  /** Upload a file into the open conversation, then send it as a message (through the outbox, like any other). */
  async attach(file: File): Promise<AttachOutcome> {
    const token = this.requests.token();
    if (!token || !this.makeView().canAttach) return 'failed';
    const outcome = await uploadAttachment(this.opts.url, token.token, file);
    if (typeof outcome === 'object' && !this.send(outcome.name, undefined, outcome)) return 'failed';
    return outcome;
  }

  /** A file of this conversation, as a Blob to show or save (null: not now, or not ours). */
  async loadAttachment(id: string): Promise<Blob | null> {
    await this.restore();
    return this.session ? downloadAttachment(this.opts.url, this.session, id) : null;
  }

  /** Rate the agent's help, 1 to 5, with an optional comment. */
  rate(rating: number, comment: string): boolean {
    const text = comment.trim();
    return this.ask('csat', { type: 'csat', rating, ...(text ? { comment: text } : {}) });
  }

  mailTranscript(email: string): boolean {
    return this.ask('transcript', { type: 'transcript', email });
  }

  /** The panel is open and the page is visible (or not): new messages count as read only then. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (this.markRead()) this.notify();
  }

  /** Used by the next hello; a conversation keeps the locale it was created with. */
  setLocale(locale: string): void {
    this.locale = locale;
  }

  /** A signed identity from the casino backend; reconnects as that player if the socket is up. */
  identify(value: unknown): void {
    const identity = parseIdentity(value);
    if (!identity || (identity.playerId === this.identity?.playerId && identity.signature === this.identity.signature)) return;
    this.identity = identity;
    if (this.phase === 'started') this.connection.reconnectNow('identity changed');
    else this.start();
  }

  shutdown(): void {
    if (this.phase === 'shut') return;
    this.phase = 'shut';
    clearTimeout(this.retryTimer);
    clearTimeout(this.typingTimer);
    this.typingSignal.reset();
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
    this.connection.stop('shutdown');
    this.listeners.clear();
  }

  private restore(): Promise<void> {
    this.restored ??= Promise.all([loadSessionToken(this.opts.site), this.outbox.load(), this.reads.restore()]).then(
      ([session, unsent]) => {
        this.session ??= session;
        for (const item of unsent) this.transcript.addPending(item.id, item.text, item.at, item.attachment);
        if (unsent.length > 0) this.notify();
      },
    );
    return this.restored;
  }

  private hello(): PlayerClientFrame {
    return {
      type: 'hello',
      v: PROTOCOL_VERSION,
      site: this.opts.site,
      session: this.session,
      locale: this.locale,
      lastSeq: this.transcript.lastSeq(),
      // Sequence numbers restart in every conversation: the server replays from 0 when this is not its latest.
      conversationId: this.transcript.conversationId,
      ...(this.identity ? { identity: this.identity } : {}),
    };
  }

  private onFrame(frame: PlayerServerFrame): void {
    if (this.requests.receive(frame)) return this.notify();
    switch (frame.type) {
      case 'welcome':
        this.onWelcome(frame);
        break;
      case 'ack':
        this.transcript.ack(frame);
        void this.outbox.remove(frame.id);
        if (this.oneAtATime && this.retryTimer === undefined) this.flushOutbox();
        break;
      case 'message': {
        const isNew = this.transcript.receive(frame.message);
        // Our own line typed in another tab, or one whose ack got lost: it is stored, stop resending it.
        if (this.outbox.has(frame.message.id)) void this.outbox.remove(frame.message.id);
        if (isNew && frame.message.author !== 'player') {
          this.setTyping(null);
          this.opts.onIncoming?.(frame.message);
        }
        break;
      }
      case 'conversation': {
        const before = this.transcript.conversation;
        this.transcript.updateConversation(frame.conversation);
        const now = frame.conversation;
        if (now.status === 'resolved' && before?.id === now.id && before.status !== 'resolved') this.opts.onResolved?.(now.id);
        this.requests.conversationChanged();
        break;
      }
      case 'typing':
        if (frame.conversationId === this.transcript.conversationId) this.setTyping(frame.typing ? { name: frame.name } : null);
        break;
      case 'read':
        if (frame.reader === 'agent') this.transcript.agentRead(frame.conversationId, frame.seq);
        // Read in another tab of this player (or our own echo): this tab's badge clears too.
        else this.reads.readElsewhere(frame.conversationId, frame.seq);
        break;
      case 'error':
        this.onRefusal(frame);
        break;
      case 'pong':
        return;
    }
    this.markRead();
    this.notify();
  }

  private onWelcome(welcome: PlayerWelcome): void {
    if (this.playerId !== null && welcome.playerId !== this.playerId) {
      // Someone else now (identify after an anonymous chat): their conversation, not the previous one's.
      this.transcript = new Transcript();
      for (const item of this.outbox.pending) this.transcript.addPending(item.id, item.text, item.at, item.attachment);
      this.reads.reset();
    }
    this.playerId = welcome.playerId;
    if (welcome.session !== this.session) {
      this.session = welcome.session;
      void saveSessionToken(this.opts.site, welcome.session);
    }
    if (welcome.conversation) this.transcript.updateConversation(welcome.conversation);
    for (const message of welcome.messages) this.transcript.receive(message);

    this.reads.welcome(welcome.conversation, !this.everWelcomed);

    this.sessionDiscarded = false;
    for (const item of this.outbox.pending) {
      if (this.transcript.isStored(item.id)) void this.outbox.remove(item.id);
    }
    this.welcomed = true;
    this.everWelcomed = true;
    this.link = 'online';
    this.flushOutbox();
    this.sendRead();
    this.requests.welcomed();
  }

  private onRefusal(error: ErrorFrame): void {
    if (!error.ref) this.requests.refused();
    const ref = error.ref;
    if (!ref || !this.outbox.has(ref)) return;
    if (PERMANENT_REFUSALS.includes(error.code)) {
      this.transcript.fail(ref);
      void this.outbox.remove(ref);
      return;
    }
    this.oneAtATime = true;
    this.retryTimer ??= setTimeout(() => {
      this.retryTimer = undefined;
      this.flushOutbox();
    }, this.opts.retryDelayMs ?? 5_000);
  }

  /** Everything unacknowledged, in the order typed (only the first while `oneAtATime`); the server acks a repeated id again and stores it once. */
  private flushOutbox(): void {
    if (!this.welcomed) return;
    if (this.outbox.pending.length === 0) this.oneAtATime = false;
    for (const item of this.oneAtATime ? this.outbox.pending.slice(0, 1) : this.outbox.pending) {
      if (!this.connection.send(sendFrame(item))) return;
    }
  }

  /** While visible, everything shown is read. Returns whether the unread count changed. */
  private markRead(): boolean {
    const current = this.transcript.conversationId;
    if (!this.visible || current === null || this.transcript.othersAfter(this.reads.seqOf(current)) === 0) return false;
    this.reads.readUpTo(current, this.transcript.lastSeq());
    this.sendRead();
    return true;
  }

  private sendRead(): void {
    const current = this.transcript.conversationId;
    const seq = this.reads.untold(current);
    if (!this.welcomed || current === null || seq === null) return;
    if (this.connection.send({ type: 'read', seq })) this.reads.sent(current, seq);
  }

  private setTyping(typing: { name: string | null } | null): void {
    clearTimeout(this.typingTimer);
    this.typing = typing;
    // The other side may vanish without saying "stopped": expire it.
    if (typing) {
      this.typingTimer = setTimeout(() => {
        this.typing = null;
        this.notify();
      }, TYPING_EXPIRY_MS);
    }
  }

  private ask(kind: PlayerRequest, frame: PlayerClientFrame): boolean {
    const sent = this.requests.ask(kind, frame);
    this.notify();
    return sent;
  }

  private onState(change: StateChange): void {
    if (change.state !== 'open') {
      this.requests.dropped();
      this.welcomed = false;
      this.typingSignal.reset();
      this.setTyping(null);
    }
    switch (change.state) {
      case 'connecting':
        this.link = this.everWelcomed ? 'reconnecting' : 'connecting';
        break;
      case 'reconnecting':
        this.link = 'reconnecting';
        break;
      case 'closed':
        if (this.phase === 'shut') return;
        if (change.code === CLOSE_CODES.unauthorized && this.retryWithout()) return;
        this.link = 'unavailable';
        break;
      case 'open':
        return; // online only once welcomed
    }
    this.notify();
  }

  /**
   * The server refused who we said we are. A refused signature is the casino's
   * bug: say so to its developers and chat anonymously. A stale session token
   * (expired, or the server's data was reset): start a fresh one. Each once.
   */
  private retryWithout(): boolean {
    if (this.identity) {
      console.warn('Pitboss: the relay refused the identity passed to identify(); check the signature and issuedAt. Continuing anonymously.');
      this.identity = null;
    } else if (this.session !== null && !this.sessionDiscarded) {
      this.sessionDiscarded = true;
      this.session = null;
      void clearSessionToken(this.opts.site);
    } else {
      return false;
    }
    queueMicrotask(() => {
      if (this.phase === 'started') this.connection.start();
    });
    return true;
  }

  private readonly onOnline = (): void => {
    if (this.connection.state === 'reconnecting') this.connection.reconnectNow('browser online');
  };

  private readonly onOffline = (): void => {
    this.connection.interrupt('browser offline');
  };

  private makeView(): ChatView {
    const current = this.transcript.conversationId;
    return {
      lines: this.transcript.lines,
      conversation: this.transcript.conversation,
      link: this.link,
      typing: this.typing,
      unread: this.transcript.othersAfter(this.reads.seqOf(current)),
      ...this.requests.view(this.now()),
    };
  }

  private notify(): void {
    const next = this.makeView();
    const prev = this.snapshot;
    if ((Object.keys(next) as (keyof ChatView)[]).every((key) => next[key] === prev[key])) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener(next);
  }
}

function sendFrame(item: OutboxItem): PlayerClientFrame {
  return { type: 'send', id: item.id, text: item.text, ...(item.topic ? { topic: item.topic } : {}), ...(item.attachment ? { attachmentId: item.attachment.id } : {}) };
}

/** Only what the protocol accepts goes into the hello; anything else would get the whole hello refused. */
function parseIdentity(value: unknown): Identity | null {
  if (value === undefined || value === null) return null;
  const parsed = v.safeParse(IdentitySchema, value);
  if (parsed.success) return parsed.output;
  console.warn('Pitboss: identify() needs { playerId, issuedAt, signature } as signed by your backend; ignored.', parsed.issues[0]?.message);
  return null;
}
