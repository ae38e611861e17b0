import { Router } from 'express';
import * as v from 'valibot';
import { LoginRequestSchema } from '../../protocol';
import { SESSION_COOKIE, sessionTokenFromCookies, type AgentSessions } from '../core/agent-sessions';
import { PitbossError } from '../core/errors';
import type { Relay } from '../core/relay';
import { toAgentProfile } from '../core/views';
import { requireAgent, requireCsrfHeader, type AuthedRequest } from './agent-auth';

export function authRoutes(deps: { sessions: AgentSessions; relay: Relay; secureCookies: boolean }): Router {
  const router = Router();
  const cookieOptions = { httpOnly: true, secure: deps.secureCookies, sameSite: 'strict', path: '/' } as const;

  router.post('/api/login', requireCsrfHeader, async (req, res) => {
    const parsed = v.safeParse(LoginRequestSchema, req.body);
    if (!parsed.success) throw new PitbossError('bad_frame', 'Email and password are required.');
    const { token, agent, expiresAt } = await deps.sessions.login(parsed.output.email, parsed.output.password);
    res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: new Date(expiresAt) });
    res.json({ agent: toAgentProfile(agent, deps.relay.agentStatus(agent.id)) });
  });

  router.post('/api/logout', requireCsrfHeader, async (req, res) => {
    await deps.sessions.logout(sessionTokenFromCookies(req.headers.cookie));
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.status(204).end();
  });

  router.get('/api/me', requireAgent(deps.sessions), (req, res) => {
    const agent = (req as AuthedRequest).agent!;
    res.json({ agent: toAgentProfile(agent, deps.relay.agentStatus(agent.id)) });
  });

  return router;
}
