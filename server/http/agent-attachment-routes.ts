import express, { Router } from 'express';
import { nanoid } from 'nanoid';
import { ATTACHMENT_NAME_HEADER, MAX_ATTACHMENT_BYTES, type AgentAttachmentSent } from '../../protocol';
import { PitbossError } from '../core/errors';
import type { RelayApi } from '../core/relay-api';
import { toWireMessage } from '../core/views';
import { requireAgent, requireCsrfHeader, type AuthedRequest } from './agent-auth';
import { decodeName, uploadRateLimit, type AttachmentEdge } from './attachment-routes';

/**
 * The agent desk's paperclip: a file into a conversation the agent holds,
 * delivered to the player as a message that carries it. Cookie and CSRF
 * header like the desk's other writes, both checked before the body is read;
 * the same type, size and count checks as a player's upload, the same store.
 */
export function agentAttachmentRoutes(deps: AttachmentEdge & { relay: Pick<RelayApi, 'agentMessage'> }): Router {
  const router = Router();

  router.post(
    '/api/conversations/:id/attachments',
    requireCsrfHeader,
    requireAgent(deps.sessions),
    uploadRateLimit(deps),
    express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES }),
    async (req, res) => {
      const agent = (req as AuthedRequest).agent!;
      const bytes: unknown = req.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw new PitbossError('bad_frame', 'Send the file’s bytes as the request body.');
      const conversationId = String(req.params.id);
      const attachment = await deps.attachments.uploadAsAgent(agent, conversationId, decodeName(req.get(ATTACHMENT_NAME_HEADER)), bytes);
      // Its text is the file name, for clients (and mails) that show no files.
      const message = await deps.relay.agentMessage(agent.id, { conversationId, clientId: nanoid(), text: attachment.name, originSocket: 'http', attachment });
      const answer: AgentAttachmentSent = { message: toWireMessage(message) };
      res.status(201).json(answer);
    },
  );

  return router;
}
