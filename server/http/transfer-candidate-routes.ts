import { Router } from 'express';
import type { AgentStatus, TransferCandidate } from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import { transferCandidates } from '../core/transfer-candidates';
import type { Store } from '../store/store';
import { requireAgent, type AuthedRequest } from './agent-auth';

export interface TransferCandidateRouteDeps {
  sessions: AgentSessions;
  store: Pick<Store, 'agents' | 'reports'>;
  relay: { agentStatus(agentId: string): AgentStatus };
}

/**
 * GET /api/transfer-candidates: the colleagues a signed-in agent may hand a
 * chat to by name. Only the asker's own site is ever read (the site comes
 * from the session, never from the request). Loads come from the shared
 * store and statuses from the relay, so any node answers the same.
 */
export function transferCandidateRoutes(deps: TransferCandidateRouteDeps): Router {
  const router = Router();
  router.get('/api/transfer-candidates', requireAgent(deps.sessions), async (req, res) => {
    const asker = (req as AuthedRequest).agent!;
    const [agents, held] = await Promise.all([deps.store.agents.list(asker.siteId), deps.store.reports.heldCounts(asker.siteId)]);
    const candidates: TransferCandidate[] = transferCandidates({ asker, agents, held, statusOf: (id) => deps.relay.agentStatus(id) });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ candidates });
  });
  return router;
}
