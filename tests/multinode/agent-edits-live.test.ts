import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAgent, connectPlayer, login } from '../support/clients';
import { createCluster } from '../support/cluster';

/**
 * An admin's edit on a node that does not lead reaches the leader's routing
 * at once, and stays: the leader's node keeps reporting the agent's socket
 * every second with the record it signed in with, which must not undo it.
 */
let cluster: Awaited<ReturnType<typeof createCluster>>;
beforeAll(async () => {
  cluster = await createCluster();
  await cluster.startNode('leader');
  await cluster.startNode('follower');
}, 90_000);
afterAll(async () => {
  await cluster?.stop();
}, 30_000);

async function statusOf(conversationId: string): Promise<string | undefined> {
  const { rows } = await cluster.admin.query(`SELECT status FROM ${cluster.schema}.conversations WHERE id = $1`, [conversationId]);
  return rows[0]?.status;
}

describe('agent edits across nodes', () => {
  it('a capacity edited on the follower steers the leader’s routing at once, and survives the nodes’ reports', async () => {
    const [leader, follower] = cluster.nodes;
    const alice = await connectAgent(leader!.url, 'alice@luckystar.test', { status: 'online' });
    const { cookie: admin } = await login(follower!.url, 'max@luckystar.test');
    const patch = (capacity: number) =>
      fetch(`${follower!.url}/api/admin/agents/a_alice`, {
        method: 'PATCH',
        headers: { cookie: admin, 'content-type': 'application/json', 'x-pitboss-csrf': '1' },
        body: JSON.stringify({ capacity }),
      });

    expect((await patch(1)).status).toBe(200);
    await alice.socket.type('agent', (f) => f.agent.capacity === 1, 10_000);
    // Three of the nodes' one-second reports, each carrying Alice's record from her sign-in (capacity 4).
    await new Promise((r) => setTimeout(r, 3_000));

    const first = await connectPlayer(follower!.url, { forwardedFor: '10.0.0.1' });
    const one = await first.say('first question');
    await alice.socket.type('conversation', (f) => f.conversation.id === one.conversationId && f.conversation.status === 'assigned', 10_000);
    const second = await connectPlayer(follower!.url, { forwardedFor: '10.0.0.2' });
    const two = await second.say('second question');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await statusOf(two.conversationId)).toBe('queued');

    expect((await patch(2)).status).toBe(200);
    const taken = await alice.socket.type('conversation', (f) => f.conversation.id === two.conversationId && f.conversation.status === 'assigned', 10_000);
    expect(taken.conversation.agentId).toBe('a_alice');
  });

  it('an agent disabled on the follower gets no new chat from the leader, before their socket there is closed', async () => {
    const [leader, follower] = cluster.nodes;
    const bruno = await connectAgent(leader!.url, 'bruno@luckystar.test', { status: 'online' });
    const { cookie: admin } = await login(follower!.url, 'max@luckystar.test');
    const disabled = await fetch(`${follower!.url}/api/agents/a_bruno/disable`, { method: 'POST', headers: { cookie: admin, 'x-pitboss-csrf': '1' } });
    expect(disabled.status).toBe(204);

    const player = await connectPlayer(follower!.url, { forwardedFor: '10.0.0.3' });
    const ack = await player.say('anyone there?');
    await new Promise((r) => setTimeout(r, 1_500));
    // The leader's node checks sessions every 15 s: Bruno's socket is still open, yet routing passed him over.
    expect(bruno.socket.closed).toBeNull();
    expect(await statusOf(ack.conversationId)).toBe('queued');
    expect(bruno.socket.frames.some((f) => f.type === 'conversation' && f.conversation.id === ack.conversationId)).toBe(false);
  });
});
