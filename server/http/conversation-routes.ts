import { Router } from 'express';
import type { AgentSessions } from '../core/agent-sessions';
import type { RelayApi as Relay } from '../core/relay-api';
import { toAgentConversation, toWireMessage } from '../core/views';
import { requireAgent, type AuthedRequest } from './agent-auth';

export function conversationRoutes(deps: { sessions: AgentSessions; relay: Relay }): Router {
  const router = Router();

  /** A conversation with its SLA facts and transcript, for the agent holding it or a supervisor of its site. */
  router.get('/api/conversations/:id', requireAgent(deps.sessions), async (req, res) => {
    const agent = (req as AuthedRequest).agent!;
    const { conversation, messages } = await deps.relay.readConversation(agent, String(req.params.id), 0);
    res.json({ conversation: toAgentConversation(conversation, deps.relay.site(conversation.siteId).sla), messages: messages.map(toWireMessage) });
  });

  return router;
}
