import { nanoid } from 'nanoid';
import {
  AGENT_SOCKET_PATH,
  AgentServerFrameSchema,
  decodeFrame,
  PROTOCOL_VERSION,
  type AgentClientFrame,
  type AgentConversation,
  type Message,
} from '../../protocol';
import type { DeliveryLog } from './ledger';
import { Link } from './link';

const TRANSIENT = new Set(['rate_limited', 'internal']);
const RESEND_AFTER_REFUSAL_MS = 300;

interface Held {
  seen: Set<number>;
  /**
   * Every seq up to this one is held: where `open` resumes (as the panel's
   * `syncedSeq`). Not the highest seq seen: live messages arrive while a
   * history answer is still on its way, and if the socket dies before it
   * does, resuming after the live one would skip the history for good.
   */
  synced: number;
}

/**
 * An agent as the panel behaves on the wire: signs in once (the session
 * outlives relay restarts), and on every welcome goes online and opens each
 * chat it holds after the last seq it saw there; answers every player message
 * once, through an outbox resent in order until acked. It paces its own
 * frames under the relay's per-socket rate limit, as a real panel would have
 * to with twenty chats at once.
 */
export class ChaosAgent {
  readonly key: string;
  private readonly link: Link;
  private cookie: string | null = null;
  private readonly held = new Map<string, Held>();
  private outbox: { id: string; conversationId: string; text: string }[] = [];
  /** Outbox ids already written on the current socket. */
  private readonly written = new Set<string>();
  private control: AgentClientFrame[] = [];
  private welcomed = false;
  private tokens = 0;
  private tokensAt = 0;
  private pumpTimer: NodeJS.Timeout | undefined;
  private resendTimer: NodeJS.Timeout | undefined;
  refusals = 0;
  /** Chats taken away from this agent mid-run (the floor is set up so that this never happens). */
  handedOff = 0;

