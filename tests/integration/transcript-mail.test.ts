import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { createNotifier } from '../../server/mail/smtp-notifier';
import { connectAgent, connectPlayer } from '../support/clients';
import { readMail, startMailSink } from '../support/mail-sink';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer | undefined;
let sink: Awaited<ReturnType<typeof startMailSink>> | undefined;
afterEach(async () => {
  await server?.stop();
  await sink?.close();
  server = undefined;
  sink = undefined;
});

async function withMail() {
  sink = await startMailSink();
  server = await startTestServer({ notifier: createNotifier({ smtpUrl: sink.url, from: 'support@luckystar.test', log: createLogger('silent') }) });
  return { server, sink };
}

/** Quoted-printable soft line breaks ("=\r\n") undone, so the assertions read the text as sent. */
const body = (raw: string) => raw.replace(/=\r?\n/g, '');

describe('"Email me the transcript"', () => {
  it('mails the player’s conversation as plain text through real SMTP, with no internal note in it', async () => {
    const { server, sink } = await withMail();
    const player = await connectPlayer(server.url);
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const ack = await player.say('My bonus <b>vanished</b> after the deposit');
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    await alice.reply(ack.conversationId, 'I have restored the bonus, it is back in your account.');
    alice.socket.send({ type: 'note', id: nanoid(), conversationId: ack.conversationId, text: 'INTERNAL: suspected bonus abuser, watch closely' });
    await alice.socket.type('note');
    alice.socket.send({ type: 'resolve', conversationId: ack.conversationId });
    await player.socket.type('conversation', (f) => f.conversation.status === 'resolved');

    player.socket.send({ type: 'transcript', email: 'vera@example.com' });
    expect(await player.socket.type('transcript')).toEqual({ type: 'transcript', conversationId: ack.conversationId, email: 'vera@example.com' });
    await expect.poll(() => sink.mails.length, { timeout: 5000 }).toBe(1);
    const mail = sink.mails[0]!;
    expect(mail.to).toEqual(['vera@example.com']);
    expect(mail.raw).toMatch(/Subject: Test Casino support: your chat transcript/);
    expect(mail.raw).toMatch(/Content-Type: text\/plain/i);
    // The HTML part (which says the language and direction) has the same words as text, never as markup.
    expect(readMail(mail.raw).html).toContain('My bonus &#60;b&#62;vanished&#60;/b&#62; after the deposit');
    const text = body(mail.raw);
    expect(text).toContain('You\r\nMy bonus <b>vanished</b> after the deposit');
    expect(text).toContain('Alice Martin\r\nI have restored the bonus, it is back in your account.');
    expect(text.indexOf('My bonus')).toBeLessThan(text.indexOf('I have restored'));
    expect(text).not.toContain('INTERNAL');
    expect(text).not.toContain('abuser');
  });

  it('mails at most three transcripts per conversation, whatever the socket', async () => {
    const { server, sink } = await withMail();
    const player = await connectPlayer(server.url);
    await player.say('Where is my withdrawal?');
    for (let i = 0; i < 3; i++) {
      player.socket.send({ type: 'transcript', email: `me${i}@example.com` });
      await player.socket.type('transcript');
    }
    // A new socket of the same player does not reset the count.
    const again = await connectPlayer(server.url, { session: player.welcome.session });
    again.socket.send({ type: 'transcript', email: 'me@example.com' });
    expect(await again.socket.type('error')).toMatchObject({ code: 'rate_limited' });
    await expect.poll(() => sink.mails.length, { timeout: 5000 }).toBe(3);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.mails.map((m) => m.to[0])).toEqual(['me0@example.com', 'me1@example.com', 'me2@example.com']);
  });

  it('refuses before there is anything to send, and a malformed address', async () => {
    const { server, sink } = await withMail();
    const player = await connectPlayer(server.url);
    player.socket.send({ type: 'transcript', email: 'vera@example.com' });
    expect(await player.socket.type('error')).toMatchObject({ code: 'conflict' });
    player.socket.send({ type: 'transcript', email: 'vera@example.com\r\nBcc: everyone@example.com' });
    expect(await player.socket.type('error')).toMatchObject({ code: 'bad_frame' });
    expect(sink.mails).toHaveLength(0);
  });

  it('says plainly when the relay cannot send mail', async () => {
    server = await startTestServer();
    const player = await connectPlayer(server.url);
    await player.say('hello');
    player.socket.send({ type: 'transcript', email: 'vera@example.com' });
    expect(await player.socket.type('error')).toMatchObject({ code: 'not_found' });
  });
});

describe('the transcript in the player’s language', () => {
  it('mails a Russian player’s transcript in Russian', async () => {
    const { server, sink } = await withMail();
    const player = await connectPlayer(server.url, { locale: 'ru' });
    await player.say('Где мой вывод средств?');
    player.socket.send({ type: 'transcript', email: 'ivan@example.com' });
    await player.socket.type('transcript');
    await expect.poll(() => sink.mails.length, { timeout: 5000 }).toBe(1);
    const mail = readMail(sink.mails[0]!.raw);
    expect(mail.subject).toBe('Поддержка Test Casino: запись вашего чата');
    expect(mail.text).toContain('Ваш разговор с поддержкой Test Casino');
    expect(mail.text).toMatch(/ · Вы\nГде мой вывод средств\?/);
    expect(mail.html).toMatch(/<html lang="ru" dir="ltr">/);
  });
});
