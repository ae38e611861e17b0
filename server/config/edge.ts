/**
 * The bounds the edges (gateway and HTTP) put on every client. Values are
 * per node; docs/SECURITY.md explains each one. Tests shorten the timeouts.
 */
export interface EdgeLimits {
  /** Open sockets (player and agent together) from one client address on this node; the next upgrade gets 429. */
  socketsPerAddress: number;
  /** Frames from one client address over all its sockets, on top of each socket's own bucket. */
  addressRate: Rate;
  playerRate: Rate;
  agentRate: Rate;
  /** The first frame (hello) must arrive within this, or the socket is closed 4001. */
  helloTimeoutMs: number;
  /** A player socket with no frame but pings for this long is closed 1000 "idle"; 0 = never. */
  playerIdleMs: number;
  /** A socket whose unsent bytes pass this is not reading: closed 4008 "slow reader". */
  maxBufferedBytes: number;
  /** After the server sends its close frame, the peer has this long to answer before the TCP socket is destroyed. */
  closeGraceMs: number;
  /** How often open agent sockets are checked against their session (expiry, logout or disable on another node). */
  agentSessionCheckMs: number;
  /** A client must finish its request headers (also a WebSocket handshake) within this. */
  headersTimeoutMs: number;
  /** A whole HTTP request (headers and body) must arrive within this. */
  requestTimeoutMs: number;
  /** Request headers above this many bytes are refused with 431 (node's parser limit). */
  maxHeaderBytes: number;
  /** Headers past this count are not parsed into objects. */
  maxHeadersCount: number;
  login: LoginLimits;
}

export interface Rate {
  burst: number;
  perSecond: number;
}

export interface LoginLimits {
  /** Failed sign-ins for one email within `windowMs` before it is locked. */
  maxFailuresPerEmail: number;
  /** Failed sign-ins from one client address within `windowMs` (higher: a support floor shares one NAT address). */
  maxFailuresPerAddress: number;
  windowMs: number;
  lockoutMs: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeLimits = {
  socketsPerAddress: 100,
  addressRate: { burst: 120, perSecond: 30 },
  playerRate: { burst: 20, perSecond: 5 },
  agentRate: { burst: 40, perSecond: 10 },
  helloTimeoutMs: 10_000,
  playerIdleMs: 30 * 60_000,
  maxBufferedBytes: 4 * 1024 * 1024,
  closeGraceMs: 5_000,
  agentSessionCheckMs: 15_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxHeaderBytes: 16 * 1024,
  maxHeadersCount: 100,
  login: { maxFailuresPerEmail: 5, maxFailuresPerAddress: 20, windowMs: 15 * 60_000, lockoutMs: 15 * 60_000 },
};

export type EdgeLimitsInput = Partial<Omit<EdgeLimits, 'login'>> & { login?: Partial<LoginLimits> };

export function resolveEdgeLimits(input: EdgeLimitsInput = {}): EdgeLimits {
  return { ...DEFAULT_EDGE_LIMITS, ...input, login: { ...DEFAULT_EDGE_LIMITS.login, ...input.login } };
}

/**
 * The edge settings read from the environment:
 * - `PITBOSS_TRUSTED_PROXIES`: comma-separated IPs or CIDRs of the reverse
 *   proxies in front of the relay; only their `X-Forwarded-For` is believed.
 * - `PITBOSS_SOCKETS_PER_IP`: `socketsPerAddress`.
 */
export function edgeConfigFromEnv(env: NodeJS.ProcessEnv): { trustedProxies: string[]; limits: EdgeLimitsInput } {
  const trustedProxies = (env.PITBOSS_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const limits: EdgeLimitsInput = {};
  if (env.PITBOSS_SOCKETS_PER_IP) {
    const n = Number(env.PITBOSS_SOCKETS_PER_IP);
    if (!Number.isInteger(n) || n < 1) throw new Error(`PITBOSS_SOCKETS_PER_IP must be a positive integer, not "${env.PITBOSS_SOCKETS_PER_IP}"`);
    limits.socketsPerAddress = n;
  }
  return { trustedProxies, limits };
}
