import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type ServerOptions, type WebSocket } from 'ws';
import { AGENT_SOCKET_PATH, MAX_FRAME_BYTES, PLAYER_SOCKET_PATH } from '../../protocol';
import type { Bus } from '../bus/bus';
import type { EdgeLimits } from '../config/edge';
import type { SiteDirectory } from '../config/sites';
import { sessionTokenFromCookies, type AgentSessions } from '../core/agent-sessions';
import { isPitbossError } from '../core/errors';
import type { RelayApi as Relay } from '../core/relay-api';
import { clientAddress, limitKey, type ProxyTrust } from '../edge/client-address';
import type { RateLimiter } from '../edge/rate-limiter';
import type { Logger } from '../logger';
import { AddressSockets } from './address-sockets';
import { handleAgentSocket } from './agent-socket';
import { AgentSessionWatch } from './agent-session-watch';
import { deliverBusEvents } from './delivery';
import { startHeartbeat } from './heartbeat';
import { handlePlayerSocket } from './player-socket';
import { SocketRegistry } from './socket-registry';
import type { DeskServices } from './desk-services';
import { startFloorPush } from './floor-push';
import type { TranscriptMail } from '../core/transcript-mail';
import type { Attachments } from '../core/attachments';

export interface GatewayDeps {
  relay: Relay;
  sessions: AgentSessions;
  sites: SiteDirectory;
  bus: Bus;
  log: Logger;
  nodeId: string;
  now: () => number;
  limits: EdgeLimits;
  trust: ProxyTrust;
  /** Frames per client address, shared by all its sockets (and, with Redis, all nodes). */
  addressRate: RateLimiter;
  /** Notes, CSAT, the supervisors' floor and the CRM look-up (server/gateway/desk-services.ts). */
  desk?: DeskServices;
  /** "Email me the transcript"; absent: the widget's request is refused. */
  transcripts?: TranscriptMail;
  /** Upload tokens and files sent with messages; absent: players cannot attach files. */
  attachments?: Attachments;
}

export interface Gateway {
  /** Close every socket of an agent now (disabled). Returns how many were open on this node. */
  closeAgentSockets(agentId: string, code: number, reason: string): number;
  /** Close every socket opened with one session now (signed out). */
  closeSessionSockets(tokenHash: string, code: number, reason: string): number;
  close(): Promise<void>;
}

/**
 * The WebSocket edge on the same HTTP server as express: checks Origin,
 * credentials and the client address's socket count at the upgrade, then
 * hands each socket to its handler.
 */
