import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { connectAgent, connectPlayer } from '../support/clients';
import { createCluster } from '../support/cluster';
import { TestSocket } from '../support/ws-client';

/**
 * Three relay processes on real PostgreSQL and Redis. The player is on node 1,
 * the agent on node 2 (the leader: it started first), the supervisor on node 3;
 * then node 2 is killed with SIGKILL mid-conversation.
 */
let cluster: Awaited<ReturnType<typeof createCluster>>;
beforeAll(async () => {
  cluster = await createCluster();
  await cluster.startNode('node2');
  await cluster.startNode('node1');
  await cluster.startNode('node3');
}, 90_000);
afterAll(async () => {
  await cluster?.stop();
}, 30_000);

describe('several relay nodes', () => {
  it('relays across nodes, survives the leader being killed, and loses nothing', async () => {
    const [node2, node1, node3] = cluster.nodes;
    const player = await connectPlayer(node1!.url);
    let agent = await connectAgent(node2!.url, 'alice@luckystar.test', { status: 'online' });
    const supervisor = await connectAgent(node3!.url, 'sara@luckystar.test', { status: 'away' });

    const first = await player.say('Hello from node 1');
    const assigned = await agent.socket.type('conversation', (f) => f.conversation.status === 'assigned', 10_000);
    const conversationId = assigned.conversation.id;
    expect(conversationId).toBe(first.conversationId);
    await agent.reply(conversationId, 'Hello from node 2');
    expect((await player.socket.type('message', (f) => f.message.author === 'agent')).message.text).toBe('Hello from node 2');
    // The supervisor on node 3 reads the same conversation.
    const seen = await (await fetch(`${node3!.url}/api/conversations/${conversationId}`, { headers: { cookie: supervisor.cookie } })).json();
    expect(seen.messages.map((m: { text: string }) => m.text)).toEqual(['Hello from node 1', 'Hello from node 2']);

    // Kill the leader with the agent's socket on it, while the player keeps writing.
    cluster.kill(node2!);
    const sentDuringOutage: string[] = [];
    for (let i = 0; i < 5; i++) {
      const text = `during outage ${i}`;
      sentDuringOutage.push(text);
      await retryUntilAcked(player.socket, text);
    }

    // The agent panel reconnects through the load balancer to another node and resumes from its last seq.
    agent = await connectAgent(node3!.url, 'alice@luckystar.test', { status: 'online' });
    expect(agent.welcome.conversations.map((c: { id: string }) => c.id)).toContain(conversationId);
    agent.socket.send({ type: 'open', conversationId, afterSeq: 2 });
    const gap = await agent.socket.type('history');
    expect(gap.messages.map((m: { text: string }) => m.text)).toEqual(sentDuringOutage);
    await agent.reply(conversationId, 'Still here, from node 3');
    const after = await player.socket.type('message', (f) => f.message.text === 'Still here, from node 3', 10_000);
    expect(after.message.seq).toBe(2 + sentDuringOutage.length + 1);

    // Nothing stored twice, nothing missing, in order.
    const all = await (await fetch(`${node1!.url}/api/conversations/${conversationId}`, { headers: { cookie: supervisor.cookie } })).json();
    expect(all.messages.map((m: { seq: number }) => m.seq)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
  }, 60_000);
});

/** What the widget's outbox does: resend the same id until the ack comes (an RPC may fail while leadership moves). */
async function retryUntilAcked(socket: TestSocket, text: string): Promise<void> {
  const id = nanoid();
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    socket.send({ type: 'send', id, text });
    try {
      await socket.type('ack', (f) => f.id === id, 3000);
      return;
    } catch {
      /* no leader for a moment: resend the same id */
    }
  }
  throw new Error(`never acked: ${text}`);
}

