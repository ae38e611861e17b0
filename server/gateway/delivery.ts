import { CLOSE_CODES } from '../../protocol';
import type { Bus, BusEvent } from '../bus/bus';
import type { SlaTargets } from '../core/sla';
import { toWireNote } from '../core/notes';
import { toAgentConversation, toPlayerConversation, toWireMessage } from '../core/views';
import type { SocketRegistry } from './socket-registry';

/** Turns bus events into frames for the sockets this node holds. */
export function deliverBusEvents(bus: Bus, registry: SocketRegistry, targetsOf: (siteId: string) => SlaTargets): () => void {
  return bus.subscribe((event: BusEvent) => {
    switch (event.kind) {
      case 'message': {
        const frame = { type: 'message' as const, message: toWireMessage(event.message) };
        for (const peer of registry.playerPeers(event.playerId)) if (peer.id !== event.originSocket) peer.send(frame);
        if (event.agentId) for (const peer of registry.agentPeers(event.agentId)) if (peer.id !== event.originSocket) peer.send(frame);
        return;
      }
      case 'conversation': {
        const c = event.conversation;
        const playerFrame = { type: 'conversation' as const, conversation: toPlayerConversation(c) };
        for (const peer of registry.playerPeers(c.playerId)) peer.send(playerFrame);
        const agentFrame = { type: 'conversation' as const, conversation: toAgentConversation(c, targetsOf(c.siteId)) };
        const agents = new Set([c.agentId, event.previousAgentId].filter((id): id is string => id !== null));
        for (const agentId of agents) for (const peer of registry.agentPeers(agentId)) peer.send(agentFrame);
        return;
      }
      case 'typing': {
        const frame = { type: 'typing' as const, conversationId: event.conversationId, typing: event.typing, name: event.name };
        const peers = event.from === 'player' ? (event.agentId ? registry.agentPeers(event.agentId) : []) : registry.playerPeers(event.playerId);
        for (const peer of peers) if (peer.id !== event.originSocket) peer.send(frame);
        return;
      }
      case 'read': {
        const frame = { type: 'read' as const, conversationId: event.conversationId, reader: event.reader, seq: event.seq };
        // Both sides hear it: the other side shows it, the reader's other tabs clear their unread counts.
        for (const peer of registry.playerPeers(event.playerId)) peer.send(frame);
        if (event.agentId) for (const peer of registry.agentPeers(event.agentId)) peer.send(frame);
        return;
      }
      case 'breach': {
        const frame = { type: 'breach' as const, breach: event.breach };
        const peers = new Set([...registry.supervisorPeers(event.siteId), ...(event.breach.agentId ? registry.agentPeers(event.breach.agentId) : [])]);
        for (const peer of peers) peer.send(frame);
        return;
      }
      case 'note': {
        // Agent sockets only: the holder's and the site's supervisors'. No player peer is ever looked up here.
        const frame = { type: 'note' as const, note: toWireNote(event.note) };
        const peers = new Set([...registry.supervisorPeers(event.siteId), ...(event.holderId ? registry.agentPeers(event.holderId) : [])]);
        for (const peer of peers) if (peer.id !== event.originSocket) peer.send(frame);
        return;
      }
      case 'erased': {
        // The player row is gone: a socket still speaking for it would write under an id that no longer exists.
        for (const peer of [...registry.playerPeers(event.playerId)]) peer.end?.(CLOSE_CODES.goingAway, 'player data erased');
        return;
      }
      case 'availability': {
        for (const peer of registry.sitePlayerPeers(event.siteId)) peer.availabilityChanged?.(event.floor);
        return;
      }
      case 'agent': {
        const frame = { type: 'agent' as const, agent: event.agent };
        for (const peer of registry.agentPeers(event.agent.id)) peer.send(frame);
        return;
      }
    }
  });
}
