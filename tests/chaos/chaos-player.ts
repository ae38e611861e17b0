import { nanoid } from 'nanoid';
import { decodeFrame, PLAYER_SOCKET_PATH, PlayerServerFrameSchema, PROTOCOL_VERSION, type Message, type PlayerServerFrame } from '../../protocol';
import type { DeliveryLog } from './ledger';
import { Link } from './link';

/** Refusals that a later resend can fix; anything else means the message will never be stored. */
const TRANSIENT = new Set(['rate_limited', 'internal']);
const RESEND_AFTER_REFUSAL_MS = 300;

/**
 * A player as the widget behaves on the wire: hello with its session, the
 * highest seq it saw and that seq's conversation; every message gets a client
 * id and waits in an outbox, sent again in order after each welcome until
 * acked; what arrives is shown once per (conversation, seq).
 */
export class ChaosPlayer {
  readonly key: string;
  private readonly link: Link;
  private session: string | null = null;
  private conversationId: string | null = null;
  private readonly seen = new Set<number>();
  private lastSeq = 0;
  private outbox: { id: string; text: string }[] = [];
  private welcomed = false;
  private resendTimer: NodeJS.Timeout | undefined;
  refusals = 0;
  typed = 0;

  constructor(
    private readonly options: { baseUrl: string; site: string; name: string; localAddress: string; log: DeliveryLog },
  ) {
    this.key = `player:${options.name}`;
    this.link = new Link({
      url: options.baseUrl.replace(/^http/, 'ws') + PLAYER_SOCKET_PATH,
      localAddress: options.localAddress,
      // A widget on a page the site allows; "self" in the chaos site.
      headers: async () => ({ origin: options.baseUrl }),
      onOpen: () => this.hello(),
      onFrame: (raw) => this.onFrame(raw),
      onDown: () => {
        this.welcomed = false;
      },
    });
  }

  get ready(): boolean {
    return this.welcomed;
  }

  get pending(): number {
    return this.outbox.length;
  }

  get drops(): number {
    return this.link.drops;
  }

  start(): void {
    this.link.start();
  }

  stop(): void {
    clearTimeout(this.resendTimer);
    this.link.stop();
  }

  drop(afterSend: boolean): boolean {
    return afterSend ? this.link.dropAfterSend() : this.link.drop();
  }

  say(text: string): void {
    const item = { id: nanoid(), text };
    this.typed += 1;
    this.options.log.sent(this.key, item.id);
    this.outbox.push(item);
    if (this.welcomed) this.link.send({ type: 'send', id: item.id, text: item.text });
  }

  private hello(): void {
    this.link.send({
      type: 'hello',
      v: PROTOCOL_VERSION,
      site: this.options.site,
      session: this.session,
      locale: 'en',
      lastSeq: this.lastSeq,
      conversationId: this.conversationId,
    });
  }

  private onFrame(raw: string): void {
    const decoded = decodeFrame(PlayerServerFrameSchema, raw);
    if (!decoded.ok) throw new Error(`relay sent a frame the widget cannot read: ${raw.slice(0, 200)}`);
    const frame: PlayerServerFrame = decoded.value;
    switch (frame.type) {
      case 'welcome':
        this.session = frame.session;
        if (frame.conversation) this.conversationId = frame.conversation.id;
        for (const message of frame.messages) this.receive(message);
        this.welcomed = true;
        this.link.stable();
        this.flush();
        return;
      case 'ack':
        this.conversationId = frame.conversationId;
        this.markSeen(frame.seq);
        this.outbox = this.outbox.filter((item) => item.id !== frame.id);
        return;
      case 'message':
        this.receive(frame.message);
        return;
      case 'error':
        this.onRefusal(frame.code, frame.ref);
        return;
      default:
        return;
    }
  }

  private receive(message: Message): void {
    if (this.conversationId !== null && message.conversationId !== this.conversationId) return;
    if (this.seen.has(message.seq)) return;
    this.conversationId = message.conversationId;
    this.markSeen(message.seq);
    if (message.author === 'player') {
      // Ours, stored from a socket whose ack never came back: stop resending it.
      this.outbox = this.outbox.filter((item) => item.id !== message.id);
    } else if (message.author === 'agent') {
      this.options.log.received(this.key, message.conversationId, message.seq, message.id);
    }
  }

  /**
   * The resume point is the highest seq seen, as the widget keeps it: the
   * relay registers the socket right after reading the welcome's replay, in
   * the same hello, so live messages come after the replay, never before it.
   */
  private markSeen(seq: number): void {
    this.seen.add(seq);
    if (seq > this.lastSeq) this.lastSeq = seq;
  }

  /** Everything unacked, in the order typed; the relay acks a repeated id again and stores it once. */
  private flush(): void {
    for (const item of this.outbox) if (!this.link.send({ type: 'send', id: item.id, text: item.text })) return;
  }

  private onRefusal(code: string, ref: string | undefined): void {
    this.refusals += 1;
    if (!ref || !this.outbox.some((item) => item.id === ref)) return;
    if (!TRANSIENT.has(code)) {
      // Never stored and never will be: the checker counts it as lost.
      this.outbox = this.outbox.filter((item) => item.id !== ref);
      return;
    }
    this.resendTimer ??= setTimeout(() => {
      this.resendTimer = undefined;
      if (this.welcomed) this.flush();
    }, RESEND_AFTER_REFUSAL_MS);
  }
}
