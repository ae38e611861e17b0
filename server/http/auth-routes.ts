import { Router, type Request } from 'express';
import * as v from 'valibot';
import { CLOSE_CODES, LoginRequestSchema } from '../../protocol';
import { SESSION_COOKIE, sessionTokenFromCookies, type AgentSessions } from '../core/agent-sessions';
import { isPitbossError, PitbossError } from '../core/errors';
import type { RelayApi as Relay } from '../core/relay-api';
import { toAgentProfile } from '../core/views';
import { clientAddress, limitKey, type ProxyTrust } from '../edge/client-address';
import type { Logger } from '../logger';
import { requireAgent, requireCsrfHeader, type AuthedRequest } from './agent-auth';
import type { AgentSocketControl } from './agent-admin-routes';
import type { LoginThrottle } from './login-throttle';

export interface AuthRouteDeps {
  sessions: AgentSessions;
  relay: Relay;
  secureCookies: boolean;
  trust: ProxyTrust;
  loginThrottle: LoginThrottle;
  agentSockets: AgentSocketControl;
  log: Logger;
}

export function authRoutes(deps: AuthRouteDeps): Router {
  const router = Router();
  const cookieOptions = { httpOnly: true, secure: deps.secureCookies, sameSite: 'strict', path: '/' } as const;

  router.post('/api/login', requireCsrfHeader, async (req, res) => {
    const parsed = v.safeParse(LoginRequestSchema, req.body);
    if (!parsed.success) throw new PitbossError('bad_frame', 'Email and password are required.');
    const { email, password } = parsed.output;
    const address = addressKeyOf(req, deps.trust);
    await deps.loginThrottle.check(email, address);
    const session = await deps.sessions.login(email, password).catch(async (error: unknown) => {
      if (!isPitbossError(error) || error.code !== 'unauthorized') throw error;
      deps.log.warn({ email, address }, 'sign-in failed');
      await deps.loginThrottle.failed(email, address).catch((locked: unknown) => {
        deps.log.warn({ email, address }, 'sign-in locked out');
        throw locked;
      });
      throw error;
    });
    await deps.loginThrottle.succeeded(email);
    // The audit trail names the agent and where from; the token and password never reach a log.
    deps.log.info({ agent: session.agent.id, address }, 'agent signed in');
    res.cookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: new Date(session.expiresAt) });
    res.json({ agent: toAgentProfile(session.agent, deps.relay.agentStatus(session.agent.id)) });
  });

  router.post('/api/logout', requireCsrfHeader, async (req, res) => {
    const tokenHash = await deps.sessions.logout(sessionTokenFromCookies(req.headers.cookie));
    // The panel's sockets of this session end with it (other tabs of the same browser share the cookie).
    if (tokenHash) deps.agentSockets.closeSessionSockets(tokenHash, CLOSE_CODES.replaced, 'signed out');
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.status(204).end();
  });

  router.get('/api/me', requireAgent(deps.sessions), (req, res) => {
    const agent = (req as AuthedRequest).agent!;
    res.json({ agent: toAgentProfile(agent, deps.relay.agentStatus(agent.id)) });
  });

  return router;
}

/** Limits count under the real client address: `X-Forwarded-For` only from a trusted proxy. */
function addressKeyOf(req: Request, trust: ProxyTrust): string {
  return limitKey(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trust));
}
