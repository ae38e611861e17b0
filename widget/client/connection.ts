import { CLOSE_CODES, HEARTBEAT_INTERVAL_MS, HEARTBEAT_TIMEOUT_MS } from '../../protocol';
import { backoffDelay } from './backoff';

/**
 * One WebSocket that stays up: the shared code path of the widget and the agent
 * panel. An explicit state machine; every change carries {code, reason}.
 *
 *   idle ─start→ connecting ─open→ open ─drop→ reconnecting ─timer→ connecting …
 *                                      └─stop / fatal close→ closed
 */
export type ConnectionState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';
export interface StateChange {
  state: ConnectionState;
  code: number;
  reason: string;
}

export interface ConnectionOptions<Out, In> {
  url: string;
  /** The first frame on every (re)connect; built fresh so it carries the latest resume point. */
  hello: () => Out;
  /** Validate a server frame; null drops it. */
  decode: (raw: string) => In | null;
  onFrame: (frame: In) => void;
  onState?: (change: StateChange) => void;
  /** A frame to send as an application heartbeat (browsers cannot send ping control frames). */
  ping?: () => Out;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  connectTimeoutMs?: number;
  /** The attempt counter resets only after the socket stayed open this long (partysocket's minUptime). */
  minUptimeMs?: number;
  heartbeatIntervalMs?: number;
  heartbeatTimeoutMs?: number;
  /** Close codes after which reconnecting would not help (bad credentials, old protocol). */
  fatalCloseCodes?: readonly number[];
  WebSocketImpl?: typeof WebSocket;
}

const DEFAULT_FATAL: readonly number[] = [CLOSE_CODES.unauthorized, CLOSE_CODES.forbidden, CLOSE_CODES.version, CLOSE_CODES.replaced];

export class Connection<Out extends { type: string }, In extends { type: string }> {
  private socket: WebSocket | null = null;
  private current: ConnectionState = 'idle';
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private uptimeTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private lastFrameAt = 0;
  private readonly opts: Required<Omit<ConnectionOptions<Out, In>, 'onState' | 'ping'>> &
    Pick<ConnectionOptions<Out, In>, 'onState' | 'ping'>;

  constructor(options: ConnectionOptions<Out, In>) {
    this.opts = {
      backoffBaseMs: 500,
      backoffCapMs: 15_000,
      connectTimeoutMs: 10_000,
      minUptimeMs: 5_000,
      heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS,
      heartbeatTimeoutMs: HEARTBEAT_TIMEOUT_MS,
      fatalCloseCodes: DEFAULT_FATAL,
      WebSocketImpl: globalThis.WebSocket,
      ...options,
    };
  }

  get state(): ConnectionState {
    return this.current;
  }

  start(): void {
    if (this.current !== 'idle' && this.current !== 'closed') return;
    this.attempt = 0;
    this.open();
  }

  /** Sends when open; returns false otherwise so the caller keeps the frame in its outbox. */
  send(frame: Out): boolean {
    if (this.current !== 'open' || !this.socket) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /** Drop the current socket and reconnect at once (e.g. the browser came back online). */
  reconnectNow(reason = 'reconnect requested'): void {
    if (this.current === 'closed' || this.current === 'idle') return;
    clearTimeout(this.reconnectTimer);
    this.teardownSocket();
    this.attempt = 0;
    this.setState('connecting', 1000, reason);
    this.open();
  }

  /**
   * The network is gone (the browser's `offline` event): drop the socket now
   * instead of waiting for the heartbeat, and show "reconnecting". An open
   * WebSocket can outlive the network by minutes before TCP notices.
   */
  interrupt(reason = 'offline'): void {
    if (this.current !== 'open' && this.current !== 'connecting') return;
    clearTimeout(this.reconnectTimer);
    this.teardownSocket();
    this.scheduleReconnect(4000, reason);
  }

  stop(reason = 'stopped'): void {
    clearTimeout(this.reconnectTimer);
    this.teardownSocket();
    this.setState('closed', CLOSE_CODES.normal, reason);
  }

  private open(): void {
    this.setState('connecting', 0, this.attempt === 0 ? 'connecting' : `attempt ${this.attempt + 1}`);
    let socket: WebSocket;
    try {
      socket = new this.opts.WebSocketImpl(this.opts.url);
    } catch (error) {
      this.scheduleReconnect(1006, String(error));
      return;
    }
    this.socket = socket;
    this.connectTimer = setTimeout(() => this.drop(socket, 4000, 'connect timeout'), this.opts.connectTimeoutMs);
    socket.onopen = () => {
      clearTimeout(this.connectTimer);
      this.lastFrameAt = Date.now();
      socket.send(JSON.stringify(this.opts.hello()));
      this.setState('open', 0, 'open');
      this.uptimeTimer = setTimeout(() => (this.attempt = 0), this.opts.minUptimeMs);
      this.startHeartbeat(socket);
    };
    socket.onmessage = (event: MessageEvent) => {
      this.lastFrameAt = Date.now();
      if (typeof event.data !== 'string') return;
      const frame = this.opts.decode(event.data);
      if (frame) this.opts.onFrame(frame);
    };
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.teardownSocket();
      if (this.opts.fatalCloseCodes.includes(event.code)) {
        this.setState('closed', event.code, event.reason || 'closed by server');
      } else {
        this.scheduleReconnect(event.code, event.reason || 'connection lost');
      }
    };
    socket.onerror = () => {
      /* onclose follows and decides */
    };
  }

  /** The socket looks dead (no frame for too long, or connect timeout): do not wait for TCP to notice. */
  private drop(socket: WebSocket, code: number, reason: string): void {
    if (this.socket !== socket) return;
    this.teardownSocket();
    this.scheduleReconnect(code, reason);
  }

  private startHeartbeat(socket: WebSocket): void {
    const ping = this.opts.ping;
    this.heartbeatTimer = setInterval(() => {
      if (Date.now() - this.lastFrameAt > this.opts.heartbeatTimeoutMs) {
        this.drop(socket, 4000, 'heartbeat timeout');
        return;
      }
      if (ping && socket.readyState === 1) socket.send(JSON.stringify(ping()));
    }, this.opts.heartbeatIntervalMs);
  }

  private scheduleReconnect(code: number, reason: string): void {
    const delay = backoffDelay(this.attempt, this.opts.backoffBaseMs, this.opts.backoffCapMs);
    this.attempt += 1;
    this.setState('reconnecting', code, reason);
    this.reconnectTimer = setTimeout(() => this.open(), delay);
  }

  private teardownSocket(): void {
    clearTimeout(this.connectTimer);
    clearTimeout(this.uptimeTimer);
    clearInterval(this.heartbeatTimer);
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    try {
      socket.close(CLOSE_CODES.normal);
    } catch {
      /* already closing */
    }
  }

  private setState(state: ConnectionState, code: number, reason: string): void {
    if (state === this.current && state !== 'reconnecting') return;
    this.current = state;
    this.opts.onState?.({ state, code, reason });
  }
}
