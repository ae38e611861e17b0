import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../protocol';
import { hashPassword } from '../../server/core/passwords';
import { DEMO_PASSWORD } from '../../server/seed';
import { connectAgent, connectPlayer, login } from '../support/clients';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake screenshot bytes')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

function upload(token: string | null, body: Buffer, name = 'screenshot.png', headers: Record<string, string> = {}) {
  return fetch(`${server!.url}/api/attachments`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-pitboss-filename': encodeURIComponent(name), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: new Uint8Array(body),
  });
}

function download(id: string, headers: Record<string, string>) {
  return fetch(`${server!.url}/api/attachments/${id}`, { headers });
}

/** A player with an open conversation (queued: nobody online) and its upload token. */
async function playerWithChat() {
  const player = await connectPlayer(server!.url);
  const ack = await player.say('Here is the screenshot of the error');
  const upload = await player.socket.type('upload');
  expect(upload).toMatchObject({ conversationId: ack.conversationId });
  return { ...player, conversationId: ack.conversationId as string, token: upload.token as string };
}

describe('attachments', () => {
  it('takes a screenshot with the upload token, sends it with a message, and serves it to the agent as a sandboxed download', async () => {
    server = await startTestServer();
    const player = await playerWithChat();
    const res = await upload(player.token, PNG, 'Écran 2026.png');
    expect(res.status).toBe(201);
    const ref = await res.json();
    expect(ref).toEqual({ id: expect.stringMatching(/^f_/), name: 'Écran 2026.png', type: 'image/png', size: PNG.length });

    const id = nanoid();
    player.socket.send({ type: 'send', id, text: ref.name, attachmentId: ref.id });
    await player.socket.type('ack', (f) => f.id === id);
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    const history = await (await fetch(`${server.url}/api/conversations/${player.conversationId}`, { headers: { cookie: alice.cookie } })).json();
    expect(history.messages.at(-1)).toMatchObject({ text: 'Écran 2026.png', attachment: ref });

    const file = await download(ref.id, { cookie: alice.cookie });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="_cran 2026.png"; filename*=UTF-8''%C3%89cran%202026.png`);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(file.headers.get('cache-control')).toBe('private, no-store');

    // The player reads their own file back with their session token.
    const own = await download(ref.id, { authorization: `Bearer ${player.welcome.session}` });
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('types files by their bytes, never by their name', async () => {
    server = await startTestServer();
    const { token } = await playerWithChat();
    const html = await upload(token, Buffer.from('<!doctype html><script>alert(document.cookie)</script>'), 'photo.png');
    expect(html.status).toBe(400);
    expect(await html.json()).toMatchObject({ code: 'bad_frame' });
    const svg = await upload(token, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'logo.png');
    expect(svg.status).toBe(400);

    const pdf = await (await upload(token, PDF, 'statement.txt', { 'content-type': 'image/png' })).json();
    expect(pdf).toMatchObject({ type: 'application/pdf', name: 'statement.txt.pdf' });
    const webp = await (await upload(token, Buffer.concat([Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1'), Buffer.alloc(8)]), 'a.webp')).json();
    expect(webp.type).toBe('image/webp');
    const jpeg = await (await upload(token, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), Buffer.alloc(16)]), '../../id-card.jpg')).json();
    expect(jpeg).toMatchObject({ type: 'image/jpeg', name: 'id-card.jpg' });
  });

  it('takes a file of exactly 10 MB and refuses one byte more, and an empty body', async () => {
    server = await startTestServer();
    const { token } = await playerWithChat();
    const atLimit = Buffer.alloc(MAX_ATTACHMENT_BYTES);
    PDF.copy(atLimit);
    expect((await upload(token, atLimit, 'big.pdf')).status).toBe(201);
    const over = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    PDF.copy(over);
    const refused = await upload(token, over, 'bigger.pdf');
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ code: 'too_large' });
    expect((await upload(token, Buffer.alloc(0), 'empty.png')).status).toBe(400);
  });

  it('accepts uploads only with a valid token of an open conversation', async () => {
    server = await startTestServer();
    const { token, conversationId } = await playerWithChat();
    expect((await upload(null, PNG)).status).toBe(401);
    expect((await upload('c_nope.1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', PNG)).status).toBe(401);
    const [, exp, mac] = token.split('.');
    expect((await upload(`${conversationId}.${Number(exp) + 1}.${mac}`, PNG)).status).toBe(401);
    const other = await playerWithChat();
    expect((await upload(`${other.conversationId}.${exp}.${mac}`, PNG)).status).toBe(401);

    // From the casino's page (an allowed origin) the answer carries CORS; from any other page it is refused.
    const allowed = await upload(token, PNG, 'ok.png', { origin: 'https://casino.example' });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://casino.example');
    expect((await upload(token, PNG, 'x.png', { origin: 'https://evil.example' })).status).toBe(403);

    const sara = await connectAgent(server.url, 'sara@luckystar.test', { status: 'online' });
    await sara.socket.type('conversation', (f) => f.conversation.id === conversationId && f.conversation.status === 'assigned', 10_000);
    sara.socket.send({ type: 'resolve', conversationId });
    await sara.socket.type('conversation', (f) => f.conversation.id === conversationId && f.conversation.status === 'resolved');
    const late = await upload(token, PNG);
    expect(late.status).toBe(409);
  });

  it('limits uploads per client address, tokens or not', async () => {
    server = await startTestServer();
    const { token } = await playerWithChat();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await upload(i % 2 ? token : null, PNG)).status);
    expect(answers.slice(0, 10).every((s) => s === 201 || s === 401)).toBe(true);
    const refused = await upload(token, PNG);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('serves a file only to its conversation’s player, the agent holding it and the site’s supervisors', async () => {
    server = await startTestServer({ extraSites: [{ ...TEST_SITE, id: 'rival', name: 'Rival Casino', allowedOrigins: ['https://rival.example'] }] });
    await server.store.createAgent({
      id: 'rival_sup',
      siteId: 'rival',
      email: 'sup@rival.test',
      name: 'Rival supervisor',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      role: 'supervisor',
      capacity: 2,
      skills: [],
      languages: ['en'],
      disabled: false,
      createdAt: 1,
    });
    const owner = await playerWithChat();
    const ref = await (await upload(owner.token, PNG)).json();
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await alice.socket.type('conversation', (f) => f.conversation.id === owner.conversationId && f.conversation.status === 'assigned');

    const stranger = await connectPlayer(server.url);
    const cases: [string, Record<string, string>, number][] = [
      ['the player', { authorization: `Bearer ${owner.welcome.session}` }, 200],
      ['the holding agent', { cookie: alice.cookie }, 200],
      ['a supervisor of the site', { cookie: (await login(server.url, 'sara@luckystar.test')).cookie }, 200],
      ['another agent', { cookie: (await login(server.url, 'bruno@luckystar.test')).cookie }, 403],
      ['another site’s supervisor', { cookie: (await login(server.url, 'sup@rival.test')).cookie }, 404],
      ['another player', { authorization: `Bearer ${stranger.welcome.session}` }, 404],
      ['a made-up session', { authorization: 'Bearer not-a-session' }, 404],
      ['nobody', {}, 401],
    ];
    for (const [who, headers, status] of cases) expect([who, (await download(ref.id, headers)).status]).toEqual([who, status]);
    expect((await download('f_unknown', { cookie: alice.cookie })).status).toBe(404);
  });

  it('sends only the player’s own file of their open conversation with a message', async () => {
    server = await startTestServer();
    const owner = await playerWithChat();
    const ref = await (await upload(owner.token, PNG)).json();
    const other = await playerWithChat();
    const id = nanoid();
    other.socket.send({ type: 'send', id, text: 'look', attachmentId: ref.id });
    expect(await other.socket.type('error', (f) => f.ref === id)).toMatchObject({ code: 'not_found' });
    const none = nanoid();
    owner.socket.send({ type: 'send', id: none, text: 'x', attachmentId: 'f_does_not_exist' });
    expect(await owner.socket.type('error', (f) => f.ref === none)).toMatchObject({ code: 'not_found' });
  });
});
