import { Router } from 'express';
import { CLOSE_CODES } from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import { PitbossError } from '../core/errors';
import type { Logger } from '../logger';
import type { AgentRecord } from '../store/records';
import type { Store } from '../store/store';
import { requireAgent, requireCsrfHeader, type AuthedRequest } from './agent-auth';

/** What the HTTP edge may ask of the socket edge; the server's entry point wires the gateway in. */
export interface AgentSocketControl {
  closeAgentSockets(agentId: string, code: number, reason: string): number;
  closeSessionSockets(tokenHash: string, code: number, reason: string): number;
}

/**
 * Account administration by supervisors and admins of the agent's own site.
 * Disabling takes effect at once: the agent's open sockets on this node are
 * closed now, on other nodes at their next session check.
 */
export function agentAdminRoutes(deps: { sessions: AgentSessions; store: Store; agentSockets: AgentSocketControl; log: Logger }): Router {
  const router = Router();

  router.post('/api/agents/:id/disable', requireCsrfHeader, requireAgent(deps.sessions), async (req, res) => {
    const actor = (req as AuthedRequest).agent!;
    const target = await manageable(actor, String(req.params.id));
    await deps.store.setAgentDisabled(target.id, true);
    const sockets = deps.agentSockets.closeAgentSockets(target.id, CLOSE_CODES.unauthorized, 'agent disabled');
    deps.log.info({ by: actor.id, agent: target.id, sockets }, 'agent disabled');
    res.status(204).end();
  });

  router.post('/api/agents/:id/enable', requireCsrfHeader, requireAgent(deps.sessions), async (req, res) => {
    const actor = (req as AuthedRequest).agent!;
    const target = await manageable(actor, String(req.params.id));
    await deps.store.setAgentDisabled(target.id, false);
    deps.log.info({ by: actor.id, agent: target.id }, 'agent enabled');
    res.status(204).end();
  });

  /** Admins manage everyone on their site but themselves; supervisors manage agents and seniors. */
  async function manageable(actor: AgentRecord, targetId: string): Promise<AgentRecord> {
    if (actor.role !== 'admin' && actor.role !== 'supervisor') throw new PitbossError('forbidden', 'Only supervisors and admins manage agents.');
    const target = await deps.store.getAgent(targetId);
    // Another site's agent is "not found", like another site's conversation.
    if (!target || target.siteId !== actor.siteId) throw new PitbossError('not_found', 'No such agent.');
    if (target.id === actor.id) throw new PitbossError('conflict', 'You cannot change your own account here.');
    if (actor.role === 'supervisor' && (target.role === 'supervisor' || target.role === 'admin')) {
      throw new PitbossError('forbidden', 'Only an admin manages supervisors and admins.');
    }
    return target;
  }

  return router;
}
