import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { createNotifier } from '../../server/mail/smtp-notifier';
import { connectAgent, connectPlayer } from '../support/clients';
import { startMailSink } from '../support/mail-sink';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer | undefined;
let sink: Awaited<ReturnType<typeof startMailSink>> | undefined;
afterEach(async () => {
  await server?.stop();
  await sink?.close();
  server = sink = undefined;
});

/** A chat Alice answered and resolved; returns the player and the conversation id. */
async function resolvedChat(server: TestServer) {
  const player = await connectPlayer(server.url);
  const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
  const ack = await player.say('My deposit is missing');
  await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
  await alice.reply(ack.conversationId, 'Found it, it is credited now.');
  alice.socket.send({ type: 'resolve', conversationId: ack.conversationId });
  await player.socket.type('conversation', (f) => f.conversation.status === 'resolved');
  alice.socket.close();
  return { player, conversationId: ack.conversationId as string };
}

describe('the end of a chat, after a reload', () => {
  it('tells a resumed widget the rating and where the transcript went, so it does not ask again', async () => {
    sink = await startMailSink();
    server = await startTestServer({ notifier: createNotifier({ smtpUrl: sink.url, from: 'support@luckystar.test', log: createLogger('silent') }) });
    const { player, conversationId } = await resolvedChat(server);
    player.socket.send({ type: 'csat', rating: 4 });
    await player.socket.type('csat');
    player.socket.send({ type: 'transcript', email: 'vera@example.com' });
    await player.socket.type('transcript');
    player.socket.close();

    const again = await connectPlayer(server.url, { session: player.welcome.session, conversationId, lastSeq: 0 });
    expect(again.welcome.conversation).toMatchObject({ id: conversationId, status: 'resolved' });
    expect(await again.socket.type('csat')).toEqual({ type: 'csat', conversationId, rating: 4 });
    expect(await again.socket.type('transcript')).toEqual({ type: 'transcript', conversationId, email: 'vera@example.com' });
  });

  it('says nothing of a rating or a transcript that were not given, nor of another player’s', async () => {
    server = await startTestServer();
    const rated = await resolvedChat(server);
    rated.player.socket.send({ type: 'csat', rating: 5 });
    await rated.player.socket.type('csat');
    const { player } = await resolvedChat(server);
    player.socket.close();

    const again = await connectPlayer(server.url, { session: player.welcome.session });
    expect(again.welcome.conversation?.status).toBe('resolved');
    await new Promise((r) => setTimeout(r, 200));
    expect(again.socket.frames.filter((f) => f.type === 'csat' || f.type === 'transcript')).toEqual([]);
  });
});
