import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../server/webhooks/webhook-signature';
import { connectAgent, connectPlayer, login } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let receiver: Server | null = null;
afterEach(async () => {
  await server?.stop();
  if (receiver) {
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver!.close(() => resolve()));
    receiver = null;
  }
});

const write = (method: string, path: string, cookie: string, body?: unknown) =>
  fetch(`${server.url}${path}`, { method, headers: { cookie, 'content-type': 'application/json', 'x-pitboss-csrf': '1' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const read = (path: string, cookie: string) => fetch(`${server.url}${path}`, { headers: { cookie } });

interface Received {
  event: string;
  body: string;
  signature: string | undefined;
}

/** A receiver that fails the first `failures` requests with 500, then answers 204. */
async function startReceiver(failures: number): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  let seen = 0;
  receiver = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen += 1;
      received.push({ event: String(req.headers['x-pitboss-event']), body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['x-pitboss-signature'] as string | undefined });
      res.statusCode = seen <= failures ? 500 : 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, received };
}

describe('webhooks', () => {
  it('sends every event of a chat signed, retries a failing receiver with backoff, and logs each delivery', async () => {
    server = await startTestServer({ site: { sla: { firstResponseMs: 1_000, resolutionMs: 900_000, escalationMs: 3_600_000 } }, floorTools: { webhooks: { retryDelaysMs: [60, 60], pollMs: 25 } } });
    const hook = await startReceiver(1);
    const max = await login(server.url, 'max@luckystar.test');
    const sara = await login(server.url, 'sara@luckystar.test');
    expect((await write('POST', '/api/webhooks', sara.cookie, { url: hook.url, events: ['sla.breached'] })).status).toBe(403);
    expect((await write('POST', '/api/webhooks', max.cookie, { url: 'ftp://nope', events: ['sla.breached'] })).status).toBe(400);
    const created = await write('POST', '/api/webhooks', max.cookie, {
      url: hook.url,
      events: ['conversation.created', 'conversation.assigned', 'conversation.resolved', 'sla.breached', 'csat.received'],
    });
    expect(created.status).toBe(201);
    const { webhook, secret } = await created.json();
    expect(secret).toMatch(/^whsec_/);
    expect(JSON.stringify(await (await read('/api/webhooks', max.cookie)).json())).not.toContain(secret);

    const player = await connectPlayer(server.url);
    const { conversationId } = await player.say('Where is my deposit?');
    // Nobody online for over a second: the 1 s first-response target is breached.
    await new Promise((r) => setTimeout(r, 1_300));
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    await alice.reply(conversationId, 'It is credited now.');
    player.socket.send({ type: 'csat', rating: 5 });
    await player.socket.type('csat');
    alice.socket.send({ type: 'resolve', conversationId });

    const events = ['conversation.created', 'sla.breached', 'conversation.assigned', 'csat.received', 'conversation.resolved'];
    await expect.poll(() => new Set(hook.received.map((r) => r.event)).size, { timeout: 5_000 }).toBe(5);
    // The first attempt got a 500 and was retried: six requests for five events, each event delivered once.
    await expect.poll(async () => (await (await read('/api/webhooks/deliveries', max.cookie)).json()).deliveries.filter((d: any) => d.status === 'delivered').length).toBe(5);
    expect(hook.received).toHaveLength(6);
    expect(hook.received[0]!.body).toBe(hook.received[1]!.body);
    for (const r of hook.received) expect(verifyWebhook(secret, r.signature, r.body, Date.now())).toBe(true);
    expect(verifyWebhook('whsec_wrong', hook.received[0]!.signature, hook.received[0]!.body, Date.now())).toBe(false);
    const bodies = hook.received.slice(1).map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.type).sort()).toEqual([...events].sort());
    expect(bodies.find((b) => b.type === 'conversation.resolved').data.conversation).toMatchObject({ id: conversationId, status: 'resolved', agentId: 'a_alice' });
    expect(bodies.find((b) => b.type === 'csat.received').data.rating).toMatchObject({ conversationId, rating: 5 });
    expect(bodies.find((b) => b.type === 'sla.breached').data.breach).toMatchObject({ conversationId, kind: 'first_response' });
    // Messages never travel in webhooks.
    expect(hook.received.map((r) => r.body).join()).not.toContain('Where is my deposit?');

    const log = (await (await read(`/api/webhooks/deliveries?webhook=${webhook.id}`, max.cookie)).json()).deliveries;
    const first = log.find((d: any) => d.event === 'conversation.created');
    expect(first).toMatchObject({ status: 'delivered', attempts: 2, lastStatus: 204 });
  });

  it('gives up after the last retry and says why', async () => {
    server = await startTestServer({ floorTools: { webhooks: { retryDelaysMs: [30, 30], pollMs: 20 } } });
    const hook = await startReceiver(99);
    const max = await login(server.url, 'max@luckystar.test');
    await write('POST', '/api/webhooks', max.cookie, { url: hook.url, events: ['conversation.created'] });
    await (await connectPlayer(server.url)).say('Hello');
    await expect.poll(async () => (await (await read('/api/webhooks/deliveries', max.cookie)).json()).deliveries[0]?.status, { timeout: 5_000 }).toBe('failed');
    const [delivery] = (await (await read('/api/webhooks/deliveries', max.cookie)).json()).deliveries;
    expect(delivery).toMatchObject({ attempts: 3, lastStatus: 500, lastError: 'Answered 500.' });
    expect(hook.received).toHaveLength(3);
  });
});

