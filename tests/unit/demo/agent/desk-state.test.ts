import { describe, expect, it } from 'vitest';
import type { AgentServerFrame } from '../../../../protocol';
import {
  deskReducer,
  initialDeskState,
  listedConversations,
  threadOf,
  totalUnread,
  type DeskEvent,
  type DeskState,
} from '../../../../demo/agent/desk-state';
import { unreadCount } from '../../../../demo/agent/thread';
import { ME, conversation, message } from './fixtures';

const frame = (f: AgentServerFrame): DeskEvent => ({ type: 'frame', frame: f });
const run = (state: DeskState, ...events: DeskEvent[]) => events.reduce(deskReducer, state);
const welcomed = (...conversations: ReturnType<typeof conversation>[]) =>
  run(initialDeskState(ME), frame({ type: 'welcome', v: 1, agent: ME, conversations }));

describe('conversation list', () => {
  it('lists the conversations of the welcome and adds a new assignment live', () => {
    let state = welcomed(conversation({ id: 'c1' }));
    state = run(state, frame({ type: 'conversation', conversation: conversation({ id: 'c2', playerName: 'Ana' }) }));
    expect(Object.keys(state.conversations).sort()).toEqual(['c1', 'c2']);
    expect(state.ready).toBe(true);
  });

  it('updates a conversation in place when it changes', () => {
    let state = welcomed(conversation({ id: 'c1' }));
    state = run(state, frame({ type: 'conversation', conversation: conversation({ id: 'c1', firstResponseMs: 42_000 }) }));
    expect(state.conversations.c1?.firstResponseMs).toBe(42_000);
  });

  it('drops a conversation handed to another agent, and says so when it was on screen', () => {
    let state = run(welcomed(conversation({ id: 'c1' })), { type: 'select', conversationId: 'c1' });
    state = run(state, frame({ type: 'conversation', conversation: conversation({ id: 'c1', agentId: 'agent-2' }) }));
    expect(state.conversations.c1).toBeUndefined();
    expect(state.notice?.code).toBe('reassigned');
  });

  it('ignores a conversation of someone else it never listed', () => {
    const state = welcomed();
    const next = run(state, frame({ type: 'conversation', conversation: conversation({ id: 'x', agentId: 'agent-2' }) }));
    expect(next).toBe(state);
  });

  it('keeps a resolved conversation, read-only, until the agent closes it', () => {
    let state = welcomed(conversation({ id: 'c1' }));
    state = run(state, frame({ type: 'conversation', conversation: conversation({ id: 'c1', status: 'resolved', resolvedAt: 9_000 }) }));
    expect(state.conversations.c1?.status).toBe('resolved');
    state = run(state, { type: 'dismiss', conversationId: 'c1' });
    expect(state.conversations.c1).toBeUndefined();
  });

  it('does not let the agent close a conversation that is still open', () => {
    const state = welcomed(conversation({ id: 'c1' }));
    expect(run(state, { type: 'dismiss', conversationId: 'c1' }).conversations.c1).toBeDefined();
  });

  it('after a reconnect, forgets the active conversations the server no longer gives but keeps unclosed resolved ones', () => {
    let state = welcomed(conversation({ id: 'c1' }), conversation({ id: 'c2' }), conversation({ id: 'c3' }));
    state = run(state, frame({ type: 'conversation', conversation: conversation({ id: 'c3', status: 'resolved' }) }));
    state = run(state, frame({ type: 'welcome', v: 1, agent: ME, conversations: [conversation({ id: 'c2' })] }));
    expect(Object.keys(state.conversations).sort()).toEqual(['c2', 'c3']);
  });

  it('orders waiting chats longest wait first, then answered ones, then ended ones', () => {
    const state = welcomed(
      conversation({ id: 'answered', firstResponseMs: 5_000, assignedAt: 100 }),
      conversation({ id: 'late', queuedAt: 9_000 }),
      conversation({ id: 'early', queuedAt: 1_000 }),
    );
    const withEnded = run(
      state,
      frame({ type: 'conversation', conversation: conversation({ id: 'late', status: 'resolved', resolvedAt: 1 }) }),
    );
    expect(listedConversations(withEnded).map((c) => c.id)).toEqual(['early', 'answered', 'late']);
  });
});

