import type { WebSocket } from 'ws';
import { AgentClientFrameSchema, CLOSE_CODES, PROTOCOL_VERSION, type AgentClientFrame, type AgentServerFrame } from '../../protocol';
import type { RelayApi as Relay } from '../core/relay-api';
import { toAgentConversation, toAgentProfile, toWireMessage } from '../core/views';
import type { Logger } from '../logger';
import type { AgentRecord } from '../store/records';
import { PitbossError } from '../core/errors';
import { toWireNote } from '../core/notes';
import type { DeskServices } from './desk-services';
import { sendFloor } from './floor-push';
import { startFrameSession, type FrameSessionOptions } from './frame-session';
import type { SocketRegistry } from './socket-registry';

export interface AgentSocketContext {
  relay: Relay;
  registry: SocketRegistry;
  log: Logger;
  now: () => number;
  limits: Pick<FrameSessionOptions<unknown, unknown>, 'rate' | 'address' | 'helloTimeoutMs' | 'maxBufferedBytes'>;
  /** Notes and the supervisors' floor; absent in servers built without them. */
  desk?: DeskServices;
}

/**
 * One agent panel's socket, already authenticated by its session cookie at
 * the upgrade. `expiresAt` is the session's end: no frame is handled after it.
 */
export function handleAgentSocket(ws: WebSocket, ctx: AgentSocketContext, meta: { peerId: string; agent: AgentRecord; expiresAt: number }): void {
  const { agent } = meta;
  let connected = false;

  const peer = startFrameSession<AgentClientFrame, AgentServerFrame>({
    ws,
    peerId: meta.peerId,
    schema: AgentClientFrameSchema,
    log: ctx.log,
    now: ctx.now,
    ...ctx.limits,
    async onFrame(frame) {
      if (ctx.now() >= meta.expiresAt) {
        ws.close(CLOSE_CODES.unauthorized, 'session expired');
        return;
      }
      switch (frame.type) {
        case 'hello': {
          if (frame.v !== PROTOCOL_VERSION) {
            peer.send({ type: 'error', code: 'version', message: `Protocol ${frame.v} is not supported; this relay speaks ${PROTOCOL_VERSION}. Reload the page.` });
            ws.close(CLOSE_CODES.version, 'protocol version');
            return;
          }
          const { state, conversations } = await ctx.relay.agentConnected(agent);
          connected = true;
          if (ws.readyState !== ws.OPEN) return;
          ctx.registry.addAgent(agent, peer);
          peer.send({
            type: 'welcome',
            v: PROTOCOL_VERSION,
            agent: toAgentProfile(state.record, state.status),
            conversations: conversations.map((c) => toAgentConversation(c, ctx.relay.site(c.siteId).sla)),
          });
          // A supervisor sees the floor at once, not at the next push.
          if (ctx.desk && (agent.role === 'supervisor' || agent.role === 'admin')) void sendFloor(ctx.desk, agent.siteId, [peer], ctx.log);
          return;
        }
        case 'status':
          await ctx.relay.setAgentStatus(agent.id, frame.status);
          return;
        case 'open': {
          const { messages } = await ctx.relay.readConversation(agent, frame.conversationId, frame.afterSeq);
          const notes = ctx.desk ? (await ctx.desk.notes.list(agent, frame.conversationId)).map(toWireNote) : undefined;
          peer.send({ type: 'history', conversationId: frame.conversationId, messages: messages.map(toWireMessage), ...(notes ? { notes } : {}) });
          return;
        }
        case 'note': {
          if (!ctx.desk) throw new PitbossError('not_found', 'Notes are not available on this relay.');
          const note = await ctx.desk.notes.add(agent, { conversationId: frame.conversationId, clientId: frame.id, text: frame.text, originSocket: peer.id });
          peer.send({ type: 'note', note: toWireNote(note) });
          return;
        }
        case 'send': {
          const message = await ctx.relay.agentMessage(agent.id, {
            conversationId: frame.conversationId,
            clientId: frame.id,
            text: frame.text,
            originSocket: peer.id,
          });
          peer.send({ type: 'ack', id: frame.id, conversationId: message.conversationId, seq: message.seq, at: message.at });
          return;
        }
        case 'resolve':
          await ctx.relay.resolve(agent.id, frame.conversationId);
          return;
        case 'transfer':
          await ctx.relay.transfer(agent.id, frame.conversationId, frame.to, frame.note);
          return;
        case 'escalate':
          await ctx.relay.escalate(agent.id, frame.conversationId, frame.note);
          return;
        case 'waiting':
          await ctx.relay.setWaiting(agent.id, frame.conversationId, frame.waiting);
          return;
        case 'complex':
          await ctx.relay.setComplex(agent.id, frame.conversationId, frame.complex);
          return;
        case 'typing':
          await ctx.relay.typing({ agentId: agent.id }, frame.conversationId, frame.typing, peer.id);
          return;
        case 'read':
          await ctx.relay.markRead({ agentId: agent.id }, frame.conversationId, frame.seq);
          return;
        case 'ping':
          peer.send({ type: 'pong' });
          return;
      }
    },
    onClose() {
      ctx.registry.removeAgent(agent, peer);
      if (connected) void ctx.relay.agentDisconnected(agent.id).catch((err) => ctx.log.error({ err }, 'agent disconnect failed'));
    },
  });
}
