import { describe, expect, it } from 'vitest';
import type { PlayerClientFrame, PlayerConversation } from '../../../../protocol';
import { PlayerRequests } from '../../../../widget/client/player-requests';

function setup() {
  const sent: PlayerClientFrame[] = [];
  let online = true;
  let conversation: PlayerConversation | null = null;
  const requests = new PlayerRequests({ send: (frame) => online && sent.push(frame) > 0, conversation: () => conversation });
  return {
    requests,
    sent,
    setOnline: (value: boolean) => (online = value),
    setConversation: (c: Partial<PlayerConversation> | null) => (conversation = c ? { id: 'c1', status: 'queued', agentName: null, lastSeq: 1, agentReadSeq: 0, ...c } : null),
  };
}

describe('PlayerRequests', () => {
  it('holds an address left before any question and sends it once the question is queued', () => {
    const t = setup();
    expect(t.requests.leaveEmail('ana@example.com')).toBe(true);
    expect(t.sent).toEqual([]);
    expect(t.requests.view(0).heldEmail).toBe('ana@example.com');
    t.setConversation({ status: 'bot' });
    t.requests.conversationChanged();
    expect(t.sent).toEqual([]);
    t.setConversation({ status: 'queued' });
    t.requests.conversationChanged();
    expect(t.sent).toEqual([{ type: 'email', email: 'ana@example.com' }]);
    expect(t.requests.view(0)).toMatchObject({ heldEmail: null, request: { kind: 'email', failed: false } });
    t.requests.receive({ type: 'availability', agentsOnline: 0, expectedWaitMs: -1, offerEmail: true, email: 'ana@example.com' });
    expect(t.requests.view(0).request).toBeNull();
  });

  it('marks the request in flight as failed on an error without a message id, or when the socket drops', () => {
    const t = setup();
    t.setConversation({ status: 'resolved', agentName: 'Anna' });
    expect(t.requests.ask('csat', { type: 'csat', rating: 5 })).toBe(true);
    t.requests.refused();
    expect(t.requests.view(0).request).toEqual({ kind: 'csat', failed: true });
    t.requests.ask('transcript', { type: 'transcript', email: 'a@example.com' });
    t.requests.dropped();
    expect(t.requests.view(0).request).toEqual({ kind: 'transcript', failed: true });
    t.setOnline(false);
    expect(t.requests.ask('csat', { type: 'csat', rating: 4 })).toBe(false);
  });

  it('keeps ratings, mailed transcripts and upload tokens to the conversation they belong to', () => {
    const t = setup();
    t.setConversation({ status: 'assigned' });
    t.requests.receive({ type: 'upload', conversationId: 'c1', token: 't', expiresAt: 1_000 });
    expect(t.requests.view(999).canAttach).toBe(true);
    expect(t.requests.view(1_000).canAttach).toBe(false);
    t.setConversation({ status: 'resolved' });
    expect(t.requests.view(0).canAttach).toBe(false);
    t.requests.receive({ type: 'csat', conversationId: 'c1', rating: 4 });
    t.requests.receive({ type: 'transcript', conversationId: 'c1', email: 'a@example.com' });
    expect(t.requests.view(0)).toMatchObject({ rating: 4, transcriptTo: 'a@example.com' });
    t.setConversation({ id: 'c2', status: 'queued' });
    expect(t.requests.view(0)).toMatchObject({ rating: null, transcriptTo: null, canAttach: false });
  });
});
