import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { createNotifier } from '../../server/mail/smtp-notifier';
import { connectAgent, connectPlayer } from '../support/clients';
import { startMailSink } from '../support/mail-sink';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let sink: Awaited<ReturnType<typeof startMailSink>> | undefined;
afterEach(async () => {
  await server?.stop();
  await sink?.close();
  sink = undefined;
});

/** The digits that must never be stored or shown, whatever separators were typed. */
const PLAYER_CARD = '4111 1111 1111 1111';
const AGENT_CARD = '5555-5555-5555-4444';
const NOTE_CARD = '6011000990139424';
const fullDigits = [PLAYER_CARD, AGENT_CARD, NOTE_CARD].map((c) => c.replace(/\D/g, ''));

function expectNoCard(value: unknown): void {
  const text = JSON.stringify(value);
  for (const digits of fullDigits) expect(text.replace(/[\s-]/g, '')).not.toContain(digits);
}

describe('card numbers are masked before storage and display', () => {
  it('in player and agent messages, notes, the stored rows, the agent views and the email fallback', async () => {
    sink = await startMailSink();
    server = await startTestServer({ notifier: createNotifier({ smtpUrl: sink.url, from: 'support@luckystar.test', log: createLogger('silent') }) });
    const player = await connectPlayer(server.url);
    const ack = await player.say(`I paid with ${PLAYER_CARD} and order 4242424242424241 is missing`);
    const conversationId = ack.conversationId as string;
    player.socket.send({ type: 'email', email: 'jean@example.com' });
    await player.socket.type('availability', (f) => f.email === 'jean@example.com');

    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    alice.socket.send({ type: 'open', conversationId, afterSeq: 0 });
    const history = await alice.socket.type('history');
    // The agent sees the last four and the order id, which is not a card, untouched.
    expect(history.messages[0].text).toBe('I paid with **** 1111 and order 4242424242424241 is missing');

    await alice.reply(conversationId, `Refunded to ${AGENT_CARD} today.`);
    const live = await player.socket.type('message', (f) => f.message.author === 'agent');
    expect(live.message.text).toBe('Refunded to **** 4444 today.');
    alice.socket.send({ type: 'note', id: nanoid(), conversationId, text: `second card ${NOTE_CARD} on file` });
    expect((await alice.socket.type('note')).note.text).toBe('second card **** 9424 on file');

    const stored = await server.store.listMessages(conversationId, 0, 100);
    expect(stored.map((m) => m.text)).toContain('Refunded to **** 4444 today.');
    expectNoCard(stored);
    expectNoCard(await server.store.notes.list(conversationId));
    const transcript = await (await fetch(`${server.url}/api/conversations/${conversationId}`, { headers: { cookie: alice.cookie } })).json();
    expect(JSON.stringify(transcript)).toContain('**** 1111');
    expectNoCard(transcript);
    expectNoCard([...alice.socket.frames, ...player.socket.frames, history]);

    // The first answer went out by mail (after the confirmation that the question was taken), masked too.
    const mailed = () => sink!.mails.map((m) => m.raw.replace(/=\r?\n/g, ''));
    await expect.poll(() => mailed().some((raw) => raw.includes('**** 4444')), { timeout: 5000 }).toBe(true);
    for (const raw of mailed()) expectNoCard(raw);
  });
});
