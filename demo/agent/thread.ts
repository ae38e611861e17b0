import type { Message } from '../../protocol';

/**
 * One conversation's lines as the desk holds them: the stored messages (each
 * once, in seq order), the replies still on their way, the resume point and
 * the read position. Pure functions; desk-state.ts decides when to call them.
 */

/** A reply typed here and not yet acknowledged by the server. */
export interface PendingMessage {
  id: string;
  conversationId: string;
  text: string;
  /** Local clock, only to order pending lines. */
  createdAt: number;
  /** `sending` stays in the outbox and is resent after a reconnect; `failed` waits for a retry. */
  state: 'sending' | 'failed';
  error: string | null;
}

export interface Thread {
  /** Stored messages, sorted by seq, unique by seq and by id. */
  messages: Message[];
  pending: PendingMessage[];
  /**
   * Every message up to this seq is held (from a history answer or contiguous
   * live ones): the resume point sent as `afterSeq`. A live message after a gap
   * does not move it, so the next `open` asks the server for the gap.
   */
  syncedSeq: number;
  /**
   * The agent has had every line up to this seq on screen (here or in another
   * of their tabs): player lines after it are unread, and the server passes it
   * on so the player sees "Seen".
   */
  readSeq: number;
  /** The agent has had it on screen at least once in this tab. */
  seen: boolean;
  /** The player is typing (the desk expires a `true` that is never followed by `false`). */
  playerTyping: boolean;
}

export const emptyThread: Thread = { messages: [], pending: [], syncedSeq: 0, readSeq: 0, seen: false, playerTyping: false };

/** Player lines the agent has not had on screen. */
export function unreadCount(thread: Thread): number {
  let count = 0;
  for (const m of thread.messages) if (m.author === 'player' && m.seq > thread.readSeq) count += 1;
  return count;
}

/**
 * Add a stored message unless it is already held (same seq or same id). A
 * pending reply with its id becomes this stored line: the server's echo (from
 * another tab of ours, or before the ack) counts as delivery.
 */
export function insertMessage(thread: Thread, message: Message): Thread {
  const pending = thread.pending.filter((p) => p.id !== message.id);
  const duplicate = thread.messages.some((m) => m.seq === message.seq || m.id === message.id);
  if (duplicate) return pending.length === thread.pending.length ? thread : { ...thread, pending };
  const messages = [...thread.messages];
  let i = messages.length;
  while (i > 0 && (messages[i - 1] as Message).seq > message.seq) i -= 1;
  messages.splice(i, 0, message);
  return { ...thread, messages, pending };
}

/** Move the resume point over every seq now held without a gap. */
export function advanceSynced(thread: Thread): Thread {
  let synced = thread.syncedSeq;
  for (const m of thread.messages) {
    if (m.seq <= synced) continue;
    if (m.seq !== synced + 1) break;
    synced = m.seq;
  }
  return synced === thread.syncedSeq ? thread : { ...thread, syncedSeq: synced };
}

/** Every reply still `sending` can no longer be delivered (the chat ended or left the agent). */
export function failAll(thread: Thread, error: string): Thread {
  if (!thread.pending.some((p) => p.state === 'sending')) return thread;
  return { ...thread, pending: thread.pending.map((p) => (p.state === 'sending' ? { ...p, state: 'failed', error } : p)) };
}
