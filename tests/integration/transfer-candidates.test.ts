import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TransferCandidateListSchema } from '../../protocol';
import * as v from 'valibot';
import { hashPassword } from '../../server/core/passwords';
import { DEMO_PASSWORD } from '../../server/seed';
import { connectAgent, connectPlayer } from '../support/clients';
import { startTestServer, TEST_SITE, type TestServer } from '../support/test-server';

/**
 * Named-agent transfer from the desk: the relay lists the colleagues a chat
 * can go to (online, same site, not disabled, not the asker) with their load,
 * and the holder hands it to one over the socket.
 */
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ extraSites: [{ ...TEST_SITE, id: 'rival', name: 'Rival Casino', allowedOrigins: ['https://rival.example'] }] });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const base = { passwordHash, role: 'agent' as const, capacity: 3, skills: ['kyc'], languages: ['en'], disabled: false, createdAt: Date.now() };
  await server.store.createAgent({ ...base, id: 'rival_ann', siteId: 'rival', email: 'ann@rival.test', name: 'Ann Rival' });
  await server.store.createAgent({ ...base, id: 'a_lena', siteId: 'demo', email: 'lena@luckystar.test', name: 'Lena Disabled' });
});
afterEach(async () => {
  await server.stop();
});

async function candidates(cookie: string) {
  const res = await fetch(`${server.url}/api/transfer-candidates`, { headers: { cookie } });
  return { status: res.status, body: await res.json() };
}

describe('transfer to a named colleague', () => {
  it('lists only online colleagues of the same site, with load and capacity, and hands the chat to the one picked', async () => {
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    const ack = await player.say('I need help with a withdrawal');
    await alice.socket.type('conversation', (f) => f.conversation.id === ack.conversationId && f.conversation.status === 'assigned');

    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
    await connectAgent(server.url, 'sara@luckystar.test', { status: 'away' });
    await connectAgent(server.url, 'ann@rival.test', { status: 'online' });
    const lena = await connectAgent(server.url, 'lena@luckystar.test', { status: 'online' });
    // Max never signs in; Lena is disabled while online.
    await server.store.setAgentDisabled('a_lena', true);

    const listed = await candidates(alice.cookie);
    expect(listed.status).toBe(200);
    expect(v.safeParse(TransferCandidateListSchema, listed.body).success).toBe(true);
    expect(listed.body.candidates).toEqual([
      { id: 'a_bruno', name: 'Bruno Costa', role: 'agent', load: 0, capacity: 4, skills: expect.arrayContaining(['withdrawal', 'kyc']), languages: ['en', 'pt', 'es'] },
    ]);

    // Bruno sees Alice, busy with one chat.
    const fromBruno = await candidates(bruno.cookie);
    expect(fromBruno.body.candidates.map((c: { id: string; load: number }) => [c.id, c.load])).toEqual([['a_alice', 1]]);
    expect(lena.socket.closed).toBeNull();

    alice.socket.send({ type: 'transfer', conversationId: ack.conversationId, to: { kind: 'agent', agentId: 'a_bruno' }, note: 'Bank reference checked' });
    const taken = await bruno.socket.type('conversation', (f) => f.conversation.id === ack.conversationId && f.conversation.agentId === 'a_bruno');
    expect(taken.conversation).toMatchObject({ status: 'assigned', transfers: 1 });
    await expect.poll(async () => (await candidates(alice.cookie)).body.candidates.map((c: { id: string; load: number }) => [c.id, c.load])).toEqual([['a_bruno', 1]]);
  });

  it('answers 401 without a session, and never lists another site’s agents to them', async () => {
    expect((await fetch(`${server.url}/api/transfer-candidates`)).status).toBe(401);
    const ann = await connectAgent(server.url, 'ann@rival.test', { status: 'online' });
    const listed = await candidates(ann.cookie);
    expect(listed.status).toBe(200);
    expect(listed.body.candidates.every((c: { id: string }) => c.id.startsWith('rival_'))).toBe(true);
  });

  it('refuses a transfer to an agent of another site over the socket', async () => {
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    const ack = await player.say('another question');
    const held = await bruno.socket.type('conversation', (f) => f.conversation.id === ack.conversationId && f.conversation.agentId === 'a_bruno');
    bruno.socket.send({ type: 'transfer', conversationId: held.conversation.id, to: { kind: 'agent', agentId: 'rival_ann' }, note: '' });
    expect(await bruno.socket.type('error')).toMatchObject({ code: 'not_found' });
  });
});
