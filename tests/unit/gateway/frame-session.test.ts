import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { startFrameSession } from '../../../server/gateway/frame-session';
import type { Peer } from '../../../server/gateway/socket-registry';
import { createLogger } from '../../../server/logger';

const Hello = v.object({ type: v.literal('hello') });
type Out = { type: 'message'; text: string };

let server: WebSocketServer | null = null;
afterEach(async () => {
  server?.close();
  server = null;
});

/** Two real sockets on loopback, each with a frame session on the server side. */
async function twoPeers(): Promise<{ peers: Peer<Out>[]; clients: WebSocket[] }> {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  const peers: Peer<Out>[] = [];
  server.on('connection', (ws) => {
    peers.push(
      startFrameSession<{ type: 'hello' }, Out>({
        ws,
        peerId: `p${peers.length}`,
        schema: Hello,
        log: createLogger('silent'),
        now: () => Date.now(),
        rate: { perSecond: 10, burst: 10 },
        helloTimeoutMs: 60_000,
        maxBufferedBytes: 1 << 20,
        onFrame: async () => undefined,
        onClose: () => undefined,
      }),
    );
  });
  await once(server, 'listening');
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients = [new WebSocket(url), new WebSocket(url)];
  await Promise.all(clients.map((c) => once(c, 'open')));
  while (peers.length < 2) await new Promise((r) => setTimeout(r, 5));
  return { peers, clients };
}

describe('frame session: sending', () => {
  it('sends one frame object to several sockets as the same JSON, in text frames', async () => {
    const { peers, clients } = await twoPeers();
    const received = clients.map((c) => once(c, 'message') as Promise<[Buffer, boolean]>);
    const frame: Out = { type: 'message', text: 'ünïcødé 🎰 "quoted"' };
    for (const peer of peers) peer.send(frame);
    for (const [data, isBinary] of await Promise.all(received)) {
      // A binary frame would reach a browser as a Blob the widget cannot parse.
      expect(isBinary).toBe(false);
      expect(JSON.parse(data.toString())).toEqual(frame);
    }
    // A changed copy is a new object and is serialized anew.
    const next = once(clients[0]!, 'message') as Promise<[Buffer, boolean]>;
    peers[0]!.send({ ...frame, text: 'second' });
    expect(JSON.parse((await next)[0].toString())).toEqual({ type: 'message', text: 'second' });
    for (const c of clients) c.close();
  });
});
