import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/**
 * A TCP client that speaks just enough HTTP and WebSocket framing by hand to
 * do what a well-behaved client library never would: thousands of headers,
 * headers that never end, fragments that never finish.
 */
export class RawClient {
  private received = Buffer.alloc(0);
  closed = false;
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => undefined);
  }

  static open(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Everything received so far, as text. */
  get text(): string {
    return this.received.toString('latin1');
  }

  get bytes(): Buffer {
    return this.received;
  }

  write(data: string | Buffer): void {
    if (!this.socket.destroyed) this.socket.write(data);
  }

  /** Resolves when `done` holds (checked on every chunk and on close), or rejects after `timeoutMs`. */
  until(done: () => boolean, label: string, timeoutMs = 5000): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${label}; got ${JSON.stringify(this.text.slice(0, 300))}`)), timeoutMs);
      const check = () => {
        if (!done()) return this.waiters.push(check);
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(check);
    });
  }

  waitClosed(timeoutMs = 5000): Promise<void> {
    return this.until(() => this.closed, 'the server to close the connection', timeoutMs);
  }

  /** The status line's code of the HTTP answer, once it has come. */
  async status(timeoutMs = 5000): Promise<number> {
    await this.until(() => /^HTTP\/1\.1 \d{3}/.test(this.text), 'an HTTP status line', timeoutMs);
    return Number(this.text.slice(9, 12));
  }

  /** Do a WebSocket handshake by hand; resolves with the 101 answer's head. */
  async upgrade(path: string, headers: Record<string, string>): Promise<string> {
    const lines = [
      `GET ${path} HTTP/1.1`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    this.write(lines.join('\r\n') + '\r\n\r\n');
    await this.until(() => this.text.includes('\r\n\r\n') || this.closed, 'the handshake answer');
    const end = this.text.indexOf('\r\n\r\n');
    const head = this.text.slice(0, end);
    this.received = this.received.subarray(end + 4);
    return head;
  }

  /** Send one client frame (masked, as the protocol requires of clients). */
  sendFrame(opcode: number, payload: Buffer | string, fin = true): void {
    this.write(encodeClientFrame(opcode, Buffer.from(payload), fin));
  }

  /** The close code of the server's close frame, once it has come (null if the TCP socket closed without one). */
  async closeCode(timeoutMs = 5000): Promise<number | null> {
    await this.until(() => closeFrameCode(this.received) !== undefined || this.closed, 'a close frame', timeoutMs);
    return closeFrameCode(this.received) ?? null;
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const waiting = this.waiters.splice(0);
    for (const check of waiting) check();
  }
}

export const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

export function encodeClientFrame(opcode: number, payload: Buffer, fin = true): Buffer {
  const mask = randomBytes(4);
  const length = payload.length;
  let head: Buffer;
  if (length < 126) {
    head = Buffer.from([(fin ? 0x80 : 0) | opcode, 0x80 | length]);
  } else if (length < 65_536) {
    head = Buffer.alloc(4);
    head[1] = 0x80 | 126;
    head.writeUInt16BE(length, 2);
  } else {
    head = Buffer.alloc(10);
    head[1] = 0x80 | 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  head[0] = (fin ? 0x80 : 0) | opcode;
  const body = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) body[i] = payload[i]! ^ mask[i % 4]!;
  return Buffer.concat([head, mask, body]);
}

/** Walk the server's (unmasked) frames; the code of the first close frame, or undefined if none yet. */
function closeFrameCode(data: Buffer): number | undefined {
  let offset = 0;
  while (offset + 2 <= data.length) {
    const opcode = data[offset]! & 0x0f;
    let length = data[offset + 1]! & 0x7f;
    let start = offset + 2;
    if (length === 126) {
      if (start + 2 > data.length) return undefined;
      length = data.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      if (start + 8 > data.length) return undefined;
      length = Number(data.readBigUInt64BE(start));
      start += 8;
    }
    if (start + length > data.length) return undefined;
    if (opcode === OPCODE.close) return length >= 2 ? data.readUInt16BE(start) : 1005;
    offset = start + length;
  }
  return undefined;
}
