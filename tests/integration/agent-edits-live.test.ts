import { nanoid } from 'nanoid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOPICS, type Topic } from '../../protocol';
import { connectAgent, connectPlayer, login } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * An admin's edit of an agent's capacity or skills steers routing at once,
 * while the agent stays signed in: no new sign-in, no new socket.
 */
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.stop();
});

async function patchAgent(cookie: string, agentId: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/admin/agents/${agentId}`, {
    method: 'PATCH',
    headers: { cookie, 'content-type': 'application/json', 'x-pitboss-csrf': '1' },
    body: JSON.stringify(body),
  });
}

async function playerAsking(text: string, topic?: Topic) {
  const player = await connectPlayer(server.url);
  const id = nanoid();
  player.socket.send({ type: 'send', id, text, ...(topic ? { topic } : {}) });
  const ack = await player.socket.type('ack', (f) => f.id === id);
  return { player, conversationId: ack.conversationId as string };
}

describe('agent edits apply live', () => {
  it('a lowered capacity holds back the next chat, and a raised one hands it over at once', async () => {
    const { cookie: admin } = await login(server.url, 'max@luckystar.test');
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    expect((await patchAgent(admin, 'a_alice', { capacity: 1 })).status).toBe(200);
    // Her desk hears the new capacity on the socket it already has.
    expect((await alice.socket.type('agent', (f) => f.agent.capacity === 1)).agent.status).toBe('online');

    const first = await playerAsking('first question');
    await alice.socket.type('conversation', (f) => f.conversation.id === first.conversationId && f.conversation.status === 'assigned');
    const second = await playerAsking('second question');
    await new Promise((r) => setTimeout(r, 300));
    expect((await server.store.getConversation(second.conversationId))?.status).toBe('queued');
    expect(alice.socket.frames.some((f) => f.type === 'conversation' && f.conversation.id === second.conversationId)).toBe(false);

    expect((await patchAgent(admin, 'a_alice', { capacity: 2 })).status).toBe(200);
    const taken = await alice.socket.type('conversation', (f) => f.conversation.id === second.conversationId && f.conversation.status === 'assigned');
    expect(taken.conversation.agentId).toBe('a_alice');
  });

  it('a removed skill sends the next chat of that topic to a colleague who has it', async () => {
    const { cookie: admin } = await login(server.url, 'max@luckystar.test');
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const opener = await playerAsking('hello');
    await alice.socket.type('conversation', (f) => f.conversation.id === opener.conversationId && f.conversation.status === 'assigned');
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });

    // Bruno is the less loaded of the two, so with every skill he would take the next chat; without kyc, Alice is the fit.
    expect((await patchAgent(admin, 'a_bruno', { skills: TOPICS.filter((t) => t !== 'kyc') })).status).toBe(200);
    await bruno.socket.type('agent', (f) => !f.agent.skills.includes('kyc'));
    const kyc = await playerAsking('Which documents do you need to verify my identity?', 'kyc');
    const assigned = await alice.socket.type('conversation', (f) => f.conversation.id === kyc.conversationId && f.conversation.status === 'assigned');
    expect(assigned.conversation.agentId).toBe('a_alice');

    // And the control: a deposit question, which both can take, goes to the less loaded Bruno.
    const deposit = await playerAsking('My deposit is missing', 'deposit');
    const toBruno = await bruno.socket.type('conversation', (f) => f.conversation.id === deposit.conversationId && f.conversation.status === 'assigned');
    expect(toBruno.conversation.agentId).toBe('a_bruno');
  });

  it('refuses the edit to a non-admin and leaves routing as it was', async () => {
    const { cookie: sara } = await login(server.url, 'sara@luckystar.test');
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    expect((await patchAgent(sara, 'a_alice', { capacity: 1 })).status).toBe(403);
    await playerAsking('one');
    await playerAsking('two');
    await expect.poll(() => alice.socket.frames.filter((f) => f.type === 'conversation' && f.conversation.status === 'assigned').length).toBe(2);
    expect(alice.socket.frames.some((f) => f.type === 'agent' && f.agent.capacity === 1)).toBe(false);
  });
});
