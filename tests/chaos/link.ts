import WebSocket from 'ws';

const DEAF_BEFORE_DROP_MS = 50;

export interface LinkOptions {
  url: string;
  /**
   * The loopback address to connect from. Players on a real floor come from
   * many addresses; from one, per-address limits would throttle the test
   * instead of the clients it means to model.
   */
  localAddress?: string;
  /** Headers for the upgrade; may log in first. Throwing counts as a failed attempt. */
  headers: () => Promise<Record<string, string>>;
  /** The socket is open: say hello. */
  onOpen: () => void;
  onFrame: (raw: string) => void;
  /** The socket is gone, for whatever reason; a new one is on its way. */
  onDown: () => void;
  /** The upgrade was answered with an HTTP status instead (401: the agent must sign in again). */
  onRefused?: (status: number) => void;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  connectTimeoutMs?: number;
}

/**
 * One client's connection as the real clients keep it: reconnect with
 * exponential backoff and full jitter (capped), a connect timeout, and the
 * attempt counter reset only once the server has welcomed us. The chaos
 * test drops it from the client side with `drop` (now) or `dropAfterSend`:
 * the next frame leaves, then the link goes deaf (whatever arrives, the ack
 * included, is never read) and dies a moment later, as a phone's radio does
 * in a lift. The relay has stored the message; the client does not know it.
 */
export class Link {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private armed = false;
  /** After an armed send: frames still arrive, but are lost with the socket. */
  private deaf = false;
  /** Forced disconnects this link suffered (drops only, not relay kills). */
  drops = 0;

  constructor(private readonly options: LinkOptions) {}

  get open(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  /** Called on welcome: the connection is good, the next failure starts the backoff over. */
  stable(): void {
    this.attempt = 0;
  }

  send(frame: object): boolean {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    ws.send(JSON.stringify(frame));
    if (this.armed) {
      this.armed = false;
      this.deaf = true;
      // Long enough for the relay to store the frame and answer, short enough that nothing else happens.
      setTimeout(() => this.drop(), DEAF_BEFORE_DROP_MS + Math.random() * DEAF_BEFORE_DROP_MS);
    }
    return true;
  }

  drop(): boolean {
    if (!this.open) return false;
    this.drops += 1;
    this.ws!.terminate();
    return true;
  }

  dropAfterSend(): boolean {
    if (!this.open || this.armed) return false;
    this.armed = true;
    return true;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.ws?.terminate();
    this.ws = null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    let headers: Record<string, string>;
    try {
      headers = await this.options.headers();
    } catch {
      return this.retry();
    }
    if (this.stopped) return;
    const ws = new WebSocket(this.options.url, {
      headers,
      handshakeTimeout: this.options.connectTimeoutMs ?? 3_000,
      localAddress: this.options.localAddress,
    });
    this.ws = ws;
    ws.on('open', () => this.options.onOpen());
    ws.on('message', (data) => {
      if (!this.deaf) this.options.onFrame(data.toString());
    });
    ws.on('unexpected-response', (_req, res) => {
      this.options.onRefused?.(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', () => {
      /* 'close' follows and retries */
    });
    ws.on('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.armed = false;
      this.deaf = false;
      this.options.onDown();
      this.retry();
    });
  }

  private retry(): void {
    if (this.stopped) return;
    const base = this.options.backoffBaseMs ?? 100;
    const cap = this.options.backoffCapMs ?? 1_000;
    const delay = Math.random() * Math.min(cap, base * 2 ** this.attempt);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }
}
