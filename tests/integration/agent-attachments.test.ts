import { afterEach, describe, expect, it } from 'vitest';
import { agentAttachmentPath, MAX_ATTACHMENT_BYTES } from '../../protocol';
import { connectAgent, connectPlayer, login } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake bytes')]);

function agentUpload(conversationId: string, body: Buffer, headers: Record<string, string>, name = 'bonus terms.pdf') {
  return fetch(`${server!.url}${agentAttachmentPath(conversationId)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-pitboss-filename': encodeURIComponent(name), ...headers },
    body: new Uint8Array(body),
  });
}

/** A player whose chat Alice holds. */
async function heldChat() {
  const player = await connectPlayer(server!.url, { origin: 'https://casino.example' });
  const alice = await connectAgent(server!.url, 'alice@luckystar.test', { status: 'online' });
  const ack = await player.say('Can you send me the bonus terms?');
  await alice.socket.type('conversation', (f) => f.conversation.id === ack.conversationId && f.conversation.status === 'assigned');
  return { player, alice, conversationId: ack.conversationId as string };
}

describe('agents send attachments', () => {
  it('delivers the agent’s file to the player as a message, which only that player downloads, sandboxed and by header token', async () => {
    server = await startTestServer();
    const { player, alice, conversationId } = await heldChat();
    const res = await agentUpload(conversationId, PDF, { cookie: alice.cookie, 'x-pitboss-csrf': '1' });
    expect(res.status).toBe(201);
    const { message } = await res.json();
    expect(message).toMatchObject({ conversationId, author: 'agent', authorName: 'Alice Martin', text: 'bonus terms.pdf', attachment: { name: 'bonus terms.pdf', type: 'application/pdf', size: PDF.length } });

    const live = await player.socket.type('message', (f) => f.message.attachment !== undefined);
    expect(live.message).toMatchObject({ id: message.id, seq: message.seq, attachment: message.attachment });
    // The desk hears its own file like any reply (all its tabs).
    expect((await alice.socket.type('message', (f) => f.message.id === message.id)).message.attachment).toEqual(message.attachment);
    expect(await server.store.attachments.get(message.attachment.id)).toMatchObject({ uploader: 'agent', uploaderId: 'a_alice', conversationId });

    const file = await fetch(`${server.url}/api/attachments/${message.attachment.id}`, { headers: { authorization: `Bearer ${player.welcome.session}`, origin: 'https://casino.example' } });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="bonus terms.pdf"; filename*=UTF-8''bonus%20terms.pdf`);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(file.headers.get('access-control-allow-origin')).toBe('https://casino.example');

    const stranger = await connectPlayer(server.url);
    expect((await fetch(`${server.url}/api/attachments/${message.attachment.id}`, { headers: { authorization: `Bearer ${stranger.welcome.session}` } })).status).toBe(404);
    alice.socket.close();
  });

  it('takes files only from the agent holding the open chat, with the CSRF header, of an allowed type and size', async () => {
    server = await startTestServer();
    const { alice, conversationId } = await heldChat();
    const write = { cookie: alice.cookie, 'x-pitboss-csrf': '1' };
    const bruno = (await login(server.url, 'bruno@luckystar.test')).cookie;
    const sara = (await login(server.url, 'sara@luckystar.test')).cookie;
    const cases: [string, Promise<Response>, number][] = [
      ['no CSRF header', agentUpload(conversationId, PDF, { cookie: alice.cookie }), 403],
      ['no session', agentUpload(conversationId, PDF, { 'x-pitboss-csrf': '1' }), 401],
      ['another agent', agentUpload(conversationId, PDF, { cookie: bruno, 'x-pitboss-csrf': '1' }), 403],
      ['a supervisor reading along', agentUpload(conversationId, PDF, { cookie: sara, 'x-pitboss-csrf': '1' }), 403],
      ['an unknown conversation', agentUpload('c_nope', PDF, write), 404],
      ['HTML named as a PNG', agentUpload(conversationId, Buffer.from('<html><script>alert(1)</script></html>'), write, 'shot.png'), 400],
      ['an empty body', agentUpload(conversationId, Buffer.alloc(0), write), 400],
      ['one byte over 10 MB', agentUpload(conversationId, Buffer.concat([PNG, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - PNG.length)]), write), 413],
    ];
    for (const [what, response, status] of cases) expect([what, (await response).status]).toEqual([what, status]);
    expect(await server.store.attachments.countInConversation(conversationId)).toBe(0);

    alice.socket.send({ type: 'resolve', conversationId });
    await alice.socket.type('conversation', (f) => f.conversation.status === 'resolved');
    expect((await agentUpload(conversationId, PDF, write)).status).toBe(409);
    alice.socket.close();
  });
});
