import { expect } from 'vitest';
import { connectAgent, connectPlayer } from '../support/clients';
import { expectStillServing } from '../support/serving';
import { startTestServer, type TestServer } from '../support/test-server';
import type { TestSocket } from '../support/ws-client';

/**
 * A relay under attack with a bystander chat that must keep flowing: one
 * player and the agent holding their chat exchange a message each way every
 * few hundred milliseconds, each side waiting to receive the other's, for as
 * long as the attacks run. Attackers come from their own client addresses
 * (the test plays a trusted proxy naming them in X-Forwarded-For), so what
 * protects the bystander is the relay's isolation, not a shared rate bucket.
 *
 * `finish()` proves no other conversation lost a message: the bystander's and
 * a quiet conversation opened before the attacks hold exactly what was sent,
 * in order, with no gap in the sequence numbers.
 */
export interface FloorUnderAttack {
  server: TestServer;
  /** A player from a fresh client address: an attacker, or a victim of one. */
  player(options?: { session?: string | null; conversationId?: string }): ReturnType<typeof connectPlayer>;
  /** Runs the attack and proves the bystander chat completed exchanges while and after it ran. */
  whileFlowing<T>(attack: () => Promise<T>): Promise<T>;
  finish(): Promise<void>;
}

const PAUSE_MS = 250;
let nextAddress = 1;

export async function startFloorUnderAttack(options: Parameters<typeof startTestServer>[0] = {}): Promise<FloorUnderAttack> {
  const server = await startTestServer({ trustedProxies: ['127.0.0.1'], ...options });
  const sockets: TestSocket[] = [];
  const player: FloorUnderAttack['player'] = async (opts = {}) => {
    const p = await connectPlayer(server.url, { ...opts, forwardedFor: `203.0.113.${nextAddress++ % 250}` });
    sockets.push(p.socket);
    return p;
  };

  // Before any attack: a quiet conversation nobody touches again, and the bystander's.
  const quiet = await connectPlayer(server.url, { forwardedFor: '198.51.100.200' });
  const quietTexts = ['a quiet question', 'and a second line'];
  const quietConversation = (await quiet.say(quietTexts[0]!)).conversationId as string;
  await quiet.say(quietTexts[1]!);
  quiet.socket.close();

  const agent = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
  const bystander = await connectPlayer(server.url, { forwardedFor: '198.51.100.100' });
  const sent: string[] = ['bystander: hello'];
  const conversationId = (await bystander.say(sent[0]!)).conversationId as string;
  await agent.socket.type('conversation', (f) => f.conversation.id === conversationId && f.conversation.status === 'assigned', 10_000);

  let exchanges = 0;
  let running = true;
  let failure: Error | null = null;
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const fromPlayer = `bystander: player line ${i}`;
      sent.push(fromPlayer);
      await bystander.say(fromPlayer, undefined, 10_000);
      await agent.socket.type('message', (f) => f.message.text === fromPlayer, 10_000);
      const fromAgent = `bystander: agent line ${i}`;
      sent.push(fromAgent);
      await agent.reply(conversationId, fromAgent);
      await bystander.socket.type('message', (f) => f.message.text === fromAgent, 10_000);
      exchanges += 1;
      // Forget what was matched, so a long run does not grow the sockets' frame lists.
      agent.socket.frames.length = 0;
      bystander.socket.frames.length = 0;
      await new Promise((r) => setTimeout(r, PAUSE_MS));
    }
  })().catch((error: Error) => {
    failure = error;
  });

  const waitForExchanges = async (count: number) => {
    const deadline = Date.now() + 15_000;
    while (exchanges < count) {
      if (failure) throw new Error(`the bystander chat stopped: ${(failure as Error).message}`);
      if (Date.now() > deadline) throw new Error(`the bystander chat stalled at ${exchanges} exchanges`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await waitForExchanges(1);

  return {
    server,
    player,
    async whileFlowing(attack) {
      const before = exchanges;
      const result = await attack();
      await waitForExchanges(before + 2);
      return result;
    },
    async finish() {
      running = false;
      await loop;
      if (failure) throw new Error(`the bystander chat stopped: ${(failure as Error).message}`);
      const stored = await server.store.listMessages(conversationId, 0, 10_000);
      expect(stored.filter((m) => m.author !== 'system').map((m) => m.text)).toEqual(sent);
      expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
      const quietStored = await server.store.listMessages(quietConversation, 0, 100);
      expect(quietStored.filter((m) => m.author === 'player').map((m) => m.text)).toEqual(quietTexts);
      await expectStillServing(server.url);
      for (const socket of [...sockets, agent.socket, bystander.socket]) socket.terminate();
      await server.stop();
    },
  };
}
