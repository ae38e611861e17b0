import { afterEach, expect, it } from 'vitest';
import { newConversation } from '../../../server/core/conversation';
import type { ConversationRecord } from '../../../server/store/records';
import type { Store } from '../../../server/store/store';

/** The floor tools' ports (notes, CSAT, canned replies, agents, shifts, webhooks, reports), run against every backend. */
export function floorToolsContract(open: () => Promise<Store>): void {
  let store: Store;
  afterEach(async () => {
    await store?.close();
  });

  const conversation = (id: string, playerId: string, createdAt: number, patch: Partial<ConversationRecord> = {}): ConversationRecord =>
    newConversation({ id, siteId: 'demo', playerId, createdAt, ...patch });

  async function withConversations() {
    store = await open();
    await store.createPlayer({ id: 'p1', siteId: 'demo', sessionHash: 'h1', name: 'Ana', vipTier: 0, managerAgentId: null, externalId: null, createdAt: 1 });
    await store.createConversation(conversation('c1', 'p1', 1_000, { topic: 'deposit' }));
    await store.createConversation(conversation('c2', 'p1', 5_000, { topic: 'bonus', status: 'resolved', resolvedAt: 6_000, deflected: true, botAt: 5_000, queuedAt: null }));
  }

  it('stores a note once per client id and lists notes oldest first', async () => {
    await withConversations();
    const note = { conversationId: 'c1', clientId: 'note-000002', siteId: 'demo', agentId: 'a1', agentName: 'Alice', text: 'Second', at: 200 };
    expect((await store.notes.add(note)).duplicate).toBe(false);
    const again = await store.notes.add({ ...note, text: 'changed' });
    expect(again).toMatchObject({ duplicate: true, note: { text: 'Second' } });
    await store.notes.add({ ...note, clientId: 'note-000001', text: 'First', at: 100 });
    expect((await store.notes.list('c1')).map((n) => n.text)).toEqual(['First', 'Second']);
    expect(await store.notes.list('c2')).toEqual([]);
  });

  it('keeps one rating per conversation, the latest', async () => {
    await withConversations();
    await store.csat.record({ conversationId: 'c1', siteId: 'demo', agentId: 'a1', rating: 2, comment: null, at: 100 });
    await store.csat.record({ conversationId: 'c1', siteId: 'demo', agentId: 'a1', rating: 5, comment: 'Great', at: 300 });
    expect(await store.csat.get('c1')).toMatchObject({ rating: 5, comment: 'Great', at: 300 });
    expect((await store.csat.between('demo', 0, 1000)).map((r) => r.rating)).toEqual([5]);
    expect(await store.csat.between('demo', 0, 300)).toEqual([]);
    expect((await store.csat.ofConversations(['c1', 'c2'])).map((r) => r.conversationId)).toEqual(['c1']);
  });

  it('manages canned replies with one shortcut per site', async () => {
    store = await open();
    const reply = { id: 'k1', siteId: 'demo', shortcut: 'bonus', title: 'Bonus', texts: { en: 'Hi {{player.name}}', fr: 'Bonjour' }, createdAt: 1, updatedAt: 1 };
    await store.canned.create(reply);
    await expect(store.canned.create({ ...reply, id: 'k2' })).rejects.toThrow();
    await store.canned.create({ ...reply, id: 'k3', siteId: 'other' });
    await store.canned.create({ ...reply, id: 'k4', shortcut: 'alpha' });
    expect((await store.canned.list('demo')).map((r) => r.shortcut)).toEqual(['alpha', 'bonus']);
    expect(await store.canned.update('k1', { texts: { en: 'Hello' }, updatedAt: 5 })).toMatchObject({ texts: { en: 'Hello' }, updatedAt: 5, shortcut: 'bonus' });
    expect(await store.canned.delete('k1')).toBe(true);
    expect(await store.canned.delete('k1')).toBe(false);
    expect(await store.canned.get('k1')).toBeNull();
  });

  it('lists and updates a site’s agents', async () => {
    store = await open();
    const agent = { id: 'a2', siteId: 'demo', email: 'zed@x.test', name: 'Zed', passwordHash: 'h', role: 'agent' as const, capacity: 3, skills: ['kyc'], languages: ['en'], disabled: false, createdAt: 1 };
    await store.createAgent(agent);
    await store.createAgent({ ...agent, id: 'a1', email: 'amy@x.test', name: 'Amy' });
    await store.createAgent({ ...agent, id: 'a3', email: 'o@x.test', name: 'Other', siteId: 'other' });
    expect((await store.agents.list('demo')).map((a) => a.name)).toEqual(['Amy', 'Zed']);
    expect(await store.agents.update('a2', { role: 'senior', skills: ['kyc', 'vip'], capacity: 5 })).toMatchObject({ role: 'senior', skills: ['kyc', 'vip'], capacity: 5, name: 'Zed' });
  });

  it('replaces a site’s rota at once', async () => {
    store = await open();
    await store.shifts.replace('demo', [
      { id: 's1', siteId: 'demo', agentId: 'a1', weekday: 0, startHour: 8, endHour: 16 },
      { id: 's2', siteId: 'demo', agentId: null, weekday: 0, startHour: 22, endHour: 6 },
    ]);
    await store.shifts.replace('demo', [{ id: 's3', siteId: 'demo', agentId: 'a1', weekday: 4, startHour: 9, endHour: 17 }]);
    expect(await store.shifts.list('demo')).toEqual([{ id: 's3', siteId: 'demo', agentId: 'a1', weekday: 4, startHour: 9, endHour: 17 }]);
  });

  it('adds, moves and deletes single shifts', async () => {
    store = await open();
    await store.shifts.create({ id: 's1', siteId: 'demo', agentId: 'a1', weekday: 2, startHour: 22, endHour: 6 });
    await store.shifts.create({ id: 's2', siteId: 'other', agentId: 'a9', weekday: 2, startHour: 8, endHour: 16 });
    expect(await store.shifts.get('s1')).toEqual({ id: 's1', siteId: 'demo', agentId: 'a1', weekday: 2, startHour: 22, endHour: 6 });
    expect(await store.shifts.update('s1', { agentId: null, weekday: 3, startHour: 9, endHour: 17 })).toEqual({ id: 's1', siteId: 'demo', agentId: null, weekday: 3, startHour: 9, endHour: 17 });
    expect(await store.shifts.update('gone', { agentId: null, weekday: 3, startHour: 9, endHour: 17 })).toBeNull();
    expect(await store.shifts.delete('s1')).toBe(true);
    expect(await store.shifts.delete('s1')).toBe(false);
    expect(await store.shifts.list('demo')).toEqual([]);
    expect((await store.shifts.list('other')).map((s) => s.id)).toEqual(['s2']);
  });

  it('enqueues a webhook event once, lets one sender claim it and logs the outcome', async () => {
    store = await open();
    await store.webhooks.create({ id: 'w1', siteId: 'demo', url: 'http://x.test/hook', secret: 's', events: ['conversation.created', 'sla.breached'], active: true, createdAt: 1 });
    expect((await store.webhooks.list('demo'))[0]).toMatchObject({ events: ['conversation.created', 'sla.breached'], active: true });
    const delivery = {
      id: 'd1',
      webhookId: 'w1',
      siteId: 'demo',
      event: 'sla.breached' as const,
      eventKey: 'sla.breached:c1:first_response',
      payload: '{}',
      status: 'pending' as const,
      attempts: 0,
      nextAttemptAt: 100,
      lastStatus: null,
      lastError: null,
      createdAt: 100,
      deliveredAt: null,
    };
    expect(await store.webhooks.enqueue(delivery)).toBe(true);
    expect(await store.webhooks.enqueue({ ...delivery, id: 'd2' })).toBe(false);
    expect(await store.webhooks.due(99, 10)).toEqual([]);
    expect((await store.webhooks.due(100, 10)).map((d) => d.id)).toEqual(['d1']);
    const [a, b] = await Promise.all([store.webhooks.claim('d1', 100, 200), store.webhooks.claim('d1', 100, 200)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect((a ?? b)!).toMatchObject({ status: 'sending', attempts: 1, nextAttemptAt: 200 });
    // The lease lapses: another sender may take it again.
    expect(await store.webhooks.claim('d1', 150, 300)).toBeNull();
    expect(await store.webhooks.claim('d1', 200, 300)).toMatchObject({ attempts: 2 });
    await store.webhooks.finish('d1', { status: 'delivered', nextAttemptAt: null, lastStatus: 204, lastError: null, deliveredAt: 210 });
    expect(await store.webhooks.deliveries('demo', { limit: 10 })).toMatchObject([{ id: 'd1', status: 'delivered', lastStatus: 204, deliveredAt: 210 }]);
    expect(await store.webhooks.delete('w1')).toBe(true);
    expect(await store.webhooks.deliveries('demo', { limit: 10 })).toEqual([]);
  });

  it('reads report facts: conversations by creation time, breaches, a player’s history and opening lines', async () => {
    await withConversations();
    await store.appendMessage({ conversationId: 'c1', clientId: 'm-000001', author: 'player', authorId: 'p1', authorName: null, text: 'Where is my deposit?', at: 1_001 });
    await store.appendMessage({ conversationId: 'c1', clientId: 'm-000002', author: 'player', authorId: 'p1', authorName: null, text: 'Hello?', at: 1_002 });
    await store.addEvent({ id: 'e1', conversationId: 'c1', siteId: 'demo', kind: 'breach', detail: 'first_response', agentId: 'a1', note: null, at: 400 });
    await store.addEvent({ id: 'e2', conversationId: 'c1', siteId: 'demo', kind: 'assigned', detail: null, agentId: 'a1', note: null, at: 300 });
    const facts = await store.reports.conversationFacts('demo', 0, 5_000);
    expect(facts).toEqual([
      expect.objectContaining({ id: 'c1', playerId: 'p1', topic: 'deposit', queuedAt: 1_000, deflected: false, botAt: null, breaches: [] }),
    ]);
    expect((await store.reports.conversationFacts('demo', 0, 5_001)).map((c) => [c.id, c.deflected])).toEqual([
      ['c1', false],
      ['c2', true],
    ]);
    expect(await store.reports.breaches('demo', 0, 1_000)).toEqual([{ conversationId: 'c1', kind: 'first_response', agentId: 'a1', at: 400 }]);
    expect((await store.reports.playerConversations('p1', 10)).map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(await store.reports.openingLines(['c1', 'c2'])).toEqual(new Map([['c1', 'Where is my deposit?']]));
  });

  it('counts the queue and each agent’s open chats, and imports closed history in bulk', async () => {
    store = await open();
    await store.history.import({
      players: [
        { id: 'p1', siteId: 'demo', sessionHash: 'h1', name: 'Ana', vipTier: 2, managerAgentId: null, externalId: 'ext-1', createdAt: 1 },
        { id: 'p2', siteId: 'demo', sessionHash: 'h2', name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: 1 },
      ],
      conversations: [
        conversation('q1', 'p1', 300),
        conversation('q2', 'p2', 100, { queuedAt: 150 }),
        conversation('a1', 'p2', 50, { status: 'assigned', agentId: 'a1' }),
        conversation('a2', 'p1', 60, { status: 'assigned', agentId: 'a1' }),
        conversation('r1', 'p1', 10, { status: 'resolved', agentId: 'a2', resolvedAt: 20, lastSeq: 2 }),
        conversation('x1', 'p2', 5, { siteId: 'other' }),
      ],
      messages: [
        { conversationId: 'r1', seq: 1, clientId: 'm1', author: 'player', authorId: 'p1', authorName: 'Ana', text: 'Opening line', at: 11 },
        { conversationId: 'r1', seq: 2, clientId: 'm2', author: 'agent', authorId: 'a2', authorName: 'Bo', text: 'Answer', at: 12 },
      ],
      events: [{ id: 'e1', conversationId: 'r1', siteId: 'demo', kind: 'resolved', detail: null, agentId: 'a2', note: null, at: 20 }],
      ratings: [{ conversationId: 'r1', siteId: 'demo', agentId: 'a2', rating: 3, comment: 'ok', at: 21 }],
    });
    expect(await store.reports.queue('demo')).toEqual({ length: 2, oldestQueuedAt: 150 });
    expect(await store.reports.queue('nowhere')).toEqual({ length: 0, oldestQueuedAt: null });
    expect(await store.reports.heldCounts('demo')).toEqual(new Map([['a1', 2]]));
    expect(await store.reports.player('p1')).toMatchObject({ externalId: 'ext-1', vipTier: 2 });
    expect(await store.reports.openingLines(['r1'])).toEqual(new Map([['r1', 'Opening line']]));
    expect((await store.listMessages('r1', 0, 10)).map((m) => m.text)).toEqual(['Opening line', 'Answer']);
    expect(await store.csat.get('r1')).toMatchObject({ rating: 3, comment: 'ok' });
    // An imported conversation takes new messages after its history.
    expect((await store.appendMessage({ conversationId: 'r1', clientId: 'm3', author: 'player', authorId: 'p1', authorName: 'Ana', text: 'Back again', at: 30 })).message.seq).toBe(3);
  });
}
