import { performance } from 'node:perf_hooks';
import { PitbossAgent, PitbossPlayer } from '../load/pitboss-clients';
import { AGENT_TOKEN_PREFIX, relayEnv } from '../load/dialects/pitboss';
import { ServerProcess } from '../load/server-process';
import { inPool, sleep, waitUntil, type SourceAddresses } from '../load/sockets';

const ASSIGN_TIMEOUT_MS = 60_000;

export interface RelayAssignResult {
  chats: number;
  agents: number;
  /** Sorted time-to-assign in ms. */
  times: number[];
  assigned: number;
  serverCpu: number;
  /** Server CPU time spent per chat (opening and assigning it), ms: robust to other processes taking the core. */
  cpuMsPerChat: number;
  errors: string[];
}

/** A player whose chat we time: when its first message went out, when the widget heard "assigned". */
interface TimedPlayer {
  client: PitbossPlayer;
  sentAt: number;
  queued: boolean;
  assignedAt: number | null;
}

async function connectPlayers(port: number, count: number, address: (i: number) => string, errors: string[]): Promise<TimedPlayer[]> {
  const timed: TimedPlayer[] = [];
  const { failed, firstError } = await inPool(count, 128, async (i) => {
    const entry: TimedPlayer = { client: null as unknown as PitbossPlayer, sentAt: 0, queued: false, assignedAt: null };
    entry.client = await PitbossPlayer.connect(port, address(i), {
      conversation(c) {
        if (c.status === 'queued') entry.queued = true;
        if (c.status === 'assigned' && entry.assignedAt === null) entry.assignedAt = performance.now();
      },
      error: (code) => errors.push(code),
    });
    timed.push(entry);
  });
  if (failed > 0) throw new Error(`${failed} players failed to connect: ${String(firstError)}`);
  return timed;
}

async function withRelay<T>(agents: number, capacity: number, core: number, run: (server: ServerProcess) => Promise<T>): Promise<T> {
  const server = new ServerProcess('Pitboss', 'bench/load/relay-entry.ts', { core, env: relayEnv(agents, capacity) });
  await server.start();
  try {
    return await run(server);
  } finally {
    await server.stop();
  }
}

/**
 * Shift start: `chats` players are queued with nobody online; then `agents`
 * agents (capacity chats/agents each) go online at once. Time-to-assign is
 * from that moment to the widget hearing its chat is assigned.
 */
export function queuedMeetAgents(options: { chats: number; agents: number; core: number; addresses: SourceAddresses; profile?: string }): Promise<RelayAssignResult> {
  const { chats, agents } = options;
  return withRelay(agents, Math.ceil(chats / agents), options.core, async (server) => {
    const errors: string[] = [];
    const players = await connectPlayers(server.port, chats, options.addresses.block(chats), errors);
    for (let i = 0; i < players.length; i++) {
      players[i]!.client.send('Hello, my deposit has not arrived');
      if (i % 20 === 19) await sleep(50);
    }
    if (!(await waitUntil(() => players.every((p) => p.queued), ASSIGN_TIMEOUT_MS))) throw new Error('chats were not all queued');
    const agentAddress = options.addresses.block(agents);
    const agentClients = (await inPool(agents, 50, (j) => PitbossAgent.connect(server.port, j, AGENT_TOKEN_PREFIX, agentAddress(j), { error: (code) => errors.push(code) }, { online: false }))).results as PitbossAgent[];
    if (agentClients.some((a) => !a)) throw new Error('agents failed to connect');
    await sleep(500);
    if (options.profile) await server.startProfile();
    const cpuBefore = server.cpuSeconds();
    const t0 = performance.now();
    await Promise.all(agentClients.map((a) => a.goOnline()));
    await waitUntil(() => players.every((p) => p.assignedAt !== null), ASSIGN_TIMEOUT_MS, 5);
    const elapsed = (performance.now() - t0) / 1000;
    const cpuSeconds = server.cpuSeconds() - cpuBefore;
    const serverCpu = cpuSeconds / Math.max(elapsed, 0.01);
    if (options.profile) await server.stopProfile(`${options.profile}/assign-shift-start.cpuprofile`);
    const times = players.filter((p) => p.assignedAt !== null).map((p) => p.assignedAt! - t0).sort((a, b) => a - b);
    for (const p of players) p.client.close();
    for (const a of agentClients) a.close();
    return { chats, agents, times, assigned: times.length, serverCpu, cpuMsPerChat: (cpuSeconds * 1000) / chats, errors };
  });
}

/**
 * A burst of new chats on an online floor: `perSecond` players open a chat
 * each second for `seconds` (open loop, on schedule). Time-to-assign is from
 * the player's first message to the widget hearing "assigned".
 */
export function burstOfChats(options: { perSecond: number; seconds: number; agents: number; core: number; addresses: SourceAddresses; profile?: string }): Promise<RelayAssignResult> {
  const chats = options.perSecond * options.seconds;
  const { agents } = options;
  return withRelay(agents, Math.ceil((chats * 1.2) / agents), options.core, async (server) => {
    const errors: string[] = [];
    const agentAddress = options.addresses.block(agents);
    const agentClients = (await inPool(agents, 50, (j) => PitbossAgent.connect(server.port, j, AGENT_TOKEN_PREFIX, agentAddress(j), { error: (code) => errors.push(code) }))).results as PitbossAgent[];
    if (agentClients.some((a) => !a)) throw new Error('agents failed to connect');
    const players = await connectPlayers(server.port, chats, options.addresses.block(chats), errors);
    await sleep(1000);
    if (options.profile) await server.startProfile();
    const cpuBefore = server.cpuSeconds();
    const start = performance.now() + 10;
    let next = 0;
    while (next < chats) {
      const due = Math.min(chats, Math.floor(((performance.now() - start) * options.perSecond) / 1000) + 1);
      for (; next < due; next++) {
        const p = players[next]!;
        p.sentAt = start + (next * 1000) / options.perSecond;
        p.client.send('Hi, I cannot log in to my account');
      }
      await sleep(1);
    }
    await waitUntil(() => players.every((p) => p.assignedAt !== null), ASSIGN_TIMEOUT_MS, 5);
    const elapsed = (performance.now() - start) / 1000;
    const cpuSeconds = server.cpuSeconds() - cpuBefore;
    const serverCpu = cpuSeconds / elapsed;
    if (options.profile) await server.stopProfile(`${options.profile}/assign-burst.cpuprofile`);
    const times = players.filter((p) => p.assignedAt !== null).map((p) => p.assignedAt! - p.sentAt).sort((a, b) => a - b);
    for (const p of players) p.client.close();
    for (const a of agentClients) a.close();
    return { chats, agents, times, assigned: times.length, serverCpu, cpuMsPerChat: (cpuSeconds * 1000) / chats, errors };
  });
}
