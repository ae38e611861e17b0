import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../server/core/clock';
import { CLOSE_CODES } from '../../protocol';
import { connectAgent, connectPlayer, login } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';
import { transcriptHistory } from '../support/transcript-history';

let server: TestServer;
afterEach(async () => {
  await server?.stop();
});

const read = (path: string, cookie: string) => fetch(`${server.url}${path}`, { headers: { cookie } });
const post = (path: string, cookie: string, csrf = true) => fetch(`${server.url}${path}`, { method: 'POST', headers: { cookie, ...(csrf ? { 'x-pitboss-csrf': '1' } : {}) } });
const audit = async (cookie: string, query = '') => (await (await read(`/api/audit${query}`, cookie)).json()) as { total: number; entries: { action: string; agentId: string | null; role: string | null; objectId: string | null; detail: string | null }[] };

describe('transcripts', () => {
  it('lets supervisors search, read and export their site’s transcripts, each access audited for the admin to read', async () => {
    server = await startTestServer({ extraSites: [{ id: 'rival', name: 'Rival', allowedOrigins: ['self'], identitySecret: 'rival-secret-0123456789abcdef' }] });
    await server.store.history.import(transcriptHistory(Date.now()));
    await server.store.history.import(transcriptHistory(Date.now(), { siteId: 'rival', prefix: 'r' }));
    const [alice, sara, max] = await Promise.all(['alice', 'sara', 'max'].map((who) => login(server.url, `${who}@luckystar.test`)));

    // An agent may not search; a supervisor finds by message text, only on her own site.
    expect((await read('/api/transcripts', alice!.cookie)).status).toBe(403);
    expect((await read('/api/transcripts/export?format=csv', alice!.cookie)).status).toBe(403);
    expect((await fetch(`${server.url}/api/transcripts`)).status).toBe(401);
    const found = await (await read('/api/transcripts?text=STUCK', sara!.cookie)).json();
    expect(found).toMatchObject({ total: 1, page: 1, conversations: [{ id: 'c_ana', playerName: 'Ana Lima', externalId: 'casino-ana-77', rating: 5, agentName: 'Alice Martin', opening: 'My withdrawal of 200 EUR is stuck since Monday' }] });
    expect((await (await read('/api/transcripts?player=ana%40mail', sara!.cookie)).json()).total).toBe(1);
    expect((await (await read('/api/transcripts?topic=bonus&rating=5', sara!.cookie)).json()).total).toBe(0);
    const bad = await read('/api/transcripts?rating=9', sara!.cookie);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'bad_frame', message: expect.stringContaining('rating') });

    // One transcript: messages, rating and SLA facts; another site's id is not found, as is any unknown id.
    const transcript = await (await read('/api/transcripts/c_ana', sara!.cookie)).json();
    expect(transcript.messages.map((m: { text: string }) => m.text)).toEqual(['My withdrawal of 200 EUR is stuck since Monday', 'Hi Ana, I can see it; it leaves today.']);
    expect(transcript).toMatchObject({ rating: { rating: 5, comment: 'Quick and kind' }, offlineEmail: 'ana@mail.test', conversation: { firstResponseMs: 20_000, topic: 'withdrawal' } });
    expect((await read('/api/transcripts/rc_ana', sara!.cookie)).status).toBe(404);
    // Alice answered it, so she may read it; Bruno may not.
    expect((await read('/api/transcripts/c_bob', alice!.cookie)).status).toBe(200);
    const bruno = await login(server.url, 'bruno@luckystar.test');
    expect((await read('/api/transcripts/c_bob', bruno.cookie)).status).toBe(403);

    // Exports: a download; a line that a spreadsheet would run stays text.
    const csv = await read('/api/transcripts/c_bob/export?format=csv', sara!.cookie);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="transcript-c_bob.csv"');
    const body = await csv.text();
    expect(body).toContain(`"'=HYPERLINK(""http://evil.test"",""free spins"")"`);
    expect(body.split('\r\n')[0]).toBe('conversation,time,kind,author,name,text');
    const text = await (await read('/api/transcripts/c_ana/export?format=text', sara!.cookie)).text();
    expect(text).toContain('Player: Ana Lima (p_ana, casino id casino-ana-77)');
    expect(text).toMatch(/\] Alice Martin: Hi Ana, I can see it; it leaves today\./);
    expect((await read('/api/transcripts/c_ana/export?format=xml', sara!.cookie)).status).toBe(400);
    const all = await (await read('/api/transcripts/export?format=json&topic=bonus', sara!.cookie)).json();
    expect(all.conversations.map((c: { id: string }) => c.id)).toEqual(['c_bob']);
    const allCsv = await (await read('/api/transcripts/export?format=csv', sara!.cookie)).text();
    expect(allCsv.trim().split('\r\n')).toHaveLength(3);

    // Only admins read the audit log; it names who opened what, as the server saw it.
    expect((await read('/api/audit', sara!.cookie)).status).toBe(403);
    const opened = await audit(max!.cookie, '?action=transcript.open');
    expect(opened.entries.map((e) => [e.agentId, e.role, e.objectId])).toEqual([
      ['a_alice', 'agent', 'c_bob'],
      ['a_sara', 'supervisor', 'c_ana'],
    ]);
    const bySara = await audit(max!.cookie, '?agentId=a_sara');
    expect(bySara.entries.map((e) => e.action)).toEqual(['transcript.export', 'transcript.export', 'transcript.export', 'transcript.export', 'transcript.open', 'transcript.search', 'transcript.search', 'transcript.search']);
    expect(bySara.entries.at(-1)!.detail).toContain('"text":"STUCK"');
    expect((await audit(max!.cookie, `?from=${Date.now() + 60_000}`)).total).toBe(0);
    expect((await read('/api/audit?action=nope', max!.cookie)).status).toBe(400);
  });
});

