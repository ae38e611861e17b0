import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { signIdentity } from '../../server/core/identity';
import { login, wsUrl } from '../support/clients';
import { TEST_SITE } from '../support/test-server';
import { TestSocket } from '../support/ws-client';
import { startFloorUnderAttack, type FloorUnderAttack } from './floor-under-attack';

/**
 * Hostile content rather than hostile framing: markup, SQL metacharacters,
 * path traversal and polyglot files, forged and replayed signatures and other
 * players' ids, each refused with a typed error or kept as inert text, while
 * the bystander chat flows. How such text renders is rendering.test.ts; file
 * typing by magic bytes, tokens and download rights are
 * tests/integration/attachments.test.ts; smuggled conversation ids in `send`
 * and `hello` are tests/integration/security-authorization.test.ts.
 */
let floor: FloorUnderAttack;
beforeAll(async () => {
  floor = await startFloorUnderAttack();
});
afterAll(async () => {
  await floor?.finish().catch(() => undefined);
});

const SQL = ["'; DROP TABLE messages; --", "Robert'); DELETE FROM players; --", '" OR 1=1 --', '%_\\%\\_', '\\x00\u0000', "1' UNION SELECT token_hash FROM agent_sessions --"];
const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="javascript:alert(1)"></iframe>{{constructor.constructor("alert(1)")()}}${alert(1)}';

