import type { AgentProfile, Breach } from '../../protocol';
import type { FloorSummary } from '../core/availability';
import type { CsatRecord } from '../store/csat-store';
import type { NoteRecord } from '../store/note-store';
import type { ConversationRecord, MessageRecord } from '../store/records';

/**
 * What must reach sockets, wherever they are connected. The gateway of every
 * node subscribes and delivers to the sockets it holds. `originSocket` lets the
 * sender's own socket skip an echo (it already got the ack).
 */
export type BusEvent =
  | { kind: 'message'; message: MessageRecord; playerId: string; agentId: string | null; originSocket: string | null }
  | { kind: 'conversation'; conversation: ConversationRecord; previousAgentId: string | null }
  | { kind: 'agent'; agent: AgentProfile }
  /** An admin changed the site's settings: every node reads them from the store and applies them. */
  | { kind: 'site'; siteId: string }
  | {
      kind: 'typing';
      conversationId: string;
      playerId: string;
      agentId: string | null;
      from: 'player' | 'agent';
      name: string | null;
      typing: boolean;
      originSocket: string;
    }
  | { kind: 'read'; conversationId: string; playerId: string; agentId: string | null; reader: 'player' | 'agent'; seq: number }
  /** An SLA target was missed: to the site's supervisors and the holding agent. */
  | { kind: 'breach'; siteId: string; breach: Breach }
  /** An internal note: to the agent holding the conversation and the site's supervisors, never to a player. */
  | { kind: 'note'; siteId: string; holderId: string | null; note: NoteRecord; originSocket: string | null }
  /** An admin erased a player's data: their open sockets end, and reconnect as nobody known. */
  | { kind: 'erased'; playerId: string }
  /** A player rated a conversation (webhooks listen). */
  | { kind: 'csat'; rating: CsatRecord }
  /** The site's count of online agents changed: its players' sockets hear whether anyone can answer (one event per change, not per socket). */
  | { kind: 'availability'; siteId: string; floor: FloorSummary['sites'][string] };

export interface Bus {
  publish(event: BusEvent): void;
  subscribe(handler: (event: BusEvent) => void): () => void;
  close(): Promise<void>;
  /** A round trip to a shared bus (Redis), for /healthz; absent on the in-process bus. */
  ping?(): Promise<void>;
}
