import type { WebSocket } from 'ws';
import { CLOSE_CODES } from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import { isPitbossError } from '../core/errors';
import type { Logger } from '../logger';

export interface WatchedSession {
  agentId: string;
  tokenHash: string;
  expiresAt: number;
}

/**
 * The open agent sockets with the session each was opened with, so that a
 * disabled agent, a logout or an expired session closes them at once. On this
 * node the HTTP edge calls `closeAgent` / `closeSession` directly; a periodic
 * check against the store catches what happened on another node.
 */
export class AgentSessionWatch {
  private readonly sockets = new Map<WebSocket, WatchedSession>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private checking = false;

  constructor(private readonly deps: { sessions: AgentSessions; log: Logger; now: () => number }) {}

  add(ws: WebSocket, session: WatchedSession): void {
    this.sockets.set(ws, session);
    ws.once('close', () => this.sockets.delete(ws));
  }

  /** Close every socket of an agent (disabled, or removed). Returns how many. */
  closeAgent(agentId: string, code: number, reason: string): number {
    return this.closeWhere((s) => s.agentId === agentId, code, reason);
  }

  /** Close every socket opened with one session (signed out). Returns how many. */
  closeSession(tokenHash: string, code: number, reason: string): number {
    return this.closeWhere((s) => s.tokenHash === tokenHash, code, reason);
  }

  /** Expired sessions close now; the rest are checked against the store, which knows about other nodes' logouts and disables. */
  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const now = this.deps.now();
      const expired = this.closeWhere((s) => s.expiresAt <= now, CLOSE_CODES.unauthorized, 'session expired');
      if (expired > 0) this.deps.log.info({ sockets: expired }, 'closed agent sockets of expired sessions');
      const hashes = new Set([...this.sockets.values()].map((s) => s.tokenHash));
      for (const tokenHash of hashes) {
        try {
          await this.deps.sessions.checkSession(tokenHash);
        } catch (error) {
          if (!isPitbossError(error)) {
            this.deps.log.error({ err: error }, 'agent session check failed');
            continue;
          }
          const closed = this.closeSession(tokenHash, CLOSE_CODES.unauthorized, 'session ended');
          this.deps.log.info({ sockets: closed, reason: error.message }, 'closed agent sockets of an ended session');
        }
      }
    } finally {
      this.checking = false;
    }
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.check(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private closeWhere(match: (s: WatchedSession) => boolean, code: number, reason: string): number {
    let closed = 0;
    for (const [ws, session] of this.sockets) {
      if (!match(session)) continue;
      this.sockets.delete(ws);
      ws.close(code, reason);
      closed += 1;
    }
    return closed;
  }
}
