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
 * Disabling takes effect at once: routing gives the agent nothing more from
 * now (the relay re-reads the record, on the leader in a cluster), their open
 * sockets on this node are closed now, on other nodes at their next session check.
 */
export function agentAdminRoutes(deps: {
  sessions: AgentSessions;
  store: Store;
  agentSockets: AgentSocketControl;
  log: Logger;
  relay: { agentChanged(agentId: string): Promise<void> };
}): Router {
  const router = Router();

  router.post('/api/agents/:id/disable', requireCsrfHeader, requireAgent(deps.sessions), async (req, res) => {
    const actor = (req as AuthedRequest).agent!;
    const target = await manageable(actor, String(req.params.id));
    await deps.store.setAgentDisabled(target.id, true);
    await tellRelay(target.id);
    const sockets = deps.agentSockets.closeAgentSockets(target.id, CLOSE_CODES.unauthorized, 'agent disabled');
    deps.log.info({ by: actor.id, agent: target.id, sockets }, 'agent disabled');
    res.status(204).end();
  });

  router.post('/api/agents/:id/enable', requireCsrfHeader, requireAgent(deps.sessions), async (req, res) => {
    const actor = (req as AuthedRequest).agent!;
    const target = await manageable(actor, String(req.params.id));
    await deps.store.setAgentDisabled(target.id, false);
    await tellRelay(target.id);
    deps.log.info({ by: actor.id, agent: target.id }, 'agent enabled');
    res.status(204).end();
  });

  /** Stored either way; if the relay cannot be told now (no leader this second), sign-in and the session check still apply it. */
  async function tellRelay(agentId: string): Promise<void> {
    await deps.relay.agentChanged(agentId).catch((err: unknown) => deps.log.warn({ err, agent: agentId }, 'relay not told of an agent change'));
  }

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