  constructor(
    private readonly options: {
      baseUrl: string;
      account: { id: string; email: string };
      password: string;
      localAddress: string;
      log: DeliveryLog;
      ratePerSecond?: number;
      burst?: number;
    },
  ) {
    this.key = `agent:${options.account.id}`;
    this.link = new Link({
      url: options.baseUrl.replace(/^http/, 'ws') + AGENT_SOCKET_PATH,
      localAddress: options.localAddress,
      headers: async () => ({ origin: options.baseUrl, cookie: await this.signIn() }),
      onOpen: () => {
        this.tokens = this.burst;
        this.tokensAt = Date.now();
        this.written.clear();
        this.control = [{ type: 'hello', v: PROTOCOL_VERSION }];
        this.pump();
      },
      onFrame: (raw) => this.onFrame(raw),
      onDown: () => {
        this.welcomed = false;
      },
      onRefused: (status) => {
        if (status === 401) this.cookie = null;
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
    clearTimeout(this.pumpTimer);
    clearTimeout(this.resendTimer);
    this.link.stop();
  }

  drop(afterSend: boolean): boolean {
    return afterSend ? this.link.dropAfterSend() : this.link.drop();
  }

  private get burst(): number {
    return this.options.burst ?? 30;
  }

  private async signIn(): Promise<string> {
    if (this.cookie) return this.cookie;
    const res = await fetch(`${this.options.baseUrl}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pitboss-csrf': '1' },
      body: JSON.stringify({ email: this.options.account.email, password: this.options.password }),
    });
    if (!res.ok) throw new Error(`login ${res.status}`);
    this.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return this.cookie;
  }

  private onFrame(raw: string): void {
    const decoded = decodeFrame(AgentServerFrameSchema, raw);
    if (!decoded.ok) throw new Error(`relay sent a frame the panel cannot read: ${raw.slice(0, 200)}`);
    const frame = decoded.value;
    switch (frame.type) {
      case 'welcome':
        if (frame.agent.status !== 'online') this.control.push({ type: 'status', status: 'online' });
        for (const c of frame.conversations) this.onConversation(c);
        // Chats we held before the drop: catch up on what we missed while away.
        for (const [conversationId, held] of this.held) {
          if (!this.control.some((f) => f.type === 'open' && f.conversationId === conversationId)) {
            this.control.push({ type: 'open', conversationId, afterSeq: held.synced });
          }
        }
        this.welcomed = true;
        this.link.stable();
        this.pump();
        return;
      case 'conversation':
        this.onConversation(frame.conversation);
        this.pump();
        return;
      case 'history':
        for (const message of frame.messages) this.receive(message);
        return;
      case 'message':
        this.receive(frame.message);
        return;
      case 'ack': {
        this.hold(frame.conversationId, frame.seq);
        this.outbox = this.outbox.filter((item) => item.id !== frame.id);
        return;
      }
      case 'error':
        this.onRefusal(frame.code, frame.ref);
        return;
      default:
        return;
    }
  }

  private onConversation(c: AgentConversation): void {
    const mine = c.agentId === this.options.account.id && c.status === 'assigned';
    if (mine && !this.held.has(c.id)) {
      this.held.set(c.id, { seen: new Set(), synced: 0 });
      this.control.push({ type: 'open', conversationId: c.id, afterSeq: 0 });
    } else if (!mine && this.held.has(c.id)) {
      this.handedOff += 1;
      this.held.delete(c.id);
    }
  }

  private receive(message: Message): void {
    if (this.heldOf(message.conversationId).seen.has(message.seq)) return;
    this.hold(message.conversationId, message.seq);
    if (message.author === 'player') {
      this.options.log.received(this.key, message.conversationId, message.seq, message.id);
      this.answer(message.conversationId, `Thanks, I am looking at "${message.text.slice(0, 40)}" now.`);
    } else if (message.author === 'agent') {
      this.outbox = this.outbox.filter((item) => item.id !== message.id);
    }
  }

  private answer(conversationId: string, text: string): void {
    const item = { id: nanoid(), conversationId, text };
    this.options.log.sent(`${this.key}/${conversationId}`, item.id);
    this.outbox.push(item);
    this.pump();
  }

  private heldOf(conversationId: string): Held {
    let held = this.held.get(conversationId);
    if (!held) this.held.set(conversationId, (held = { seen: new Set(), synced: 0 }));
    return held;
  }

  private hold(conversationId: string, seq: number): void {
    const held = this.heldOf(conversationId);
    held.seen.add(seq);
    while (held.seen.has(held.synced + 1)) held.synced += 1;
  }

  /** Control frames first (hello, status, opens: the catch-up must precede new answers), then the outbox in order. */
  private pump(): void {
    if (!this.link.open) return;
    const rate = this.options.ratePerSecond ?? 9;
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.tokensAt) / 1000) * rate);
    this.tokensAt = now;
    for (;;) {
      const next = this.control[0] ?? (this.welcomed ? this.outbox.find((item) => !this.written.has(item.id)) : undefined);
      if (!next) return;
      if (this.tokens < 1) break;
      this.tokens -= 1;
      if ('type' in next) {
        this.control.shift();
        this.link.send(next);
      } else {
        this.written.add(next.id);
        this.link.send({ type: 'send', id: next.id, conversationId: next.conversationId, text: next.text });
      }
    }
    this.pumpTimer ??= setTimeout(() => {
      this.pumpTimer = undefined;
      this.pump();
    }, Math.ceil(((1 - this.tokens) / rate) * 1000));
  }

  private onRefusal(code: string, ref: string | undefined): void {
    this.refusals += 1;
    if (!ref || !this.outbox.some((item) => item.id === ref)) return;
    if (!TRANSIENT.has(code)) {
      this.outbox = this.outbox.filter((item) => item.id !== ref);
      return;
    }
    this.resendTimer ??= setTimeout(() => {
      this.resendTimer = undefined;
      this.written.clear();
      this.pump();
    }, RESEND_AFTER_REFUSAL_MS);
  }
}
