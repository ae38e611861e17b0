import type { Store } from '../store/store';
import type { AgentRecord } from '../store/records';
import type { Clock } from './clock';
import { PitbossError } from './errors';
import { hashToken, type IdGenerator } from './ids';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './passwords';

export const SESSION_COOKIE = 'pitboss_session';
const SESSION_TTL_MS = 12 * 60 * 60_000;

export interface AuthenticatedSession {
  agent: AgentRecord;
  /** The store's key for the session: the token itself is never kept. */
  tokenHash: string;
  expiresAt: number;
}

/**
 * Agent sign-in and the session behind the cookie. The HTTP API and the agent
 * socket both authenticate through `checkSession`, so the rules are one.
 */
export class AgentSessions {
  constructor(private readonly deps: { store: Store; clock: Clock; ids: IdGenerator; ttlMs?: number }) {}

  async login(email: string, password: string): Promise<{ token: string; agent: AgentRecord; expiresAt: number }> {
    const agent = await this.deps.store.findAgentByEmail(email);
    const ok = await verifyPassword(password, agent?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!agent || !ok || agent.disabled) throw new PitbossError('unauthorized', 'Wrong email or password.');
    const token = this.deps.ids.token();
    const now = this.deps.clock.now();
    const expiresAt = now + (this.deps.ttlMs ?? SESSION_TTL_MS);
    await this.deps.store.createAgentSession({ tokenHash: hashToken(token), agentId: agent.id, createdAt: now, expiresAt });
    return { token, agent, expiresAt };
  }

  async authenticate(token: string | null): Promise<AgentRecord> {
    return (await this.authenticateSession(token)).agent;
  }

  /** The agent and the session behind a cookie token; the socket edge keeps the session to end it later. */
  async authenticateSession(token: string | null): Promise<AuthenticatedSession> {
    if (!token) throw new PitbossError('unauthorized', 'Sign in first.');
    return this.checkSession(hashToken(token));
  }

  /** Is the session (by token hash) still valid and its agent enabled? Throws `unauthorized` if not. */
  async checkSession(tokenHash: string): Promise<AuthenticatedSession> {
    const session = await this.deps.store.getAgentSession(tokenHash);
    if (!session || session.expiresAt <= this.deps.clock.now()) throw new PitbossError('unauthorized', 'Your session has expired; sign in again.');
    const agent = await this.deps.store.getAgent(session.agentId);
    if (!agent || agent.disabled) throw new PitbossError('unauthorized', 'This agent account is disabled.');
    return { agent, tokenHash, expiresAt: session.expiresAt };
  }

  /** Ends the session; returns its hash (so the edge can close its sockets), or null without a token. */
  async logout(token: string | null): Promise<string | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    await this.deps.store.deleteAgentSession(tokenHash);
    return tokenHash;
  }
}

/** The session token from a Cookie header, or null. */
export function sessionTokenFromCookies(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}
