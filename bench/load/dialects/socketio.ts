import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { TO_AGENT, TO_PLAYER, type Chat } from '../schedule';
import { inPool } from '../sockets';
import { Trouble, type Dialect } from './dialect';

const CONNECT_TIMEOUT_MS = 15_000;

function connect(port: number, query: Record<string, string>, localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    // localAddress is passed down to the `ws` transport (engine.io-client picks it from the options).
    const options = { transports: ['websocket'], query, forceNew: true, reconnection: false, timeout: CONNECT_TIMEOUT_MS, localAddress };
    const socket = io(`http://127.0.0.1:${port}`, options as Parameters<typeof io>[1]);
    socket.once('connect', () => {
      socket.off('connect_error');
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** The minimal socket.io relay (bench/load/socketio-entry.ts). */
export const socketIo: Dialect = {
  name: 'socket.io',
  entry: 'bench/load/socketio-entry.ts',
  env: () => ({}),

  async openIdle(port, count, address) {
    const started = performance.now();
    const { results, failed, firstError } = await inPool(count, 256, (i) => connect(port, { role: 'p', id: String(i), agent: '0' }, address(i)));
    const sockets = results.filter((s): s is Socket => s !== undefined);
    return { opened: sockets.length, failed, firstError, seconds: (performance.now() - started) / 1000, close: async () => sockets.forEach((s) => s.close()) };
  },

  async openFloor({ port, players, agents, address, recorder }) {
    const started = performance.now();
    const trouble = new Trouble();
    const onDisconnect = (reason: string) => {
      if (reason !== 'io client disconnect') trouble.closes += 1;
    };
    const agentSockets = await inPool(agents, 64, async (j) => {
      const socket = await connect(port, { role: 'a', id: String(j) }, address(j));
      socket.on('message', (m: { text: string }) => recorder.arrive(TO_AGENT, m.text));
      socket.on('disconnect', onDisconnect);
      return socket;
    });
    if (agentSockets.failed > 0) throw new Error(`${agentSockets.failed} agents failed to connect: ${String(agentSockets.firstError)}`);
    const playerSockets = await inPool(players, 256, async (i) => {
      const socket = await connect(port, { role: 'p', id: String(i), agent: String(i % agents) }, address(agents + i));
      socket.on('message', (m: { text: string }) => recorder.arrive(TO_PLAYER, m.text));
      socket.on('disconnect', onDisconnect);
      return socket;
    });
    if (playerSockets.failed > 0) throw new Error(`${playerSockets.failed} players failed to connect: ${String(playerSockets.firstError)}`);
    const acked = () => undefined;
    const chats: Chat[] = playerSockets.results.map((player, i) => {
      const agent = agentSockets.results[i % agents]!;
      return {
        agent: i % agents,
        playerSend: (text) => player!.emit('send', { text }, acked),
        agentSend: (text) => agent.emit('send', { to: String(i), text }, acked),
      };
    });
    const all = [...agentSockets.results, ...playerSockets.results] as Socket[];
    return {
      chats,
      sockets: all.length,
      setupSeconds: (performance.now() - started) / 1000,
      trouble,
      close: async () => all.forEach((s) => s.close()),
    };
  },
};