describe('GDPR', () => {
  it('lets only an admin export and erase a player, refuses while they chat, and audits both', async () => {
    server = await startTestServer();
    await server.store.history.import(transcriptHistory(Date.now()));
    const [alice, sara, max] = await Promise.all(['alice', 'sara', 'max'].map((who) => login(server.url, `${who}@luckystar.test`)));

    for (const who of [alice!, sara!]) {
      expect((await read('/api/players/casino-ana-77/data', who.cookie)).status).toBe(403);
      expect((await post('/api/players/casino-ana-77/erase', who.cookie)).status).toBe(403);
    }
    expect((await post('/api/players/casino-ana-77/erase', max!.cookie, false)).status).toBe(403);

    const exported = await read('/api/players/casino-ana-77/data', max!.cookie);
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="player-data-p_ana.json"');
    const data = await exported.json();
    expect(data).toMatchObject({ player: { id: 'p_ana', name: 'Ana Lima', externalId: 'casino-ana-77' }, conversations: [{ id: 'c_ana', offlineEmail: 'ana@mail.test', rating: { rating: 5, comment: 'Quick and kind' } }] });
    expect(data.conversations[0].messages).toHaveLength(2);

    // A player chatting now cannot be erased under the relay's feet.
    const live = await connectPlayer(server.url);
    await live.say('hello, I am here now');
    const open = await (await read('/api/transcripts?status=open', sara!.cookie)).json();
    const livePlayer = open.conversations[0].playerId;
    const refused = await post(`/api/players/${livePlayer}/erase`, max!.cookie);
    expect(refused.status).toBe(409);
    live.socket.close();

    const erased = await (await post('/api/players/casino-ana-77/erase', max!.cookie)).json();
    expect(erased).toMatchObject({ anonymousId: expect.stringMatching(/^erased_/), conversations: 1, messages: 2 });
    expect((await read('/api/players/casino-ana-77/data', max!.cookie)).status).toBe(404);
    expect((await read('/api/players/p_ana/data', max!.cookie)).status).toBe(404);
    const after = await (await read('/api/transcripts/c_ana', sara!.cookie)).json();
    expect(after).toMatchObject({ messages: [], offlineEmail: null, externalId: null, purgedAt: expect.any(Number), conversation: { playerName: null, firstResponseMs: 20_000 } });
    const log = await audit(max!.cookie, '?agentId=a_max');
    expect(log.entries.map((e) => [e.action, e.objectId])).toEqual([
      ['player.erase', erased.anonymousId],
      ['player.export', erased.anonymousId],
    ]);
  });
});

