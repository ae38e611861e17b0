import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../protocol';
import { Transcript, type TranscriptLine } from '../../../../widget/client/transcript';

const agent = (seq: number, over: Partial<Message> = {}): Message => ({
  conversationId: 'c1',
  seq,
  id: `agent-${seq}-xxxxxxxx`,
  author: 'agent',
  authorName: 'Anna',
  text: `agent ${seq}`,
  at: seq,
  ...over,
});

const describeLines = (lines: readonly TranscriptLine[]) =>
  lines.map((l) => (l.kind === 'status' ? `[${l.status}]` : `${l.text}${l.delivery ? ` (${l.delivery})` : ''}`));

describe('Transcript', () => {
  it('puts stored lines in seq order and what is still sending after them', () => {
    const t = new Transcript();
    t.addPending('mine-1-xxxxxxxx', 'my question', 10);
    t.receive(agent(2));
    t.receive(agent(1));
    expect(describeLines(t.lines)).toEqual(['agent 1', 'agent 2', 'my question (sending)']);
    t.ack({ type: 'ack', id: 'mine-1-xxxxxxxx', conversationId: 'c1', seq: 3, at: 11 });
    t.receive(agent(4));
    expect(describeLines(t.lines)).toEqual(['agent 1', 'agent 2', 'my question (sent)', 'agent 4']);
    expect(t.lastSeq()).toBe(4);
  });

  it('keeps older conversations before newer ones although seq restarts at 1', () => {
    const t = new Transcript();
    t.receive(agent(1, { conversationId: 'old' }));
    t.receive(agent(2, { conversationId: 'old' }));
    t.receive(agent(1, { conversationId: 'new', id: 'new-1-xxxxxxxx', text: 'new 1' }));
    expect(describeLines(t.lines)).toEqual(['agent 1', 'agent 2', 'new 1']);
    expect(t.conversationId).toBe('new');
    expect(t.lastSeq()).toBe(1);
  });

  it('adds a status line when the status or the agent changes, not when a resume repeats it', () => {
    const t = new Transcript();
    const base = { id: 'c1', agentName: null, lastSeq: 1, agentReadSeq: 0 };
    t.receive(agent(1, { author: 'player', authorName: null, text: 'help' }));
    expect(t.updateConversation({ ...base, status: 'queued' })).toBe(true);
    expect(t.updateConversation({ ...base, status: 'queued' })).toBe(false);
    t.updateConversation({ ...base, status: 'assigned', agentName: 'Anna' });
    t.receive(agent(2));
    t.updateConversation({ ...base, status: 'assigned', agentName: 'Ben', lastSeq: 2 });
    expect(describeLines(t.lines)).toEqual(['help (sent)', '[queued]', '[assigned]', 'agent 2', '[assigned]']);
    const last = t.lines.at(-1);
    expect(last?.kind === 'status' && last.agentName).toBe('Ben');
  });

  it('fails only a line that is still waiting for the server', () => {
    const t = new Transcript();
    t.addPending('a-xxxxxxxx', 'a', 1);
    t.addPending('b-xxxxxxxx', 'b', 2);
    t.ack({ type: 'ack', id: 'a-xxxxxxxx', conversationId: 'c1', seq: 1, at: 1 });
    expect(t.fail('a-xxxxxxxx')).toBe(false);
    expect(t.fail('b-xxxxxxxx')).toBe(true);
    expect(describeLines(t.lines)).toEqual(['a (sent)', 'b (failed)']);
  });

  it('hands out a new lines array on every change and the same one otherwise (render memoization)', () => {
    const t = new Transcript();
    t.receive(agent(1));
    const before = t.lines;
    t.receive(agent(1));
    expect(t.lines).toBe(before);
    t.receive(agent(2));
    expect(t.lines).not.toBe(before);
  });
});
