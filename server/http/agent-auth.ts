import type { RequestHandler, Request } from 'express';
import { CSRF_HEADER } from '../../protocol';
import { sessionTokenFromCookies, type AgentSessions } from '../core/agent-sessions';
import { PitbossError } from '../core/errors';
import type { AgentRecord } from '../store/records';

export interface AuthedRequest extends Request {
  agent?: AgentRecord;
}

/** Cookie-authenticated agent routes. Reads the cookie, never a token in the URL. */
export function requireAgent(sessions: AgentSessions): RequestHandler {
  return (req, _res, next) => {
    sessions
      .authenticate(sessionTokenFromCookies(req.headers.cookie))
      .then((agent) => {
        (req as AuthedRequest).agent = agent;
        next();
      })
      .catch(next);
  };
}

/**
 * CSRF guard for cookie-authenticated writes: a cross-site form cannot set a
 * custom header, and a cross-site fetch that sets one needs a CORS preflight
 * this server never grants. SameSite=Strict is the second lock.
 */
export const requireCsrfHeader: RequestHandler = (req, _res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
  if (req.get(CSRF_HEADER) !== '1') return next(new PitbossError('forbidden', `Missing ${CSRF_HEADER} header.`));
  next();
};
