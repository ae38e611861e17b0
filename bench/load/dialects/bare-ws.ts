import { performance } from 'node:perf_hooks';
import type WebSocket from 'ws';
import { TO_AGENT, TO_PLAYER, type Chat } from '../schedule';
import { inPool, openSocket } from '../sockets';
import { Trouble, type Dialect } from './dialect';

/** The bare ws forwarder (bench/load/bare-ws-entry.ts). */
export const bareWs: Dialect = {
  name: 'bare ws',
  entry: 'bench/load/bare-ws-entry.ts',
  env: () => ({}),

  async openIdle(port, count, address) {
    const started = performance.now();
    const { results, failed, firstError } = await inPool(count, 256, (i) => openSocket(`ws://127.0.0.1:${port}/p/${i}/0`, { localAddress: address(i) }));
    const sockets = results.filter((s): s is WebSocket => s !== undefined);
    return { opened: sockets.length, failed, firstError, seconds: (performance.now() - started) / 1000, close: async () => sockets.forEach((s) => s.terminate()) };
  },

  async openFloor({ port, players, agents, address, recorder }) {
    const started = performance.now();
    const trouble = new Trouble();
    const agentSockets = await inPool(agents, 64, async (j) => {
      const ws = await openSocket(`ws://127.0.0.1:${port}/a/${j}`, { localAddress: address(j) });
      ws.on('message', (data) => recorder.arrive(TO_AGENT, data.toString()));
      ws.on('close', () => (trouble.closes += 1));
      return ws;
    });
    if (agentSockets.failed > 0) throw new Error(`${agentSockets.failed} agents failed to connect: ${String(agentSockets.firstError)}`);
    const playerSockets = await inPool(players, 256, async (i) => {
      const ws = await openSocket(`ws://127.0.0.1:${port}/p/${i}/${i % agents}`, { localAddress: address(agents + i) });
      ws.on('message', (data) => recorder.arrive(TO_PLAYER, data.toString()));
      ws.on('close', () => (trouble.closes += 1));
      return ws;
    });
    if (playerSockets.failed > 0) throw new Error(`${playerSockets.failed} players failed to connect: ${String(playerSockets.firstError)}`);
    const chats: Chat[] = playerSockets.results.map((player, i) => {
      const agent = agentSockets.results[i % agents]!;
      return { agent: i % agents, playerSend: (text) => player!.send(text), agentSend: (text) => agent.send(`${i}|${text}`) };
    });
    const all = [...agentSockets.results, ...playerSockets.results] as WebSocket[];
    return {
      chats,
      sockets: all.length,
      setupSeconds: (performance.now() - started) / 1000,
      trouble,
      close: async () => {
        for (const ws of all) {
          ws.removeAllListeners('close');
          ws.terminate();
        }
      },
    };
  },
};
