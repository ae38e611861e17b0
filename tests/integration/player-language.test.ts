import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../../server/player-texts/de';
import { es } from '../../server/player-texts/es';
import { connectAgent, connectPlayer } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe('what the relay writes into a chat is in the player’s language', () => {
  it('gives the responsible-gambling help in German to a German player, and in English to an Italian one', async () => {
    server = await startTestServer();
    const german = await connectPlayer(server.url, { locale: 'de-DE' });
    await german.say('Ich glaube, ich bin spielsüchtig und brauche eine Selbstsperre');
    const help = await german.socket.type('message', (f) => f.message.author === 'system');
    expect(help.message.text).toBe(de.responsibleGamblingHelp);
    expect(help.message.text).toContain('Einzahlungslimits');

    const italian = await connectPlayer(server.url, { locale: 'it' });
    await italian.say('I think I have a gambling problem');
    expect((await italian.socket.type('message', (f) => f.message.author === 'system')).message.text).toMatch(/^You're not alone/);
  });

  it('tells a Spanish player of a transfer in Spanish', async () => {
    server = await startTestServer();
    const player = await connectPlayer(server.url, { locale: 'es' });
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const ack = await player.say('Tengo un problema con un depósito');
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    alice.socket.send({ type: 'transfer', conversationId: ack.conversationId, to: { kind: 'topic', topic: 'deposit' }, note: 'payments' });
    const notice = await player.socket.type('message', (f) => f.message.author === 'system');
    expect(notice.message.text).toBe(es.transferring);
    alice.socket.close();
  });
});