export function attachGateway(server: Server, deps: GatewayDeps): Gateway {
  const { limits } = deps;
  const registry = new SocketRegistry();
  const options: ServerOptions & { closeTimeout: number } = {
    noServer: true,
    // Bounds a whole message, fragments included: a message that never ends holds at most this much.
    maxPayload: MAX_FRAME_BYTES,
    // Off: no compression bombs, and chat frames are small anyway.
    perMessageDeflate: false,
    // A peer that does not answer our close frame (a slow reader never will) is cut off after this.
    closeTimeout: limits.closeGraceMs,
  };
  const players = new WebSocketServer(options);
  const agents = new WebSocketServer(options);
  const addressSockets = new AddressSockets(limits.socketsPerAddress);
  const watch = new AgentSessionWatch({ sessions: deps.sessions, log: deps.log, now: deps.now });
  watch.start(limits.agentSessionCheckMs);
  const stopDelivery = deliverBusEvents(deps.bus, registry, (siteId) => deps.relay.site(siteId).sla);
  const stopSiteChecks = deps.sites.onApplied((siteId) => {
    for (const peer of [...registry.sitePlayerPeers(siteId)]) peer.siteChanged?.();
  });
  const stopHeartbeat = startHeartbeat([players, agents]);
  const stopFloorPush = deps.desk ? startFloorPush({ registry, sites: deps.sites, desk: deps.desk, log: deps.log }) : () => {};
  let counter = 0;
  const nextPeerId = () => `${deps.nodeId}:${++counter}`;
  const socketLimits = (rate: EdgeLimits['playerRate'], key: string) => ({
    rate,
    address: { limiter: deps.addressRate, key },
    helloTimeoutMs: limits.helloTimeoutMs,
    maxBufferedBytes: limits.maxBufferedBytes,
  });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = new URL(req.url ?? '/', 'http://relay').pathname;
    const origin = req.headers.origin;
    const selfOrigin = selfOriginOf(req, deps.trust);
    const key = limitKey(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], deps.trust));
    if (path !== PLAYER_SOCKET_PATH && path !== AGENT_SOCKET_PATH) return reject(socket, 404, 'Not Found');
    if (!addressSockets.tryOpen(key)) return reject(socket, 429, 'Too many connections from this address', { 'Retry-After': '30' });
    // The count is held until the TCP connection ends, whatever ends it.
    socket.once('close', () => addressSockets.closed(key));

    if (path === PLAYER_SOCKET_PATH) {
      // The site is named in the hello; its own origin list is checked there. Here: any browser page must say who it is.
      if (!origin || !deps.sites.all().some((site) => deps.sites.allowsOrigin(site, origin, selfOrigin))) {
        return reject(socket, 403, 'Origin not allowed');
      }
      players.handleUpgrade(req, socket, head, (ws: WebSocket) => {
        players.emit('connection', ws, req);
        handlePlayerSocket(
          ws,
          { relay: deps.relay, sites: deps.sites, registry, log: deps.log, now: deps.now, limits: { ...socketLimits(limits.playerRate, key), idleTimeoutMs: limits.playerIdleMs }, desk: deps.desk, transcripts: deps.transcripts, attachments: deps.attachments },
          { peerId: nextPeerId(), origin, selfOrigin },
        );
      });
      return;
    }
    // The agent panel is served by the relay itself: anything else is cross-site WebSocket hijacking.
    if (origin !== selfOrigin) return reject(socket, 403, 'Origin not allowed');
    deps.sessions
      .authenticateSession(sessionTokenFromCookies(req.headers.cookie))
      .then(({ agent, tokenHash, expiresAt }) =>
        agents.handleUpgrade(req, socket, head, (ws: WebSocket) => {
          agents.emit('connection', ws, req);
          watch.add(ws, { agentId: agent.id, tokenHash, expiresAt });
          handleAgentSocket(
            ws,
            { relay: deps.relay, registry, log: deps.log, now: deps.now, limits: socketLimits(limits.agentRate, key), desk: deps.desk },
            { peerId: nextPeerId(), agent, expiresAt },
          );
        }),
      )
      .catch((error) => {
        if (!isPitbossError(error)) deps.log.error({ err: error }, 'agent upgrade failed');
        reject(socket, isPitbossError(error) ? 401 : 500, isPitbossError(error) ? 'Unauthorized' : 'Internal Server Error');
      });
  };
  server.on('upgrade', onUpgrade);

  return {
    closeAgentSockets: (agentId, code, reason) => watch.closeAgent(agentId, code, reason),
    closeSessionSockets: (tokenHash, code, reason) => watch.closeSession(tokenHash, code, reason),
    async close() {
      server.off('upgrade', onUpgrade);
      watch.stop();
      stopHeartbeat();
      stopFloorPush();
      stopDelivery();
      stopSiteChecks();
      for (const wss of [players, agents]) {
        for (const client of wss.clients) client.close(1001, 'server shutting down');
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      }
    },
  };
}

/**
 * The relay's own origin as a browser on it would send it. Behind a trusted
 * proxy that ends TLS, the scheme is the one the proxy says the browser used.
 */
function selfOriginOf(req: IncomingMessage, trust: ProxyTrust): string {
  const encrypted = 'encrypted' in req.socket && Boolean((req.socket as { encrypted?: boolean }).encrypted);
  let scheme = encrypted ? 'https' : 'http';
  const forwarded = req.headers['x-forwarded-proto'];
  if (typeof forwarded === 'string' && trust.isTrusted(clientAddress(req.socket.remoteAddress, undefined, trust))) {
    const first = forwarded.split(',')[0]!.trim().toLowerCase();
    if (first === 'https' || first === 'http') scheme = first;
  }
  return `${scheme}://${req.headers.host ?? ''}`;
}

function reject(socket: Duplex, status: number, message: string, headers: Record<string, string> = {}): void {
  if (!socket.writable) return void socket.destroy();
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\n${extra}Content-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
}