describe('messages', () => {
  it('shows history and live messages once each, in seq order, whichever arrives first', () => {
    let state = welcomed(conversation());
    state = run(
      state,
      frame({ type: 'message', message: message(3) }),
      frame({ type: 'history', conversationId: 'c1', messages: [message(1), message(2), message(3)] }),
      frame({ type: 'message', message: message(2) }),
      frame({ type: 'message', message: message(4) }),
    );
    expect(threadOf(state, 'c1').messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('deduplicates by message id even under another seq (a replay after a reconnect)', () => {
    let state = welcomed(conversation());
    state = run(state, frame({ type: 'message', message: message(1, { id: 'same-id-0001' }) }));
    state = run(state, frame({ type: 'message', message: message(7, { id: 'same-id-0001' }) }));
    expect(threadOf(state, 'c1').messages).toHaveLength(1);
  });

  it('resumes after the last contiguous seq it holds, so a gap in live messages is asked for again', () => {
    let state = welcomed(conversation());
    state = run(state, frame({ type: 'message', message: message(5) }));
    expect(threadOf(state, 'c1').syncedSeq).toBe(0);
    state = run(state, frame({ type: 'history', conversationId: 'c1', messages: [message(1), message(2)] }));
    // 3 and 4 are still missing: the resume point stays at 2.
    expect(threadOf(state, 'c1').syncedSeq).toBe(2);
    state = run(state, frame({ type: 'message', message: message(3) }), frame({ type: 'message', message: message(4) }));
    expect(threadOf(state, 'c1').syncedSeq).toBe(5);
  });

  it('counts unread player messages only for conversations not on screen, and clears them on opening', () => {
    let state = welcomed(conversation({ id: 'c1' }), conversation({ id: 'c2' }));
    state = run(
      state,
      { type: 'select', conversationId: 'c1' },
      frame({ type: 'message', message: message(1, { conversationId: 'c1' }) }),
      frame({ type: 'message', message: message(1, { conversationId: 'c2' }) }),
      frame({ type: 'message', message: message(2, { conversationId: 'c2' }) }),
      frame({ type: 'message', message: message(2, { conversationId: 'c2' }) }),
      frame({ type: 'message', message: message(3, { conversationId: 'c2', author: 'agent', id: 'mine-00003' }) }),
    );
    expect(unreadCount(threadOf(state, 'c1'))).toBe(0);
    expect(unreadCount(threadOf(state, 'c2'))).toBe(2);
    expect(totalUnread(state)).toBe(2);
    state = run(state, { type: 'select', conversationId: 'c2' });
    expect(unreadCount(threadOf(state, 'c2'))).toBe(0);
    expect(threadOf(state, 'c2').readSeq).toBe(3);
  });

  it('does not count as read what arrives while the page is hidden', () => {
    let state = run(welcomed(conversation()), { type: 'select', conversationId: 'c1' }, { type: 'visibility', visible: false });
    state = run(state, frame({ type: 'history', conversationId: 'c1', messages: [message(1), message(2)] }));
    expect(unreadCount(threadOf(state, 'c1'))).toBe(2);
    state = run(state, { type: 'visibility', visible: true });
    expect(unreadCount(threadOf(state, 'c1'))).toBe(0);
  });

  it('takes what the agent read in another tab as read here', () => {
    let state = run(
      welcomed(conversation({ id: 'c1' }), conversation({ id: 'c2' })),
      { type: 'select', conversationId: 'c1' },
      frame({ type: 'message', message: message(1, { conversationId: 'c2' }) }),
      frame({ type: 'message', message: message(2, { conversationId: 'c2' }) }),
    );
    state = run(state, frame({ type: 'read', conversationId: 'c2', reader: 'agent', seq: 1 }));
    expect(unreadCount(threadOf(state, 'c2'))).toBe(1);
  });

  it("records how far the player has read, never backwards", () => {
    let state = run(welcomed(conversation()), frame({ type: 'read', conversationId: 'c1', reader: 'player', seq: 4 }));
    state = run(state, frame({ type: 'read', conversationId: 'c1', reader: 'player', seq: 2 }));
    expect(state.conversations.c1?.playerReadSeq).toBe(4);
  });

  it("shows the player typing until they stop, send a line, or the indicator expires", () => {
    const typing = (on: boolean, name: string | null = null): DeskEvent =>
      frame({ type: 'typing', conversationId: 'c1', typing: on, name });
    let state = run(welcomed(conversation()), typing(true));
    expect(threadOf(state, 'c1').playerTyping).toBe(true);
    expect(threadOf(run(state, typing(false)), 'c1').playerTyping).toBe(false);
    expect(threadOf(run(state, frame({ type: 'message', message: message(1) })), 'c1').playerTyping).toBe(false);
    expect(threadOf(run(state, { type: 'typing-expired', conversationId: 'c1' }), 'c1').playerTyping).toBe(false);
    // Our own typing, echoed from another tab, is not the player's.
    state = run(welcomed(conversation()), typing(true, 'Dana'));
    expect(threadOf(state, 'c1').playerTyping).toBe(false);
  });
});

describe('replies', () => {
  const compose = (id: string, text = 'Hello'): DeskEvent => ({ type: 'compose', id, conversationId: 'c1', text, at: 1 });

  it('shows a reply at once as pending and turns it into the stored line on ack', () => {
    let state = run(welcomed(conversation()), compose('reply-00001'));
    expect(threadOf(state, 'c1').pending.map((p) => p.state)).toEqual(['sending']);
    state = run(state, frame({ type: 'ack', id: 'reply-00001', conversationId: 'c1', seq: 1, at: 5_000 }));
    const thread = threadOf(state, 'c1');
    expect(thread.pending).toEqual([]);
    expect(thread.messages).toEqual([
      { conversationId: 'c1', seq: 1, id: 'reply-00001', author: 'agent', authorName: 'Dana', text: 'Hello', at: 5_000 },
    ]);
    expect(thread.syncedSeq).toBe(1);
  });

  it('takes the echo of its own reply as delivery, and a later ack adds nothing', () => {
    let state = run(welcomed(conversation()), compose('reply-00001'));
    state = run(
      state,
      frame({ type: 'message', message: message(1, { id: 'reply-00001', author: 'agent', authorName: 'Dana', text: 'Hello' }) }),
      frame({ type: 'ack', id: 'reply-00001', conversationId: 'c1', seq: 1, at: 5_000 }),
    );
    expect(threadOf(state, 'c1').pending).toEqual([]);
    expect(threadOf(state, 'c1').messages).toHaveLength(1);
  });

  it('fails the reply an error names, keeps it for a retry, and shows other errors as a notice', () => {
    let state = run(welcomed(conversation()), compose('reply-00001'));
    state = run(state, frame({ type: 'error', code: 'rate_limited', message: 'Slow down.', ref: 'reply-00001' }));
    expect(threadOf(state, 'c1').pending[0]).toMatchObject({ state: 'failed', error: 'Slow down.' });
    expect(state.notice).toBeNull();
    state = run(state, { type: 'retry', id: 'reply-00001' });
    expect(threadOf(state, 'c1').pending[0]?.state).toBe('sending');
    state = run(state, frame({ type: 'error', code: 'internal', message: 'Oops.' }));
    expect(state.notice).toEqual({ code: 'internal', message: 'Oops.' });
  });

  it('fails unsent replies of a conversation that left the agent while they were away', () => {
    let state = run(welcomed(conversation()), compose('reply-00001'));
    state = run(state, frame({ type: 'welcome', v: 1, agent: ME, conversations: [] }));
    expect(threadOf(state, 'c1').pending[0]?.state).toBe('failed');
  });

  it('keeps unsent replies of a conversation still held after a reconnect', () => {
    let state = run(welcomed(conversation()), compose('reply-00001'));
    state = run(
      state,
      { type: 'connection', change: { state: 'reconnecting', code: 1006, reason: 'lost' } },
      frame({ type: 'welcome', v: 1, agent: ME, conversations: [conversation()] }),
    );
    expect(threadOf(state, 'c1').pending[0]?.state).toBe('sending');
  });
});

describe('connection and status', () => {
  it('is not ready on a new socket until it is welcomed again, and remembers it was connected', () => {
    let state = welcomed();
    state = run(state, { type: 'connection', change: { state: 'reconnecting', code: 1006, reason: 'lost' } });
    expect(state.ready).toBe(false);
    state = run(state, { type: 'connection', change: { state: 'open', code: 0, reason: 'open' } });
    expect(state.ready).toBe(false);
    expect(state.wasReady).toBe(true);
  });

  it('shows the requested status until the server confirms the profile', () => {
    let state = run(welcomed(), { type: 'request-status', status: 'online' });
    expect(state.requestedStatus).toBe('online');
    state = run(state, frame({ type: 'agent', agent: { ...ME, status: 'online' } }));
    expect(state.requestedStatus).toBeNull();
    expect(state.me.status).toBe('online');
  });
});
