import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { createNotifier } from '../../server/mail/smtp-notifier';
import { connectAgent, connectPlayer } from '../support/clients';
import { readMail, startMailSink } from '../support/mail-sink';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let sink: Awaited<ReturnType<typeof startMailSink>>;
afterEach(async () => {
  await server?.stop();
  await sink?.close();
});

describe('email fallback when nobody can answer', () => {
  it('offers email when no agent is online, stores the address, and mails the first answer through real SMTP', async () => {
    sink = await startMailSink();
    server = await startTestServer({ notifier: createNotifier({ smtpUrl: sink.url, from: 'support@luckystar.test', log: createLogger('silent') }) });
    const player = await connectPlayer(server.url);
    expect(await player.socket.type('availability')).toMatchObject({ agentsOnline: 0, offerEmail: true, email: null });

    const ack = await player.say('My withdrawal is stuck, please email me');
    expect(await player.socket.type('availability')).toMatchObject({ offerEmail: true });
    player.socket.send({ type: 'email', email: 'jean@example.com' });
    expect(await player.socket.type('availability')).toMatchObject({ email: 'jean@example.com' });
    expect((await server.store.getConversation(ack.conversationId))?.offlineEmail).toBe('jean@example.com');
    // The address is confirmed at once, so the player knows the answer will come there.
    await expect.poll(() => sink.mails.length, { timeout: 5000 }).toBe(1);
    expect(sink.mails[0]!.to).toEqual(['jean@example.com']);
    expect(readMail(sink.mails[0]!.raw)).toMatchObject({ subject: 'Test Casino support: we have your question' });
    player.socket.close();

    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    await alice.reply(ack.conversationId, 'Your withdrawal was approved <b>today</b>.');
    await expect.poll(() => sink.mails.length, { timeout: 5000 }).toBe(2);
    const mail = sink.mails[1]!;
    expect(mail.to).toEqual(['jean@example.com']);
    expect(mail.raw).toContain('Alice Martin');
    expect(mail.raw).toContain('Your withdrawal was approved <b>today</b>.');
    expect(mail.raw).toMatch(/Content-Type: text\/plain/i);
    // The HTML part carries the same words as text, never as markup.
    expect(readMail(mail.raw).html).toContain('approved &#60;b&#62;today&#60;/b&#62;.');
    // Only the first answer is mailed.
    await alice.reply(ack.conversationId, 'Anything else?');
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.mails).toHaveLength(2);
  });

  it('writes both mails in the player’s language: French, and Arabic right to left', async () => {
    sink = await startMailSink();
    server = await startTestServer({ notifier: createNotifier({ smtpUrl: sink.url, from: 'support@luckystar.test', log: createLogger('silent') }) });
    for (const [locale, email] of [['fr', 'jean@example.com'], ['ar', 'youssef@example.com']] as const) {
      const player = await connectPlayer(server.url, { locale });
      await player.say(locale === 'fr' ? 'Mon retrait est bloqué' : 'السحب متوقف');
      player.socket.send({ type: 'email', email });
      await player.socket.type('availability', (f) => f.email === email);
      // The same address again is no news: no second confirmation.
      player.socket.send({ type: 'email', email });
      await player.socket.type('availability', (f) => f.email === email);
    }
    await expect.poll(() => sink.mails.length, { timeout: 5000 }).toBe(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.mails).toHaveLength(2);
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    for (let i = 0; i < 2; i++) {
      const assigned = await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
      await alice.reply(assigned.conversation.id, assigned.conversation.locale === 'fr' ? 'Votre retrait est validé.' : 'تمت الموافقة على السحب.');
    }
    await expect.poll(() => sink.mails.length, { timeout: 5000 }).toBe(4);
    const mailsTo = (address: string) => sink.mails.filter((m) => m.to.includes(address)).map((m) => readMail(m.raw));
    const [frConfirm, frAnswer] = mailsTo('jean@example.com');
    expect(frConfirm).toMatchObject({ subject: 'Support Test Casino : nous avons bien reçu votre question' });
    expect(frAnswer!.subject).toBe('Support Test Casino : Alice Martin a répondu à votre question');
    expect(frAnswer!.text).toContain('Alice Martin, du support Test Casino, a écrit :\n\nVotre retrait est validé.');
    expect(frAnswer!.html).toMatch(/<html lang="fr" dir="ltr">/);
    const [arConfirm, arAnswer] = mailsTo('youssef@example.com');
    expect(arConfirm!.subject).toBe('دعم Test Casino: وصلنا سؤالك');
    expect(arConfirm!.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arAnswer!.text).toContain('تمت الموافقة على السحب.');
    expect(arAnswer!.html).toMatch(/<body dir="rtl">/);
  });

  it('does not offer email while an agent is free, and refuses an address before any question', async () => {
    server = await startTestServer();
    await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(server.url);
    expect(await player.socket.type('availability')).toMatchObject({ agentsOnline: 1, expectedWaitMs: 0, offerEmail: false });
    player.socket.send({ type: 'email', email: 'a@example.com' });
    expect(await player.socket.type('error')).toMatchObject({ code: 'conflict' });
    player.socket.send({ type: 'email', email: 'not-an-email' });
    expect(await player.socket.type('error')).toMatchObject({ code: 'bad_frame' });
  });

  it('offers email when the expected wait passes the site bound', async () => {
    server = await startTestServer({ site: { offlineAfterWaitMs: 60_000, averageHandleMs: 600_000 } });
    const alice = await connectAgent(server.url, 'sara@luckystar.test', { status: 'online' }); // capacity 2
    for (const text of ['one', 'two']) await (await connectPlayer(server.url)).say(text);
    const third = await connectPlayer(server.url);
    await third.say('three');
    const availability = await third.socket.type('availability', (f) => f.expectedWaitMs > 0);
    expect(availability).toMatchObject({ agentsOnline: 1, offerEmail: true });
    expect(availability.expectedWaitMs).toBe(300_000);
    alice.socket.close();
  });
});