describe('admin: agents and canned replies', () => {
  it('lets an admin create an agent with a temporary password, change their role and skills, and reset it', async () => {
    server = await startTestServer();
    const max = await login(server.url, 'max@luckystar.test');
    const sara = await login(server.url, 'sara@luckystar.test');
    const agent = { email: 'Lena@LuckyStar.test', name: 'Lena Borg', role: 'agent', capacity: 3, skills: ['kyc', 'deposit'], languages: ['en', 'MT'] };
    expect((await write('POST', '/api/admin/agents', sara.cookie, agent)).status).toBe(403);
    const created = await write('POST', '/api/admin/agents', max.cookie, agent);
    expect(created.status).toBe(201);
    const { agent: lena, temporaryPassword } = await created.json();
    expect(lena).toMatchObject({ email: 'lena@luckystar.test', role: 'agent', languages: ['en', 'mt'], disabled: false });
    expect((await write('POST', '/api/admin/agents', max.cookie, agent)).status).toBe(409);
    expect((await login(server.url, 'lena@luckystar.test', temporaryPassword)).status).toBe(200);

    const patched = await write('PATCH', `/api/admin/agents/${lena.id}`, max.cookie, { role: 'senior', skills: ['kyc', 'vip'], capacity: 5 });
    expect((await patched.json()).agent).toMatchObject({ role: 'senior', skills: ['kyc', 'vip'], capacity: 5 });
    expect((await write('PATCH', `/api/admin/agents/a_max`, max.cookie, { role: 'agent' })).status).toBe(409);
    expect((await write('PATCH', `/api/admin/agents/${lena.id}`, max.cookie, { skills: ['poker'] })).status).toBe(400);

    const reset = await (await write('POST', `/api/admin/agents/${lena.id}/password`, max.cookie)).json();
    expect((await login(server.url, 'lena@luckystar.test', temporaryPassword)).status).toBe(401);
    expect((await login(server.url, 'lena@luckystar.test', reset.temporaryPassword)).status).toBe(200);

    const listed = (await (await read('/api/admin/agents', sara.cookie)).json()).agents;
    expect(listed.map((a: any) => a.email)).toContain('lena@luckystar.test');
    expect(listed.every((a: any) => !('passwordHash' in a))).toBe(true);
    expect((await read('/api/admin/agents', (await login(server.url, 'alice@luckystar.test')).cookie)).status).toBe(403);
  });

  it('lets supervisors manage canned replies, one shortcut each', async () => {
    server = await startTestServer();
    const sara = await login(server.url, 'sara@luckystar.test');
    const alice = await login(server.url, 'alice@luckystar.test');
    const reply = { shortcut: 'Refund', title: 'Refund policy', texts: { en: 'Refunds take 3 days, {{player.name}}.', fr: 'Les remboursements prennent 3 jours.' } };
    expect((await write('POST', '/api/canned', alice.cookie, reply)).status).toBe(403);
    const created = await write('POST', '/api/canned', sara.cookie, reply);
    expect(created.status).toBe(201);
    const { reply: saved } = await created.json();
    expect(saved).toMatchObject({ shortcut: 'refund', title: 'Refund policy' });
    expect((await write('POST', '/api/canned', sara.cookie, reply)).status).toBe(409);
    expect((await write('POST', '/api/canned', sara.cookie, { ...reply, shortcut: 'no spaces' })).status).toBe(400);
    expect((await write('POST', '/api/canned', sara.cookie, { ...reply, shortcut: 'empty', texts: {} })).status).toBe(400);
    const updated = await write('PUT', `/api/canned/${saved.id}`, sara.cookie, { ...reply, texts: { en: 'Refunds take 2 days.' } });
    expect((await updated.json()).reply.texts).toEqual({ en: 'Refunds take 2 days.' });
    expect((await (await read('/api/canned', alice.cookie)).json()).replies.map((r: any) => r.shortcut)).toEqual(['refund']);
    expect((await write('DELETE', `/api/canned/${saved.id}`, sara.cookie)).status).toBe(204);
    expect((await (await read('/api/canned', alice.cookie)).json()).replies).toEqual([]);
  });
});
