import { afterEach, expect, it } from 'vitest';
import { newConversation } from '../../../server/core/conversation';
import type { ConversationRecord } from '../../../server/store/records';
import type { Store } from '../../../server/store/store';

/** Every row of every table, for "nothing of the player is left anywhere" checks; bytes read as latin1 text. */
export type AllRows = () => Promise<Record<string, Record<string, unknown>[]>>;

/** Transcript search, the audit log, GDPR erasure and the retention purge, run against every backend. */
export function playerDataContract(open: () => Promise<{ store: Store; allRows: AllRows }>): void {
  let store: Store;
  let allRows: AllRows;
  afterEach(async () => {
    await store?.close();
  });

  const DAY = 86_400_000;
  const conversation = (id: string, playerId: string, createdAt: number, patch: Partial<ConversationRecord> = {}): ConversationRecord =>
    newConversation({ id, siteId: 'demo', playerId, createdAt, ...patch });
  const player = (id: string, name: string | null, externalId: string | null) => ({ id, siteId: 'demo', sessionHash: `h-${id}`, name, vipTier: 0, managerAgentId: null, externalId, createdAt: 1 });
  let n = 0;
  const say = (conversationId: string, author: 'player' | 'agent', text: string, at: number) =>
    store.appendMessage({ conversationId, clientId: `m-${String(++n).padStart(8, '0')}`, author, authorId: author === 'player' ? null : 'a1', authorName: null, text, at });

  /** Two players of demo, one of another site; conversations over ten days with messages, ratings, notes and breaches. */
  async function floor() {
    ({ store, allRows } = await open());
    await store.createPlayer(player('p_ana', 'Ana Lima', 'casino-ana-77'));
    await store.createPlayer(player('p_bob', 'Bob Stone', null));
    await store.createPlayer({ ...player('p_other', 'Ana Lima', null), siteId: 'other' });
    await store.createConversation(conversation('c1', 'p_ana', 1 * DAY, { status: 'resolved', resolvedAt: 1 * DAY + 600_000, topic: 'withdrawal', agentId: 'a1', agentName: 'Alice', offlineEmail: 'ana@mail.test' }));
    await store.createConversation(conversation('c2', 'p_ana', 5 * DAY, { status: 'resolved', resolvedAt: 5 * DAY + 600_000, topic: 'bonus', agentId: 'a2', agentName: 'Bruno', breaches: ['first_response'] }));
    await store.createConversation(conversation('c3', 'p_bob', 8 * DAY, { status: 'assigned', topic: 'withdrawal', agentId: 'a1', agentName: 'Alice' }));
    await store.createConversation({ ...conversation('c4', 'p_other', 8 * DAY, { topic: 'withdrawal' }), siteId: 'other' });
    await say('c1', 'player', 'My withdrawal of 50% of my balance is stuck', 1 * DAY + 1);
    await say('c1', 'agent', 'Hi Ana, let me check', 1 * DAY + 2);
    await say('c2', 'player', 'Where is my free spins bonus?', 5 * DAY + 1);
    await say('c3', 'player', 'Withdrawal of 500 pending', 8 * DAY + 1);
    await say('c4', 'player', 'withdrawal on the other site', 8 * DAY + 1);
    await store.csat.record({ conversationId: 'c1', siteId: 'demo', agentId: 'a1', rating: 5, comment: 'Ana says thanks', at: 2 * DAY });
    await store.csat.record({ conversationId: 'c2', siteId: 'demo', agentId: 'a2', rating: 2, comment: null, at: 6 * DAY });
    await store.notes.add({ conversationId: 'c1', clientId: 'note-00000001', siteId: 'demo', agentId: 'a1', agentName: 'Alice', text: 'Ana sent her passport', at: 1 * DAY + 3 });
    await store.attachments.save(
      { id: 'f1', siteId: 'demo', conversationId: 'c1', uploader: 'player', uploaderId: 'p_ana', name: 'ana-passport.png', type: 'image/png', size: 12, createdAt: 1 * DAY + 4 },
      new TextEncoder().encode('Ana Lima png'),
    );
    await store.addEvent({ id: 'e1', conversationId: 'c1', siteId: 'demo', kind: 'transfer', detail: 'topic:kyc', agentId: 'a1', note: 'Ana Lima needs KYC', at: 1 * DAY + 5 });
    await store.addEvent({ id: 'e2', conversationId: 'c2', siteId: 'demo', kind: 'breach', detail: 'first_response', agentId: 'a2', note: null, at: 5 * DAY + 300_000 });
  }

  const search = (filter: Parameters<Store['transcripts']['search']>[1], limit = 25, offset = 0) =>
    store.transcripts.search('demo', filter, { limit, offset }).then((r) => ({ total: r.total, ids: r.rows.map((x) => x.id) }));

  it('finds a site’s conversations by player, text, agent, topic, status, dates, rating and breach, newest first and paged', async () => {
    await floor();
    expect(await search({})).toEqual({ total: 3, ids: ['c3', 'c2', 'c1'] });
    expect((await search({ player: 'ana li' })).ids).toEqual(['c2', 'c1']);
    expect((await search({ player: 'casino-ana-77' })).ids).toEqual(['c2', 'c1']);
    expect((await search({ player: 'ANA@MAIL' })).ids).toEqual(['c1']);
    expect((await search({ player: 'p_bob' })).ids).toEqual(['c3']);
    expect((await search({ text: 'WITHDRAWAL' })).ids).toEqual(['c3', 'c1']);
    // % is no wildcard and a number matches whole: "50%" is not in "500 pending" (the rest in transcript-search.contract.ts).
    expect((await search({ text: '50%' })).ids).toEqual(['c1']);
    expect((await search({ agentId: 'a1' })).ids).toEqual(['c3', 'c1']);
    expect((await search({ topic: 'bonus' })).ids).toEqual(['c2']);
    expect((await search({ status: 'open' })).ids).toEqual(['c3']);
    expect((await search({ status: 'closed' })).ids).toEqual(['c2', 'c1']);
    expect((await search({ from: 2 * DAY, to: 8 * DAY })).ids).toEqual(['c2']);
    expect((await search({ rating: 5 })).ids).toEqual(['c1']);
    expect((await search({ breached: true })).ids).toEqual(['c2']);
    expect((await search({ breached: false, text: 'withdrawal', agentId: 'a1', status: 'closed' })).ids).toEqual(['c1']);
    expect(await search({}, 2, 2)).toEqual({ total: 3, ids: ['c1'] });
    const [row] = (await store.transcripts.search('demo', { player: 'p_ana', rating: 5 }, { limit: 1, offset: 0 })).rows;
    expect(row).toMatchObject({ id: 'c1', playerName: 'Ana Lima', externalId: 'casino-ana-77', agentName: 'Alice', rating: 5, messageCount: 2, purgedAt: null, resolvedAt: 1 * DAY + 600_000 });
  });

  it('keeps the audit log per site, newest first, filtered by agent, action and time', async () => {
    ({ store, allRows } = await open());
    const entry = (id: string, at: number, patch = {}) => ({
      id, siteId: 'demo', at, agentId: 'a1', agentName: 'Max', role: 'admin' as const, action: 'transcript.open' as const, objectType: 'conversation' as const, objectId: 'c1', detail: null, ...patch,
    });
    await store.audit.add(entry('au1', 100));
    await store.audit.add(entry('au2', 200, { agentId: 'a2', action: 'player.export', objectType: 'player', objectId: 'p1' }));
    await store.audit.add(entry('au3', 300, { detail: '{"format":"csv"}', action: 'transcript.export' }));
    await store.audit.add(entry('au4', 400, { siteId: 'other' }));
    const ids = async (f: Partial<Parameters<Store['audit']['list']>[1]>) => {
      const { total, entries } = await store.audit.list('demo', { limit: 50, offset: 0, ...f });
      return { total, ids: entries.map((e) => e.id) };
    };
    expect(await ids({})).toEqual({ total: 3, ids: ['au3', 'au2', 'au1'] });
    expect(await ids({ agentId: 'a2' })).toEqual({ total: 1, ids: ['au2'] });
    expect(await ids({ action: 'transcript.open' })).toEqual({ total: 1, ids: ['au1'] });
    expect(await ids({ from: 150, to: 300 })).toEqual({ total: 1, ids: ['au2'] });
    expect(await ids({ limit: 1, offset: 1 })).toEqual({ total: 3, ids: ['au2'] });
    expect((await store.audit.list('demo', { limit: 1, offset: 0 })).entries[0]).toEqual(entry('au3', 300, { detail: '{"format":"csv"}', action: 'transcript.export' }));
  });

  it('erases a player: no row anywhere holds their ids, name, email or words, while the KPI facts stay countable', async () => {
    await floor();
    await store.webhooks.create({ id: 'w1', siteId: 'demo', url: 'http://x.test/hook', secret: 's', events: ['conversation.created', 'csat.received'], active: true, createdAt: 1 });
    const delivery = { webhookId: 'w1', siteId: 'demo', status: 'pending' as const, attempts: 0, nextAttemptAt: 1, lastStatus: null, lastError: null, createdAt: 1, deliveredAt: null };
    await store.webhooks.enqueue({ ...delivery, id: 'd1', event: 'conversation.created', eventKey: 'created:c1', payload: JSON.stringify({ conversation: { id: 'c1', playerId: 'p_ana' } }) });
    await store.webhooks.enqueue({ ...delivery, id: 'd2', event: 'csat.received', eventKey: 'csat:c1:1', payload: JSON.stringify({ rating: { conversationId: 'c1', comment: 'Ana says thanks' } }) });
    await store.webhooks.enqueue({ ...delivery, id: 'd3', event: 'conversation.created', eventKey: 'created:c3', payload: JSON.stringify({ conversation: { id: 'c3', playerId: 'p_bob' } }) });
    const audit = { siteId: 'demo', at: 1, agentId: 'a9', agentName: 'Max', role: 'admin' as const, objectId: null };
    await store.audit.add({ ...audit, id: 'au1', action: 'player.export', objectType: 'player', objectId: 'p_ana', detail: null });
    await store.audit.add({ ...audit, id: 'au2', action: 'transcript.search', objectType: 'search', detail: '{"player":"Ana Lima"}' });
    await store.audit.add({ ...audit, id: 'au3', action: 'transcript.search', objectType: 'search', detail: '{"player":"Bob"}' });
    const factsBefore = await store.reports.conversationFacts('demo', 0, 100 * DAY);

    const ana = (await store.playerData.findPlayer('demo', 'casino-ana-77'))!;
    expect(ana.id).toBe('p_ana');
    expect(await store.playerData.findPlayer('other', 'casino-ana-77')).toBeNull();
    const removed = await store.playerData.erase(ana, 'erased_x1', 50 * DAY);
    expect(removed).toEqual({ conversations: 2, messages: 3, attachments: 1, notes: 1 });

    const personal = ['p_ana', 'casino-ana-77', 'Ana Lima', 'ana@mail.test', 'Ana says thanks', 'My withdrawal of 50%', 'Hi Ana', 'free spins', 'passport', 'Ana Lima needs KYC'];
    const tables = await allRows();
    // The sweep must see every table that ever held the player, with their kept rows in it.
    expect(Object.keys(tables)).toEqual(expect.arrayContaining(['players', 'conversations', 'messages', 'notes', 'attachments', 'csat_ratings', 'conversation_events', 'webhook_deliveries', 'audit_log']));
    expect(tables.conversations!.map((c) => c.player_id).sort()).toEqual(['erased_x1', 'erased_x1', 'p_bob', 'p_other']);
    for (const [table, rows] of Object.entries(tables)) {
      for (const row of rows) {
        if (table === 'players' && row.site_id === 'other') continue; // another site's namesake is another person
        if (table === 'conversations' && row.site_id === 'other') continue;
        if (table === 'messages' && row.conversation_id === 'c4') continue;
        const text = JSON.stringify(row);
        for (const needle of personal) expect(text, `${table} still holds "${needle}"`).not.toContain(needle);
      }
    }
    // The facts: same conversations, times, topics, agents, breaches and ratings; one anonymous player behind both.
    const factsAfter = await store.reports.conversationFacts('demo', 0, 100 * DAY);
    expect(factsAfter).toEqual(factsBefore.map((f) => (f.playerId === 'p_ana' ? { ...f, playerId: 'erased_x1' } : f)));
    expect((await store.csat.between('demo', 0, 100 * DAY)).map((r) => [r.conversationId, r.rating, r.comment])).toEqual([['c1', 5, null], ['c2', 2, null]]);
    expect((await store.reports.breaches('demo', 0, 100 * DAY)).map((b) => b.conversationId)).toEqual(['c2']);
    // Everyone else's data is untouched.
    expect((await store.listMessages('c3', 0, 10)).map((m) => m.text)).toEqual(['Withdrawal of 500 pending']);
    expect((await store.listMessages('c4', 0, 10)).map((m) => m.text)).toEqual(['withdrawal on the other site']);
    expect((await store.webhooks.deliveries('demo', { limit: 10 })).map((d) => d.id)).toEqual(['d3']);
    expect((await store.audit.list('demo', { limit: 10, offset: 0 })).entries.map((e) => [e.id, e.objectId, e.detail]).sort()).toEqual([
      ['au1', 'erased_x1', null],
      ['au2', null, '[erased]'],
      ['au3', null, '{"player":"Bob"}'],
    ]);
    expect(await store.transcripts.purgedAt('c1')).toBe(50 * DAY);
    expect(await store.transcripts.purgedAt('c3')).toBeNull();
  });

  it('purges the content of conversations ended before the cutoff, once, and keeps their facts', async () => {
    await floor();
    const cutoff = 3 * DAY;
    expect(await store.playerData.purgeEnded('demo', cutoff, 60 * DAY)).toEqual({ conversations: 1, messages: 2, attachments: 1, notes: 1 });
    expect(await store.listMessages('c1', 0, 10)).toEqual([]);
    expect(await store.notes.list('c1')).toEqual([]);
    expect(await store.attachments.get('f1')).toBeNull();
    expect(await store.csat.get('c1')).toMatchObject({ rating: 5, comment: null });
    expect((await store.getConversation('c1'))).toMatchObject({ status: 'resolved', offlineEmail: null, topic: 'withdrawal', agentId: 'a1', playerId: 'p_ana' });
    expect((await store.listEvents('c1')).map((e) => [e.kind, e.detail, e.note])).toEqual([['transfer', 'topic:kyc', null]]);
    // Ended later, still open, or another site's: kept.
    expect((await store.listMessages('c2', 0, 10)).length).toBe(1);
    expect((await store.listMessages('c3', 0, 10)).length).toBe(1);
    expect((await store.listMessages('c4', 0, 10)).length).toBe(1);
    // Run again (another node, the next hour): nothing more to do.
    expect(await store.playerData.purgeEnded('demo', cutoff, 61 * DAY)).toEqual({ conversations: 0, messages: 0, attachments: 0, notes: 0 });
    expect(await store.transcripts.purgedAt('c1')).toBe(60 * DAY);
    // Two nodes purging the same conversations at once: both succeed, the content is gone once.
    await store.updateConversation('c2', { resolvedAt: 2 * DAY });
    const both = await Promise.all([store.playerData.purgeEnded('demo', cutoff, 63 * DAY), store.playerData.purgeEnded('demo', cutoff, 63 * DAY)]);
    expect(both.map((r) => r.messages).reduce((x, y) => x + y)).toBe(1);
    expect(await store.listMessages('c2', 0, 10)).toEqual([]);
    // Open conversations are never purged, however old.
    expect((await store.playerData.purgeEnded('demo', 100 * DAY, 64 * DAY)).conversations).toBe(0);
    expect((await store.listMessages('c3', 0, 10)).length).toBe(1);
  });
}
