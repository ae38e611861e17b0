import { describe, expect, it } from 'vitest';
import { deskReducer, initialDeskState, MAX_BREACH_ALERTS, type DeskState } from '../../../../demo/agent/desk-state';
import type { AgentServerFrame, Note } from '../../../../protocol';
import { conversation, ME } from './fixtures';

const frame = (state: DeskState, f: AgentServerFrame) => deskReducer(state, { type: 'frame', frame: f });
const note = (id: string, at: number, text = id): Note => ({ id, conversationId: 'c1', agentId: 'a2', agentName: 'Sam', text, at });
const welcomed = () => frame(initialDeskState(ME), { type: 'welcome', v: 1, agent: ME, conversations: [conversation()] });

describe('desk state: notes, the floor and breach alerts', () => {
  it('merges notes heard live and in history by id, in time order, and forgets them when the chat is closed', () => {
    let state = frame(welcomed(), { type: 'note', note: note('n2', 200) });
    state = frame(state, { type: 'history', conversationId: 'c1', messages: [], notes: [note('n1', 100), note('n2', 200)] });
    expect(state.notes.c1!.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(frame(state, { type: 'note', note: note('n2', 200) })).toBe(state);
    state = frame(state, { type: 'conversation', conversation: conversation({ status: 'resolved', resolvedAt: 300 }) });
    state = deskReducer(state, { type: 'dismiss', conversationId: 'c1' });
    expect(state.notes.c1).toBeUndefined();
  });

  it('keeps the latest floor and the newest breaches, once each', () => {
    const floor = { siteId: 'demo', at: 5, queueLength: 3, longestWaitMs: 90_000, agentsOnline: 2, freeCapacity: 1, agents: [] };
    let state = frame(welcomed(), { type: 'floor', floor });
    expect(state.floor).toEqual(floor);
    const breach = (i: number) => ({ conversationId: `c${i}`, kind: 'first_response' as const, agentId: null, at: i });
    for (let i = 0; i < MAX_BREACH_ALERTS + 5; i++) state = frame(state, { type: 'breach', breach: breach(i) });
    state = frame(state, { type: 'breach', breach: breach(MAX_BREACH_ALERTS + 4) });
    expect(state.breachAlerts).toHaveLength(MAX_BREACH_ALERTS);
    expect(state.breachAlerts[0]!.conversationId).toBe(`c${MAX_BREACH_ALERTS + 4}`);
  });
});
