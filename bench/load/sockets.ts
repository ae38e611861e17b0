import WebSocket from 'ws';

const OPEN_TIMEOUT_MS = 15_000;

/**
 * Client source addresses: every simulated client gets its own address in
 * 127.0.0.0/8 (127.1.1.1, 127.1.1.2, …), as real players each have theirs.
 * The relay's edge counts sockets and frames per client address (100 sockets,
 * 30 frames/s by default), and each address has its own ephemeral port range,
 * so no count of sockets runs out of ports; no address is used twice in a run,
 * so a floor never meets the TIME_WAIT ports of the previous one.
 */
export class SourceAddresses {
  private next = 0;

  /** `count` fresh addresses; client i of the block gets the i-th. */
  block(count: number): (i: number) => string {
    const first = this.next;
    this.next += count;
    return (i) => loopbackAddress(first + (i % count));
  }
}

/** The n-th address of 127.1.1.1 … 127.254.254.254 (no .0 or .255 octets). */
function loopbackAddress(n: number): string {
  const c = 1 + (n % 254);
  const b = 1 + (Math.floor(n / 254) % 254);
  const a = 1 + (Math.floor(n / (254 * 254)) % 254);
  return `127.${a}.${b}.${c}`;
}

/** A ws client socket from a given source address; rejects on refusal or after a timeout. */
export function openSocket(url: string, options: { localAddress: string; headers?: Record<string, string> }): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { localAddress: options.localAddress, headers: options.headers, perMessageDeflate: false, skipUTF8Validation: true, handshakeTimeout: OPEN_TIMEOUT_MS });
    const fail = (error: Error) => {
      ws.terminate();
      reject(error);
    };
    ws.once('open', () => {
      ws.off('error', fail);
      ws.on('error', () => undefined);
      resolve(ws);
    });
    ws.once('unexpected-response', (_req, res) => fail(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once('error', fail);
  });
}

/** Run `count` tasks with at most `concurrency` in flight; failures are counted, not thrown (the first is kept). */
export async function inPool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<{ results: (T | undefined)[]; failed: number; firstError: unknown }> {
  const results: (T | undefined)[] = new Array(count);
  let next = 0;
  let failed = 0;
  let firstError: unknown;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      try {
        results[i] = await task(i);
      } catch (error) {
        failed += 1;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { results, failed, firstError };
}

/** Wait until `done()` or the deadline; returns whether it got done. */
export async function waitUntil(done: () => boolean, timeoutMs: number, stepMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() >= deadline) return false;
    await sleep(stepMs);
  }
  return true;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