describe('GDPR erasure of a connected player', () => {
  it('ends the socket still open under the erased id; the widget’s reconnect is a new anonymous player who can chat', async () => {
    server = await startTestServer();
    const max = await login(server.url, 'max@luckystar.test');
    const player = await connectPlayer(server.url);
    const { conversationId } = await player.say('Please delete everything you have about me');
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    alice.socket.send({ type: 'resolve', conversationId });
    await player.socket.type('conversation', (f) => f.conversation.status === 'resolved');

    const erased = await post(`/api/players/${player.welcome.playerId}/erase`, max.cookie);
    expect(erased.status).toBe(200);
    // Going away, not refused: the widget reconnects at once with the token it holds.
    expect(await player.socket.waitClosed()).toMatchObject({ code: CLOSE_CODES.goingAway, reason: 'player data erased' });

    const again = await connectPlayer(server.url, { session: player.welcome.session, conversationId, lastSeq: 1 });
    expect(again.welcome.playerId).not.toBe(player.welcome.playerId);
    expect(again.welcome.session).not.toBe(player.welcome.session);
    expect(again.welcome).toMatchObject({ conversation: null, messages: [] });
    const ack = await again.say('Hello again');
    expect(ack.conversationId).not.toBe(conversationId);
    expect((await server.store.listMessages(ack.conversationId, 0, 10)).map((m) => m.text)).toEqual(['Hello again']);
    expect(await server.store.playerData.findPlayer('demo', player.welcome.playerId)).toBeNull();
  });
});

describe('retention', () => {
  it('purges what ended longer ago than the site keeps, on the relay’s own timer, and leaves the rest', async () => {
    const clock = new FakeClock(Date.now());
    server = await startTestServer({ clock, site: { retentionDays: 1 }, floorTools: { retentionIntervalMs: 40 } });
    await server.store.history.import(transcriptHistory(clock.now(), { hoursAgo: 30 }));
    await server.store.history.import(transcriptHistory(clock.now(), { hoursAgo: 2, prefix: 'new-' }));

    await expect.poll(async () => (await server.store.listMessages('c_ana', 0, 10)).length, { timeout: 5_000 }).toBe(0);
    expect(await server.store.listMessages('c_bob', 0, 10)).toEqual([]);
    expect((await server.store.listMessages('new-c_ana', 0, 10)).length).toBe(2);
    expect(await server.store.csat.get('c_ana')).toMatchObject({ rating: 5, comment: null });
    expect(await server.store.getConversation('c_ana')).toMatchObject({ status: 'resolved', offlineEmail: null, firstResponseMs: 20_000 });

    // A day later the newer ones have aged out too.
    clock.advance(24 * 3_600_000);
    await expect.poll(async () => (await server.store.listMessages('new-c_ana', 0, 10)).length, { timeout: 5_000 }).toBe(0);
    const { entries } = await server.store.audit.list('demo', { action: 'retention.purge', limit: 10, offset: 0 });
    expect(entries.map((e) => [e.agentId, e.objectId, JSON.parse(e.detail!).conversations])).toEqual([
      [null, 'demo', 2],
      [null, 'demo', 2],
    ]);
  });
});

describe('admin edits in the audit log', () => {
  it('records successful admin writes with the object they touched, and nothing for refused ones', async () => {
    server = await startTestServer();
    const [sara, max] = await Promise.all(['sara', 'max'].map((who) => login(server.url, `${who}@luckystar.test`)));
    const write = (method: string, path: string, cookie: string, body: unknown) =>
      fetch(`${server.url}${path}`, { method, headers: { cookie, 'content-type': 'application/json', 'x-pitboss-csrf': '1' }, body: JSON.stringify(body) });
    const created = await write('POST', '/api/canned', sara!.cookie, { shortcut: 'kyc-docs', title: 'KYC documents', texts: { en: 'Please send a photo of your ID.' } });
    expect(created.status).toBe(201);
    const { reply } = await created.json();
    expect((await write('POST', '/api/webhooks', sara!.cookie, { url: 'https://x.test/h', events: ['sla.breached'] })).status).toBe(403);
    expect((await post('/api/agents/a_bruno/disable', max!.cookie)).status).toBe(204);
    // Written once the answer has gone out, so it may land a moment after the client has it.
    await expect
      .poll(async () => (await audit(max!.cookie)).entries.map((e) => [e.action, e.agentId, e.objectId]))
      .toEqual([
        ['agent.disable', 'a_max', 'a_bruno'],
        ['canned.create', 'a_sara', reply.id],
      ]);
  });
});
