import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAgent, connectPlayer } from '../support/clients';
import { createCluster } from '../support/cluster';

/**
 * Events fan out only to sockets entitled to them, also across nodes: every
 * node hears every bus event, so each must drop what its sockets may not see.
 * Two players on node 1 and one on node 2, their agent on node 2, a
 * colleague who holds none of the chats on node 1.
 */
let cluster: Awaited<ReturnType<typeof createCluster>>;
beforeAll(async () => {
  cluster = await createCluster();
  await cluster.startNode('node1');
  await cluster.startNode('node2');
}, 90_000);
afterAll(async () => {
  await cluster?.stop();
}, 30_000);

describe('fan-out across two nodes', () => {
  it("never gives a player another conversation's messages, typing, reads or state, whichever node either is on", async () => {
    const [node1, node2] = cluster.nodes;
    const alice = await connectAgent(node2!.url, 'alice@luckystar.test', { status: 'online' });
    const bruno = await connectAgent(node1!.url, 'bruno@luckystar.test', { status: 'away' });
    const players = {
      a: await connectPlayer(node1!.url, { forwardedFor: '198.51.100.1' }),
      b: await connectPlayer(node2!.url, { forwardedFor: '198.51.100.2' }),
      c: await connectPlayer(node1!.url, { forwardedFor: '198.51.100.3' }),
    };
    const conversations: Record<string, string> = {};
    for (const [name, player] of Object.entries(players)) {
      const ack = await player.say(`secret-${name}-1 from player ${name}`);
      conversations[name] = ack.conversationId;
      await alice.socket.type('conversation', (f) => f.conversation.id === ack.conversationId && f.conversation.status === 'assigned', 10_000);
    }

    // The agent on node 2 answers each, types in each and reads each; each player writes again.
    for (const name of Object.keys(players) as (keyof typeof players)[]) {
      const id = conversations[name]!;
      alice.socket.send({ type: 'typing', conversationId: id, typing: true });
      await alice.reply(id, `secret-${name}-2 from the agent`);
      alice.socket.send({ type: 'read', conversationId: id, seq: 1 });
      await players[name].socket.type('message', (f) => f.message.text === `secret-${name}-2 from the agent`, 10_000);
      await players[name].socket.type('read', () => true, 10_000);
      await players[name].say(`secret-${name}-3 from player ${name}`);
      await alice.socket.type('message', (f) => f.message.text === `secret-${name}-3 from player ${name}`, 10_000);
    }
    alice.socket.send({ type: 'resolve', conversationId: conversations.b });
    await players.b.socket.type('conversation', (f) => f.conversation.status === 'resolved', 10_000);
    // Let any stray cross-node event arrive before looking.
    await new Promise((r) => setTimeout(r, 500));

    for (const [name, player] of Object.entries(players)) {
      const seen = JSON.stringify([player.welcome, ...player.socket.frames]);
      for (const other of Object.keys(players).filter((n) => n !== name)) {
        expect(seen, `player ${name} saw ${other}'s conversation`).not.toContain(`secret-${other}-`);
        expect(seen, `player ${name} saw ${other}'s conversation id`).not.toContain(conversations[other]!);
      }
      // Every frame that names a conversation names the player's own.
      for (const frame of player.socket.frames) {
        const named = frame.conversationId ?? frame.conversation?.id ?? frame.message?.conversationId;
        if (named !== undefined) expect(named).toBe(conversations[name]);
      }
    }
    // Player c (node 1, beside a) never saw b's resolve on node 2, and a colleague holding none of the chats heard no message.
    expect(players.c.socket.frames.some((f) => f.type === 'conversation' && f.conversation.status === 'resolved')).toBe(false);
    expect(JSON.stringify(bruno.socket.frames)).not.toMatch(/secret-[abc]-/);
  }, 60_000);
});
