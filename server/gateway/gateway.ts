import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { AGENT_SOCKET_PATH, MAX_FRAME_BYTES, PLAYER_SOCKET_PATH } from '../../protocol';
import type { Bus } from '../bus/bus';
import type { SiteDirectory } from '../config/sites';
import { sessionTokenFromCookies, type AgentSessions } from '../core/agent-sessions';
import { isPitbossError } from '../core/errors';
import type { Relay } from '../core/relay';
import type { Logger } from '../logger';
import { handleAgentSocket } from './agent-socket';
import { deliverBusEvents } from './delivery';
import { startHeartbeat } from './heartbeat';
import { handlePlayerSocket } from './player-socket';
import { SocketRegistry } from './socket-registry';

export interface GatewayDeps {
  relay: Relay;
  sessions: AgentSessions;
  sites: SiteDirectory;
  bus: Bus;
  log: Logger;
  nodeId: string;
  now: () => number;
}

/**
 * The WebSocket edge on the same HTTP server as express: checks Origin and
 * credentials at the upgrade, then hands each socket to its handler.
 */
export function attachGateway(server: Server, deps: GatewayDeps): { close(): Promise<void> } {
  const registry = new SocketRegistry();
  // perMessageDeflate off: no compression bombs, and chat frames are small anyway.
  const options = { noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false } as const;
  const players = new WebSocketServer(options);
  const agents = new WebSocketServer(options);
  const stopDelivery = deliverBusEvents(deps.bus, registry, (siteId) => deps.relay.site(siteId).sla);
  const stopHeartbeat = startHeartbeat([players, agents]);
  let counter = 0;
  const nextPeerId = () => `${deps.nodeId}:${++counter}`;

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = new URL(req.url ?? '/', 'http://relay').pathname;
    const origin = req.headers.origin;
    const selfOrigin = selfOriginOf(req);
    if (path === PLAYER_SOCKET_PATH) {
      // The site is named in the hello; its own origin list is checked there. Here: any browser page must say who it is.
      if (!origin || !deps.sites.all().some((site) => deps.sites.allowsOrigin(site, origin, selfOrigin))) {
        return reject(socket, 403, 'Origin not allowed');
      }
      players.handleUpgrade(req, socket, head, (ws: WebSocket) => {
        players.emit('connection', ws, req);
        handlePlayerSocket(ws, { relay: deps.relay, sites: deps.sites, registry, log: deps.log, now: deps.now }, { peerId: nextPeerId(), origin, selfOrigin });
      });
      return;
    }
    if (path === AGENT_SOCKET_PATH) {
      // The agent panel is served by the relay itself: anything else is cross-site WebSocket hijacking.
      if (origin !== selfOrigin) return reject(socket, 403, 'Origin not allowed');
      deps.sessions
        .authenticate(sessionTokenFromCookies(req.headers.cookie))
        .then((agent) =>
          agents.handleUpgrade(req, socket, head, (ws: WebSocket) => {
            agents.emit('connection', ws, req);
            handleAgentSocket(ws, { relay: deps.relay, registry, log: deps.log, now: deps.now }, { peerId: nextPeerId(), agent });
          }),
        )
        .catch((error) => {
          if (!isPitbossError(error)) deps.log.error({ err: error }, 'agent upgrade failed');
          reject(socket, isPitbossError(error) ? 401 : 500, isPitbossError(error) ? 'Unauthorized' : 'Internal Server Error');
        });
      return;
    }
    reject(socket, 404, 'Not Found');
  };
  server.on('upgrade', onUpgrade);

  return {
    async close() {
      server.off('upgrade', onUpgrade);
      stopHeartbeat();
      stopDelivery();
      for (const wss of [players, agents]) {
        for (const client of wss.clients) client.close(1001, 'server shutting down');
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      }
    },
  };
}

/** The relay's own origin as a browser on it would send it. */
function selfOriginOf(req: IncomingMessage): string {
  const encrypted = 'encrypted' in req.socket && Boolean((req.socket as { encrypted?: boolean }).encrypted);
  return `${encrypted ? 'https' : 'http'}://${req.headers.host ?? ''}`;
}

function reject(socket: Duplex, status: number, message: string): void {
  if (socket.writable) {
    socket.end(`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
  }
  socket.destroy();
}
