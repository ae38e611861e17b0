import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { startHeartbeat } from '../../../server/gateway/heartbeat';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

async function serverWithHeartbeat(intervalMs: number): Promise<string> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(wss, 'listening');
  const stop = startHeartbeat([wss], intervalMs);
  cleanup.push(() => {
    stop();
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  });
  return `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
}

describe('heartbeat', () => {
  it('spreads the pings over the interval instead of pinging every socket at once', async () => {
    const url = await serverWithHeartbeat(400);
    const clients = Array.from({ length: 40 }, () => new WebSocket(url));
    await Promise.all(clients.map((c) => once(c, 'open')));
    const start = Date.now();
    const firstPing = await Promise.all(clients.map((c) => once(c, 'ping').then(() => Date.now() - start)));
    const spread = Math.max(...firstPing) - Math.min(...firstPing);
    // All at once would be a spread of a few ms; slices of 20 ms put the first and last pings ~380 ms apart.
    expect(spread).toBeGreaterThan(200);
    for (const c of clients) c.close();
  });

  it('keeps a socket that answers and ends one that stops answering, after two missed pings', async () => {
    const url = await serverWithHeartbeat(200);
    const alive = new WebSocket(url);
    const dead = new WebSocket(url, { autoPong: false });
    await Promise.all([once(alive, 'open'), once(dead, 'open')]);
    const [code] = (await once(dead, 'close')) as [number];
    expect(code).toBe(1006); // terminated, no closing handshake
    expect(alive.readyState).toBe(WebSocket.OPEN);
    alive.close();
  });
});
