import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAgent, connectPlayer } from '../support/clients';
import { createCluster } from '../support/cluster';

/**
 * The email offer comes and goes live across nodes: the leader announces a
 * site's change of online agents once, on the bus, and each node tells the
 * players' sockets it holds, whichever node the agent is on.
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

describe('availability across nodes', () => {
  it('tells a player on one node when an agent on another comes online and leaves', async () => {
    const [leader, follower] = cluster.nodes;
    const player = await connectPlayer(follower!.url, { forwardedFor: '10.0.1.1' });
    expect(await player.socket.type('availability')).toMatchObject({ agentsOnline: 0, offerEmail: true });

    const alice = await connectAgent(leader!.url, 'alice@luckystar.test', { status: 'online' });
    expect(await player.socket.type('availability', (f) => f.agentsOnline === 1, 5_000)).toMatchObject({ offerEmail: false });
    alice.socket.send({ type: 'status', status: 'offline' });
    expect(await player.socket.type('availability', (f) => f.agentsOnline === 0, 5_000)).toMatchObject({ offerEmail: true });
    alice.socket.close();
  });
});
