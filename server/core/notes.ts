import type { Note } from '../../protocol';
import type { Bus } from '../bus/bus';
import type { AgentRecord, ConversationRecord } from '../store/records';
import type { NoteRecord } from '../store/note-store';
import type { Store } from '../store/store';
import { maskCardNumbers } from './card-numbers';
import type { Clock } from './clock';

/** The one authorization rule for an agent and a conversation (Relay.conversationForAgent). */
export interface ConversationAccess {
  conversationForAgent(agent: AgentRecord, conversationId: string): Promise<ConversationRecord>;
}

/**
 * Internal notes: written by the agent holding a conversation or a supervisor
 * of its site, delivered live to both, stored apart from messages. Nothing
 * here can reach a player: notes never enter the messages table, and the
 * `note` bus event is delivered to agent sockets only.
 */
export class ConversationNotes {
  constructor(private readonly deps: { store: Store; bus: Bus; clock: Clock; access: ConversationAccess }) {}

  async add(agent: AgentRecord, input: { conversationId: string; clientId: string; text: string; originSocket: string | null }): Promise<NoteRecord> {
    const conversation = await this.deps.access.conversationForAgent(agent, input.conversationId);
    return storeNote(this.deps, conversation, agent, input);
  }

  /** The notes of a conversation the agent may read, oldest first. */
  async list(agent: AgentRecord, conversationId: string): Promise<NoteRecord[]> {
    const conversation = await this.deps.access.conversationForAgent(agent, conversationId);
    return this.deps.store.notes.list(conversation.id);
  }
}

/**
 * Store a note and tell the desks that see the conversation now; whoever takes
 * it later reads it with the history. Authorization is the caller's.
 */
export async function storeNote(
  deps: { store: Pick<Store, 'notes'>; bus: Pick<Bus, 'publish'>; clock: Clock },
  conversation: ConversationRecord,
  author: { id: string; name: string },
  input: { clientId: string; text: string; originSocket: string | null },
): Promise<NoteRecord> {
  const { note, duplicate } = await deps.store.notes.add({
    conversationId: conversation.id,
    clientId: input.clientId,
    siteId: conversation.siteId,
    agentId: author.id,
    agentName: author.name,
    // A note may quote the player's card; it is masked like a message.
    text: maskCardNumbers(input.text),
    at: deps.clock.now(),
  });
  // The sender's socket gets its answer from the gateway (a resend too); the other desks hear new notes once.
  if (!duplicate) deps.bus.publish({ kind: 'note', siteId: conversation.siteId, holderId: conversation.agentId, note, originSocket: input.originSocket });
  return note;
}

export function toWireNote(n: NoteRecord): Note {
  return { id: n.clientId, conversationId: n.conversationId, agentId: n.agentId, agentName: n.agentName, text: n.text, at: n.at };
}
