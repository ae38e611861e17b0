import type { WebSocket, WebSocketServer } from 'ws';
import { HEARTBEAT_INTERVAL_MS } from '../../protocol';

/** The interval is cut into this many slices; each slice pings its own share of the sockets. */
const SLICES = 20;

/**
 * Ping every socket once per interval; one that misses two pongs in a row is
 * terminated (no closing handshake: a dead peer would never answer it).
 * The pings are spread over the interval: pinging 5,000 sockets in one go is
 * 5,000 writes in one turn, a stall every chat message behind it waited out
 * (bench:load's tail latency).
 */
export function startHeartbeat(servers: WebSocketServer[], intervalMs = HEARTBEAT_INTERVAL_MS): () => void {
  const missed = new WeakMap<WebSocket, number>();
  const sliceOf = new WeakMap<WebSocket, number>();
  let next = 0;
  const watch = (ws: WebSocket) => {
    missed.set(ws, 0);
    sliceOf.set(ws, next++ % SLICES);
    ws.on('pong', () => missed.set(ws, 0));
    // Any frame from the client also proves it is alive.
    ws.on('message', () => missed.set(ws, 0));
  };
  for (const wss of servers) wss.on('connection', watch);
  let slice = 0;
  const timer = setInterval(() => {
    const now = slice;
    slice = (slice + 1) % SLICES;
    for (const wss of servers) {
      for (const ws of wss.clients) {
        if (sliceOf.get(ws) !== now) continue;
        const count = (missed.get(ws) ?? 0) + 1;
        if (count > 2) {
          ws.terminate();
          continue;
        }
        missed.set(ws, count);
        ws.ping();
      }
    }
  }, intervalMs / SLICES);
  timer.unref();
  return () => {
    clearInterval(timer);
    for (const wss of servers) wss.off('connection', watch);
  };
}