describe('hostile content', () => {
  it('stores SQL metacharacters and markup as inert text, byte for byte, in messages and names', async () => {
    const issuedAt = Date.now();
    const socket = await TestSocket.open(wsUrl(floor.server.url, '/v1/player'), { origin: floor.server.url, 'x-forwarded-for': '203.0.113.240' });
    const name = SQL[1]!;
    socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0, identity: { playerId: SQL[0], issuedAt, signature: signIdentity(TEST_SITE.identitySecret, SQL[0]!, issuedAt), name } });
    const welcome = await socket.type('welcome');
    const texts = [...SQL, MARKUP];
    await floor.whileFlowing(async () => {
      for (const text of texts) {
        const id = nanoid();
        socket.send({ type: 'send', id, text });
        await socket.type('ack', (f) => f.id === id);
      }
    });
    const conversation = await floor.server.store.latestConversationOfPlayer(welcome.playerId);
    const stored = await floor.server.store.listMessages(conversation!.id, 0, 100);
    // Byte for byte, except NUL, which the edge drops (PostgreSQL's text cannot hold it: server/edge/without-nul.ts).
    expect(stored.map((m) => m.text)).toEqual(texts.map((t) => t.replaceAll('\u0000', '')));
    expect(conversation!.playerName).toBe(name);
    // The tables the payloads name are all still there and still answer.
    expect((await floor.server.store.findPlayerByExternalId('demo', SQL[0]!))?.name).toBe(name);
    expect(await floor.server.store.listOpenConversations()).not.toHaveLength(0);
    socket.terminate();
  });

  it('answers SQL metacharacters and markup in sign-in, FAQ search and admin bodies with typed answers, never a server error', async () => {
    await floor.whileFlowing(async () => {
      for (const email of SQL) {
        const res = await fetch(`${floor.server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-pitboss-csrf': '1', 'x-forwarded-for': '203.0.113.241' }, body: JSON.stringify({ email, password: SQL[2] }) });
        expect([400, 401, 429]).toContain(res.status);
        expect(['bad_frame', 'unauthorized', 'rate_limited']).toContain((await res.json()).code);
      }
      for (const q of [...SQL, MARKUP]) {
        const res = await fetch(`${floor.server.url}/api/sites/demo/faq/search?q=${encodeURIComponent(q)}&locale=en`, { headers: { origin: floor.server.url } });
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      }
      // An admin's canned reply and FAQ article with markup are stored as given and served as JSON, never as a page.
      const { cookie } = await login(floor.server.url, 'max@luckystar.test');
      const write = (method: string, path: string, body: unknown) =>
        fetch(`${floor.server.url}${path}`, { method, headers: { cookie, 'content-type': 'application/json', 'x-pitboss-csrf': '1' }, body: JSON.stringify(body) });
      const canned = await write('POST', '/api/canned', { shortcut: 'hostile', title: MARKUP.slice(0, 80), texts: { en: MARKUP } });
      expect(canned.status).toBe(201);
      const article = await write('POST', '/api/admin/sites/demo/faq/articles', { id: 'hostile-article', topic: 'other', translations: { en: { title: MARKUP, body: `${MARKUP} ${SQL.join(' ')}` } } });
      expect(article.status).toBe(201);
      const served = await fetch(`${floor.server.url}/api/sites/demo/faq/articles/hostile-article?locale=en`, { headers: { origin: floor.server.url } });
      expect(served.headers.get('content-type')).toMatch(/^application\/json/);
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await served.json()).title).toBe(MARKUP);
    });
  });

  it('names an uploaded file without its path, controls or bidi overrides, and serves a polyglot only as a sandboxed download', async () => {
    const player = await floor.player();
    await player.say('here is my ID');
    const { token } = await player.socket.type('upload');
    // A real PNG header followed by HTML and script: a browser sniffing it would run the script.
    const polyglot = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    const names = ['../../../../etc/passwd', '..\\..\\windows\\win.ini', '%2e%2e%2f%2e%2e%2fconfig.png', 'id\u202Egnp.exe', 'a\u0000b\nc.png', '/absolute/path/card.png'];
    const uploaded: { id: string; name: string }[] = [];
    await floor.whileFlowing(async () => {
      for (const name of names) {
        const res = await fetch(`${floor.server.url}/api/attachments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'text/html', 'x-pitboss-filename': encodeURIComponent(name), origin: floor.server.url, 'x-forwarded-for': '203.0.113.242' },
          body: new Uint8Array(polyglot),
        });
        if (res.status === 429) {
          expect((await res.json()).code).toBe('rate_limited');
          continue;
        }
        expect(res.status).toBe(201);
        uploaded.push(await res.json());
      }
    });
    expect(uploaded.length).toBeGreaterThan(0);
    for (const file of uploaded) {
      expect(file.name).not.toMatch(/[/\\\u0000-\u001f\u202a-\u202e]|\.\./);
      expect(file.name.endsWith('.png')).toBe(true);
    }
    const download = await fetch(`${floor.server.url}/api/attachments/${uploaded[0]!.id}`, { headers: { authorization: `Bearer ${player.welcome.session}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toMatch(/sandbox/);
  });

  it('refuses wrong, tampered, foreign and replayed-after-expiry signatures, typed, each on its own socket', async () => {
    const issuedAt = Date.now();
    const good = signIdentity(TEST_SITE.identitySecret, 'casino-777', issuedAt);
    const attempts = [
      { playerId: 'casino-777', issuedAt, signature: good.replace(/^./, good[0] === 'a' ? 'b' : 'a') }, // one nibble changed
      { playerId: 'casino-778', issuedAt, signature: good }, // another player's signature
      { playerId: 'casino-777', issuedAt: issuedAt + 1, signature: good }, // another time
      { playerId: 'casino-777', issuedAt, signature: signIdentity('another-site-secret-0123456789', 'casino-777', issuedAt) },
      { playerId: 'casino-777', issuedAt: issuedAt - 25 * 60 * 60_000, signature: signIdentity(TEST_SITE.identitySecret, 'casino-777', issuedAt - 25 * 60 * 60_000) }, // replayed a day later
      { playerId: 'casino-777', issuedAt: issuedAt + 60 * 60_000, signature: signIdentity(TEST_SITE.identitySecret, 'casino-777', issuedAt + 60 * 60_000) }, // minted for the future
    ];
    await floor.whileFlowing(async () => {
      for (const identity of attempts) {
        const socket = await TestSocket.open(wsUrl(floor.server.url, '/v1/player'), { origin: floor.server.url, 'x-forwarded-for': '203.0.113.243' });
        socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0, identity });
        expect(await socket.type('error')).toMatchObject({ code: 'unauthorized' });
        expect((await socket.waitClosed()).code).toBe(4001);
      }
    });
    expect(await floor.server.store.findPlayerByExternalId('demo', 'casino-778')).toBeFalsy();
    // The genuine signature still works, and a replay of it within its lifetime is the same player (a reload), not a new one.
    const again = await TestSocket.open(wsUrl(floor.server.url, '/v1/player'), { origin: floor.server.url, 'x-forwarded-for': '203.0.113.244' });
    again.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0, identity: { playerId: 'casino-777', issuedAt, signature: good } });
    const once = (await again.type('welcome')).playerId;
    const twice = await TestSocket.open(wsUrl(floor.server.url, '/v1/player'), { origin: floor.server.url, 'x-forwarded-for': '203.0.113.245' });
    twice.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0, identity: { playerId: 'casino-777', issuedAt, signature: good } });
    expect((await twice.type('welcome')).playerId).toBe(once);
    again.terminate();
    twice.terminate();
  });

  it("never lets another player's ids reach their chat: read, typing, rating and transcript act on the sender's own", async () => {
    const victim = await floor.player();
    const victimAck = await victim.say('victim: my withdrawal');
    const victimConversation = victimAck.conversationId as string;
    const attacker = await floor.player();
    await attacker.say('attacker: hello');
    const foreign = { conversationId: victimConversation, playerId: victim.welcome.playerId };
    await floor.whileFlowing(async () => {
      attacker.socket.send({ type: 'read', seq: 1, ...foreign });
      attacker.socket.send({ type: 'typing', typing: true, ...foreign });
      attacker.socket.send({ type: 'csat', rating: 1, comment: 'bad', ...foreign });
      attacker.socket.send({ type: 'transcript', email: 'attacker@example.com', ...foreign });
      attacker.socket.send({ type: 'email', email: 'attacker@example.com', ...foreign });
      await new Promise((r) => setTimeout(r, 300));
    });
    for (const error of attacker.socket.frames.filter((f) => f.type === 'error')) expect(['bad_frame', 'conflict', 'not_found', 'rate_limited', 'forbidden']).toContain(error.code);
    const after = await floor.server.store.getConversation(victimConversation);
    expect(after?.offlineEmail ?? null).toBeNull();
    expect(after?.playerReadSeq ?? 0).toBe(0);
    expect(JSON.stringify(victim.socket.frames)).not.toContain('attacker');
  });

  it('lost no message of any other conversation', async () => {
    const finished = floor;
    floor = undefined as unknown as FloorUnderAttack;
    await finished.finish();
  });
});
