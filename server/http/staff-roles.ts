import type { RequestHandler } from 'express';
import type { AgentRole } from '../../protocol';
import { PitbossError } from '../core/errors';
import type { AuthedRequest } from './agent-auth';

export const SUPERVISING: readonly AgentRole[] = ['supervisor', 'admin'];
export const ADMIN: readonly AgentRole[] = ['admin'];

/** After requireAgent: only these roles pass, and only for their own site (routes read the site from the agent). */
export function requireRole(roles: readonly AgentRole[]): RequestHandler {
  return (req, _res, next) => {
    const agent = (req as AuthedRequest).agent;
    if (!agent || !roles.includes(agent.role)) return next(new PitbossError('forbidden', `This needs the ${roles.join(' or ')} role.`));
    next();
  };
}
