import { afterEach, expect, it } from 'vitest';
import type { Store } from '../../../server/store/store';
import { newConversation } from '../../../server/core/conversation';
import type { ConversationRecord } from '../../../server/store/records';

/** The cases every Store implementation must pass (hono's router suite style): run with a factory per backend. */
export function storeContract(open: () => Promise<Store>): void {
  let store: Store;
  afterEach(async () => {
    await store?.close();
  });

  const conversation = (id: string, playerId: string, createdAt: number, patch: Partial<ConversationRecord> = {}): ConversationRecord =>
    newConversation({ id, siteId: 'demo', playerId, createdAt, ...patch });

  async function withConversation(id = 'c1') {
    store = await open();
    await store.createPlayer({ id: 'p1', siteId: 'demo', sessionHash: `h-${id}`, name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: 1 });
    await store.createConversation(conversation(id, 'p1', 10));
  }

  const msg = (clientId: string, text = clientId) => ({
    conversationId: 'c1',
    clientId,
    author: 'player' as const,
    authorId: 'p1',
    authorName: null,
    text,
    at: 100,
  });

  it('numbers messages 1, 2, 3 in arrival order, also when appended in one turn', async () => {
    await withConversation();
    const results = await Promise.all(['a', 'b', 'c'].map((id) => store.appendMessage(msg(`client-${id}`))));
    expect(results.map((r) => r.message.seq)).toEqual([1, 2, 3]);
    expect((await store.getConversation('c1'))?.lastSeq).toBe(3);
    expect((await store.listMessages('c1', 1, 10)).map((m) => m.clientId)).toEqual(['client-b', 'client-c']);
  });

  it('stores a repeated client id once and returns the stored message', async () => {
    await withConversation();
    const [first, again] = await Promise.all([store.appendMessage(msg('same-id', 'first')), store.appendMessage(msg('same-id', 'second'))]);
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, message: { seq: first.message.seq, text: 'first' } });
    expect(await store.listMessages('c1', 0, 10)).toHaveLength(1);
  });

  it('fails only the bad message of a batch', async () => {
    await withConversation();
    const good = store.appendMessage(msg('good-one'));
    const bad = store.appendMessage({ ...msg('bad-one'), conversationId: 'missing' });
    await expect(bad).rejects.toThrow();
    expect((await good).message.seq).toBe(1);
  });

  it('patches conversations and finds the latest one of a player', async () => {
    await withConversation();
    await store.createConversation(conversation('c2', 'p1', 20));
    const updated = await store.updateConversation('c2', { status: 'assigned', agentId: 'a1', assignedAt: 25 });
    expect(updated).toMatchObject({ status: 'assigned', agentId: 'a1', assignedAt: 25, queuedAt: 20 });
    expect((await store.latestConversationOfPlayer('p1'))?.id).toBe('c2');
    expect((await store.listOpenConversations()).map((c) => c.id).sort()).toEqual(['c1', 'c2']);
  });

  it('round-trips the routing and SLA fields and keeps the event timeline in order', async () => {
    await withConversation();
    const updated = await store.updateConversation('c1', {
      responsibleGambling: true,
      excludedAgentIds: ['a1', 'a2'],
      breaches: ['first_response'],
      waitingSince: 500,
      pausedMs: 1234,
      needsSenior: true,
    });
    expect(updated).toMatchObject({ responsibleGambling: true, excludedAgentIds: ['a1', 'a2'], breaches: ['first_response'], waitingSince: 500, pausedMs: 1234, needsSenior: true, complex: false });
    await store.addEvent({ id: 'e2', conversationId: 'c1', siteId: 'demo', kind: 'breach', detail: 'first_response', agentId: null, note: null, at: 20 });
    await store.addEvent({ id: 'e1', conversationId: 'c1', siteId: 'demo', kind: 'assigned', detail: null, agentId: 'a1', note: null, at: 10 });
    expect((await store.listEvents('c1')).map((e) => e.kind)).toEqual(['assigned', 'breach']);
  });

  it('claims a queued conversation once: a second claim finds it taken', async () => {
    await withConversation();
    const first = await store.claimQueued('c1', { status: 'assigned', agentId: 'a1', assignedAt: 5 });
    const second = await store.claimQueued('c1', { status: 'assigned', agentId: 'a2', assignedAt: 6 });
    expect(first).toMatchObject({ status: 'assigned', agentId: 'a1' });
    expect(second).toBeNull();
    expect((await store.getConversation('c1'))?.agentId).toBe('a1');
  });

  it('finds players by site and session hash only', async () => {
    await withConversation();
    expect((await store.findPlayerBySession('demo', 'h-c1'))?.id).toBe('p1');
    expect(await store.findPlayerBySession('other', 'h-c1')).toBeNull();
  });
}
