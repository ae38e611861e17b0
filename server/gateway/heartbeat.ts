import type { WebSocket, WebSocketServer } from 'ws';
import { HEARTBEAT_INTERVAL_MS } from '../../protocol';

const missed = new WeakMap<WebSocket, number>();

/**
 * Ping every socket each interval; one that misses two pongs in a row is
 * terminated (no closing handshake: a dead peer would never answer it).
 */
export function startHeartbeat(servers: WebSocketServer[], intervalMs = HEARTBEAT_INTERVAL_MS): () => void {
  const watch = (ws: WebSocket) => {
    missed.set(ws, 0);
    ws.on('pong', () => missed.set(ws, 0));
    // Any frame from the client also proves it is alive.
    ws.on('message', () => missed.set(ws, 0));
  };
  for (const wss of servers) wss.on('connection', watch);
  const timer = setInterval(() => {
    for (const wss of servers) {
      for (const ws of wss.clients) {
        const count = (missed.get(ws) ?? 0) + 1;
        if (count > 2) {
          ws.terminate();
          continue;
        }
        missed.set(ws, count);
        ws.ping();
      }
    }
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    for (const wss of servers) wss.off('connection', watch);
  };
}
