import { describe, expect, it } from 'vitest';
import type { AgentServerFrame } from '../../../../protocol';
import { alertsBetween, alertText } from '../../../../demo/agent/desk-alerts';
import { deskReducer, initialDeskState, type DeskEvent, type DeskState } from '../../../../demo/agent/desk-state';
import { ME, conversation, message } from './fixtures';

const frame = (f: AgentServerFrame): DeskEvent => ({ type: 'frame', frame: f });
const run = (state: DeskState, ...events: DeskEvent[]) => events.reduce(deskReducer, state);
const welcomed = (...conversations: ReturnType<typeof conversation>[]) => run(initialDeskState(ME), frame({ type: 'welcome', v: 1, agent: ME, conversations }));
const kinds = (before: DeskState, after: DeskState) => alertsBetween(before, after).map((a) => `${a.kind}:${a.conversation.id}`);

describe('desk alerts', () => {
  it('say nothing about the chats a (re)connect’s welcome lists', () => {
    const before = initialDeskState(ME);
    expect(kinds(before, run(before, frame({ type: 'welcome', v: 1, agent: ME, conversations: [conversation({ id: 'c1' })] })))).toEqual([]);
  });

  it('alert on a chat newly assigned on an established socket, once', () => {
    const before = welcomed(conversation({ id: 'c1' }));
    const after = run(before, frame({ type: 'conversation', conversation: conversation({ id: 'c2' }) }));
    expect(kinds(before, after)).toEqual(['assigned:c2']);
    // The same chat updated (answered, say) is not new again.
    expect(kinds(after, run(after, frame({ type: 'conversation', conversation: conversation({ id: 'c2', firstResponseMs: 5_000 }) })))).toEqual([]);
  });

  it('alert on a player’s message in a background tab, not in the one on screen while the page is visible', () => {
    const base = run(welcomed(conversation({ id: 'c1' }), conversation({ id: 'c2' })), { type: 'select', conversationId: 'c1' });
    const inBackground = run(base, frame({ type: 'message', message: message(1, { conversationId: 'c2', id: 'm1' }) }));
    expect(kinds(base, inBackground)).toEqual(['message:c2']);
    const onScreen = run(base, frame({ type: 'message', message: message(1, { conversationId: 'c1', id: 'm2' }) }));
    expect(kinds(base, onScreen)).toEqual([]);
    // Our own reply in another tab of the desk is no news either.
    const ours = run(base, frame({ type: 'message', message: message(1, { conversationId: 'c2', id: 'm3', author: 'agent' }) }));
    expect(kinds(base, ours)).toEqual([]);
  });

  it('alert on a message in the open chat while the page is hidden', () => {
    const hidden = run(welcomed(conversation({ id: 'c1' })), { type: 'select', conversationId: 'c1' }, { type: 'visibility', visible: false });
    expect(kinds(hidden, run(hidden, frame({ type: 'message', message: message(1, { conversationId: 'c1', id: 'm1' }) })))).toEqual(['message:c1']);
  });

  it('word a notification without the player’s name or words', () => {
    const c = conversation({ id: 'c9', playerName: 'Maria Secret', topic: 'withdrawal', locale: 'fr', vipTier: 2, responsibleGambling: true });
    const text = alertText({ kind: 'assigned', conversation: c });
    expect(text).toEqual({ title: 'New chat assigned', body: 'Withdrawal · French · VIP 2 · Responsible gambling', tag: 'pitboss-c9' });
    expect(alertText({ kind: 'message', conversation: conversation({ topic: null, locale: 'en' }) })).toMatchObject({ title: 'New message in a chat', body: 'No topic yet · English' });
  });
});
