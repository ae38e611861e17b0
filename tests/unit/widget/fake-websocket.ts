/**
 * A WebSocket stand-in the test drives from the server's side: accept the
 * connection, push frames, drop it. Records what the client sent.
 * Real sockets are covered by the integration suite.
 */
export class FakeWebSocket {
  static instances: FakeWebSocket[] = [];

  static reset(): void {
    FakeWebSocket.instances = [];
  }

  static latest(): FakeWebSocket {
    const socket = FakeWebSocket.instances.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  }

  readonly url: string;
  readyState = 0;
  readonly sent: string[] = [];
  closedWith: number | null = null;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(url: string) {
    this.url = url;
    FakeWebSocket.instances.push(this);
  }

  send(data: string): void {
    if (this.readyState !== 1) throw new Error(`send on a socket in state ${this.readyState}`);
    this.sent.push(data);
  }

  close(code = 1000): void {
    if (this.readyState >= 2) return;
    this.readyState = 3;
    this.closedWith = code;
    this.onclose?.({ code, reason: '' });
  }

  /** Frames the client sent, parsed. */
  get frames(): Array<{ type: string } & Record<string, unknown>> {
    return this.sent.map((raw) => JSON.parse(raw));
  }

  accept(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  deliver(frame: object): void {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }

  deliverRaw(data: unknown): void {
    this.onmessage?.({ data });
  }

  /** The server or the network went away. */
  drop(code = 1006, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

export const asWebSocket = (impl: typeof FakeWebSocket) => impl as unknown as typeof WebSocket;
