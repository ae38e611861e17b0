import { afterEach, describe, expect, it } from 'vitest';
import { connectAgent, connectPlayer } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Availability frames received but not yet awaited by the test (`type()` takes each one it returns). */
const unread = (player: { socket: { frames: any[] } }) => player.socket.frames.filter((f) => f.type === 'availability');

describe('availability pushed to the site’s players', () => {
  it('tells an idle and a queued player at once when the first agent comes online and when the last one leaves', async () => {
    server = await startTestServer({ site: { agentReconnectGraceMs: 0 } });
    const idle = await connectPlayer(server.url);
    expect(await idle.socket.type('availability')).toMatchObject({ agentsOnline: 0, offerEmail: true });
    const waiting = await connectPlayer(server.url);
    await waiting.socket.type('availability');
    await waiting.say('Where is my withdrawal?');
    waiting.socket.send({ type: 'email', email: 'jean@example.com' });
    await waiting.socket.type('availability', (f) => f.email === 'jean@example.com');

    // An agent signs in but is away: nobody can answer yet, nothing to push.
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'away' });
    await wait(100);
    expect(unread(idle)).toEqual([]);

    bruno.socket.send({ type: 'status', status: 'online' });
    expect(await idle.socket.type('availability', (f) => f.agentsOnline === 1)).toMatchObject({ offerEmail: false, email: null });
    // The queued chat is Bruno's now: that player's news is the assignment, not the count.
    await waiting.socket.type('conversation', (f) => f.conversation.status === 'assigned');

    waiting.socket.frames.splice(0); // what came before the assignment
    bruno.socket.send({ type: 'status', status: 'offline' });
    expect(await idle.socket.type('availability', (f) => f.agentsOnline === 0, 5000)).toMatchObject({ offerEmail: true });
    // Handed back to the queue with nobody online: the offer returns, with the address already left.
    expect(await waiting.socket.type('availability', (f) => f.agentsOnline === 0, 5000)).toMatchObject({ offerEmail: true, email: 'jean@example.com' });
  });

  it('sends one frame per change, not one per agent status flip that changes nothing', async () => {
    server = await startTestServer();
    const player = await connectPlayer(server.url);
    await player.socket.type('availability');
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await player.socket.type('availability', (f) => f.agentsOnline === 1);
    const bruno = await connectAgent(server.url, 'bruno@luckystar.test', { status: 'online' });
    await player.socket.type('availability', (f) => f.agentsOnline === 2);
    // A second tab of Alice's: still two people online, nothing to say.
    const aliceAgain = await connectAgent(server.url, 'alice@luckystar.test');
    aliceAgain.socket.close();
    await wait(200);
    expect(unread(player)).toEqual([]);
    alice.socket.close();
    bruno.socket.close();
  });

  it('stays within the site: another site’s agents coming online push nothing to this site’s players', async () => {
    server = await startTestServer({
      extraSites: [{ id: 'other', name: 'Other Casino', allowedOrigins: ['self'], identitySecret: 'other-secret-0123456789abcdef', requireVerifiedPlayers: false, locales: ['en'], sla: { firstResponseMs: 300_000, resolutionMs: 900_000, escalationMs: 3_600_000 } }],
    });
    const player = await connectPlayer(server.url, { site: 'other' });
    await player.socket.type('availability');
    await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await wait(200);
    expect(unread(player)).toEqual([]);
  });
});
