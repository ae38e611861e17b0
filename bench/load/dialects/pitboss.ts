import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { RelayBenchConfig } from '../relay-entry';
import { BENCH_ORIGIN, PitbossAgent, PitbossPlayer, type ConversationView } from '../pitboss-clients';
import { TO_AGENT, TO_PLAYER, interleaveByAgent, type Chat } from '../schedule';
import { inPool, sleep, waitUntil } from '../sockets';
import { Trouble, type Dialect } from './dialect';

/** Agents' session tokens for this run (the relay entry writes their hashes to its store). */
export const AGENT_TOKEN_PREFIX = `bench-${randomBytes(12).toString('hex')}-`;
/** Below the gateway's per-socket limits (player 5 frames/s, agent 10/s), so set-up traffic is never refused. */
const SETUP_PLAYER_OPENS_PER_SECOND = 400;
const SETUP_REPLIES_PER_AGENT_PER_SECOND = 6;
/** Set-up requests in flight at once, so a slow relay is fed at its own pace rather than flooded. */
const SETUP_WINDOW = 200;
/** Set-up gives up when nothing moves for this long. */
const SETUP_STALL_MS = 60_000;

export function relayEnv(agents: number, capacity: number): Record<string, string> {
  const config: RelayBenchConfig = { origin: BENCH_ORIGIN, agents, capacity, tokenPrefix: AGENT_TOKEN_PREFIX };
  return { BENCH_RELAY: JSON.stringify(config) };
}

/** The Pitboss relay through its real protocol: hello, a first message opens a chat, routing assigns it. */
export const pitboss: Dialect = {
  name: 'Pitboss',
  entry: 'bench/load/relay-entry.ts',
  env: relayEnv,

  async openIdle(port, count, address) {
    const started = performance.now();
    const { results, failed, firstError } = await inPool(count, 256, (i) => PitbossPlayer.connect(port, address(i)));
    const players = results.filter((p): p is PitbossPlayer => p !== undefined);
    return { opened: players.length, failed, firstError, seconds: (performance.now() - started) / 1000, close: async () => players.forEach((p) => p.close()) };
  },

  async openFloor({ port, players, agents, address, recorder, log }) {
    const started = performance.now();
    const trouble = new Trouble();
    const assigned: { conversation: ConversationView; agent: number }[] = [];
    const handlers = { error: (code: string) => trouble.error(code), closed: () => (trouble.closes += 1) };

    const agentConnections = await inPool(agents, 64, (j) =>
      PitbossAgent.connect(port, j, AGENT_TOKEN_PREFIX, address(j), {
        ...handlers,
        message: (raw) => recorder.arrive(TO_AGENT, raw),
        assigned: (conversation) => assigned.push({ conversation, agent: j }),
      }),
    );
    if (agentConnections.failed > 0) throw new Error(`${agentConnections.failed} agents failed to connect: ${String(agentConnections.firstError)}`);
    const agentClients = agentConnections.results as PitbossAgent[];

    const playerConnections = await inPool(players, 256, (i) =>
      PitbossPlayer.connect(port, address(agents + i), { ...handlers, message: (raw) => recorder.arrive(TO_PLAYER, raw) }),
    );
    if (playerConnections.failed > 0) throw new Error(`${playerConnections.failed} players failed to connect: ${String(playerConnections.firstError)}`);
    const playerClients = playerConnections.results as PitbossPlayer[];
    log(`    ${agents} agents and ${players} players connected in ${((performance.now() - started) / 1000).toFixed(1)} s; opening chats`);

    // Each player's first message opens a conversation, which routing assigns to the least loaded agent.
    // Paced by the relay itself: at most SETUP_WINDOW chats opened and not yet assigned.
    const opening = performance.now();
    for (let i = 0; i < playerClients.length; i++) {
      if (!(await waitUntil(() => i - assigned.length < SETUP_WINDOW, SETUP_STALL_MS, 5))) throw new Error(`chat opening stalled at ${assigned.length} of ${players} (${trouble.summary()})`);
      playerClients[i]!.send('Hello, I need help with my account');
      if (i % 20 === 19) await sleep(Math.max(0, opening + ((i + 1) * 1000) / SETUP_PLAYER_OPENS_PER_SECOND - performance.now()));
    }
    if (!(await waitUntil(() => assigned.length >= players, SETUP_STALL_MS))) throw new Error(`only ${assigned.length} of ${players} chats were assigned (${trouble.summary()})`);
    log(`    ${players} chats opened and assigned in ${((performance.now() - opening) / 1000).toFixed(1)} s`);

    const byPlayerId = new Map(playerClients.map((p) => [p.playerId, p]));
    const chats: Chat[] = assigned.map(({ conversation, agent }) => {
      const player = byPlayerId.get(conversation.playerId)!;
      const agentClient = agentClients[agent]!;
      return { agent, playerSend: (text) => player.send(text), agentSend: (text) => agentClient.send(conversation.id, text) };
    });

    // A first reply from the agent settles each chat (first response recorded) before anything is measured.
    const replies = interleaveByAgent(chats);
    const replyRate = SETUP_REPLIES_PER_AGENT_PER_SECOND * agents;
    const agentAcks = () => agentClients.reduce((n, a) => n + a.acks, 0);
    const replying = performance.now();
    for (let k = 0; k < replies.length; k++) {
      if (!(await waitUntil(() => k - agentAcks() < SETUP_WINDOW, SETUP_STALL_MS, 5))) throw new Error(`first replies stalled at ${agentAcks()} of ${replies.length} (${trouble.summary()})`);
      replies[k]!.agentSend('Hello, this is support, how can I help?');
      if (k % 20 === 19) await sleep(Math.max(0, replying + ((k + 1) * 1000) / replyRate - performance.now()));
    }
    if (!(await waitUntil(() => agentAcks() >= replies.length, SETUP_STALL_MS))) throw new Error(`only ${agentAcks()} of ${replies.length} first replies acked (${trouble.summary()})`);
    await sleep(1000);

    return {
      chats,
      sockets: agents + players,
      setupSeconds: (performance.now() - started) / 1000,
      trouble,
      close: async () => {
        for (const p of playerClients) p.close();
        for (const a of agentClients) a.close();
      },
    };
  },
};
