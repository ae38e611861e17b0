import type WebSocket from 'ws';
import { AGENT_SOCKET_PATH, PLAYER_SOCKET_PATH, PROTOCOL_VERSION } from '../../protocol';
import { SESSION_COOKIE } from '../../server/core/agent-sessions';
import { openSocket } from './sockets';

/** The origin the bench's load clients send (the bench site allows only it). */
export const BENCH_ORIGIN = 'https://casino.bench.test';
const REPLY_TIMEOUT_MS = 15_000;

let counter = 0;
const runTag = Math.random().toString(36).slice(2, 6);
/** Client-made message ids as the protocol wants them (8-64 url-safe chars), cheaper than nanoid at 40k/s. */
export function nextClientId(): string {
  return `b${runTag}${(counter++).toString(36).padStart(7, '0')}`;
}

export interface ConversationView {
  id: string;
  status: string;
  agentId: string | null;
  playerId: string;
}

/** What a client does with frames; the hot ones (message, ack) are recognised by their prefix, not parsed. */
export interface ClientHandlers {
  message?(raw: string): void;
  conversation?(conversation: ConversationView): void;
  error?(code: string): void;
  closed?(): void;
}

/** A widget's socket speaking the Pitboss player protocol. */
export class PitbossPlayer {
  playerId = '';
  acks = 0;
  private waiter: ((frame: { type: string; [key: string]: unknown }) => boolean) | null = null;

  private constructor(readonly ws: WebSocket, handlers: ClientHandlers) {
    ws.on('message', (data) => {
      const raw = data.toString();
      if (raw.startsWith('{"type":"message"')) return handlers.message?.(raw);
      if (raw.startsWith('{"type":"ack"')) {
        this.acks += 1;
        return;
      }
      if (raw.startsWith('{"type":"availability"') || raw.startsWith('{"type":"pong"')) return;
      const frame = JSON.parse(raw) as { type: string; [key: string]: unknown };
      if (frame.type === 'conversation') handlers.conversation?.(frame.conversation as ConversationView);
      if (frame.type === 'error') handlers.error?.(String(frame.code));
      if (this.waiter?.(frame)) this.waiter = null;
    });
    ws.on('close', () => handlers.closed?.());
  }

  static async connect(port: number, localAddress: string, handlers: ClientHandlers = {}): Promise<PitbossPlayer> {
    const ws = await openSocket(`ws://127.0.0.1:${port}${PLAYER_SOCKET_PATH}`, { localAddress, headers: { origin: BENCH_ORIGIN } });
    const player = new PitbossPlayer(ws, handlers);
    const welcome = player.expect('welcome');
    ws.send(JSON.stringify({ type: 'hello', v: PROTOCOL_VERSION, site: 'bench', session: null, locale: 'en', lastSeq: 0 }));
    player.playerId = String((await welcome).playerId);
    return player;
  }

  /** `text` is sent as is inside a JSON string: callers pass only text that needs no escaping. */
  send(text: string): void {
    this.ws.send(`{"type":"send","id":"${nextClientId()}","text":"${text}"}`);
  }

  close(): void {
    this.ws.removeAllListeners('close');
    this.ws.terminate();
  }

  private expect(type: string): Promise<{ type: string; [key: string]: unknown }> {
    return expectFrame(this.ws, type, (w) => (this.waiter = w));
  }
}

/** An agent panel's socket, authenticated by a session the bench relay created before start. */
export class PitbossAgent {
  acks = 0;
  readonly conversations = new Set<string>();
  private waiter: ((frame: { type: string; [key: string]: unknown }) => boolean) | null = null;

  private constructor(
    readonly ws: WebSocket,
    readonly agentId: string,
    handlers: ClientHandlers & { assigned?(conversation: ConversationView): void },
  ) {
    ws.on('message', (data) => {
      const raw = data.toString();
      if (raw.startsWith('{"type":"message"')) return handlers.message?.(raw);
      if (raw.startsWith('{"type":"ack"')) {
        this.acks += 1;
        return;
      }
      const frame = JSON.parse(raw) as { type: string; [key: string]: unknown };
      if (frame.type === 'conversation') {
        const c = frame.conversation as ConversationView;
        if (c.agentId === agentId && c.status === 'assigned' && !this.conversations.has(c.id)) {
          this.conversations.add(c.id);
          handlers.assigned?.(c);
        }
        handlers.conversation?.(c);
      }
      if (frame.type === 'error') handlers.error?.(String(frame.code));
      if (this.waiter?.(frame)) this.waiter = null;
    });
    ws.on('close', () => handlers.closed?.());
  }

  static async connect(
    port: number,
    index: number,
    tokenPrefix: string,
    localAddress: string,
    handlers: ClientHandlers & { assigned?(conversation: ConversationView): void } = {},
    options: { online?: boolean } = {},
  ): Promise<PitbossAgent> {
    const ws = await openSocket(`ws://127.0.0.1:${port}${AGENT_SOCKET_PATH}`, {
      localAddress,
      // The agent socket accepts only the relay's own origin, as the panel it serves would send it.
      headers: { origin: `http://127.0.0.1:${port}`, cookie: `${SESSION_COOKIE}=${tokenPrefix}${index}` },
    });
    const agent = new PitbossAgent(ws, `a_bench_${index}`, handlers);
    const welcome = agent.expect('welcome');
    ws.send(JSON.stringify({ type: 'hello', v: PROTOCOL_VERSION }));
    await welcome;
    if (options.online ?? true) await agent.goOnline();
    return agent;
  }

  async goOnline(): Promise<void> {
    const online = expectFrame(this.ws, 'agent', (w) => (this.waiter = w), (f) => (f.agent as { status: string }).status === 'online');
    this.ws.send('{"type":"status","status":"online"}');
    await online;
  }

  send(conversationId: string, text: string): void {
    this.ws.send(`{"type":"send","id":"${nextClientId()}","conversationId":"${conversationId}","text":"${text}"}`);
  }

  close(): void {
    this.ws.removeAllListeners('close');
    this.ws.terminate();
  }

  private expect(type: string): Promise<{ type: string; [key: string]: unknown }> {
    return expectFrame(this.ws, type, (w) => (this.waiter = w));
  }
}

type Frame = { type: string; [key: string]: unknown };

/** One awaited frame of a type (an error frame instead fails it), with a timeout. */
function expectFrame(ws: WebSocket, type: string, install: (w: (f: Frame) => boolean) => void, match: (f: Frame) => boolean = () => true): Promise<Frame> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} frame within ${REPLY_TIMEOUT_MS} ms`)), REPLY_TIMEOUT_MS);
    const onClose = (code: number) => {
      clearTimeout(timer);
      reject(new Error(`socket closed (${code}) while waiting for ${type}`));
    };
    ws.once('close', onClose);
    install((frame) => {
      if (frame.type === 'error') {
        clearTimeout(timer);
        ws.off('close', onClose);
        reject(new Error(`${String(frame.code)}: ${String(frame.message)}`));
        return true;
      }
      if (frame.type !== type || !match(frame)) return false;
      clearTimeout(timer);
      ws.off('close', onClose);
      resolve(frame);
      return true;
    });
  });
}
