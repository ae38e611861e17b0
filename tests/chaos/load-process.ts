import { ChaosAgent } from './chaos-agent';
import { ChaosPlayer } from './chaos-player';
import { DeliveryLog } from './ledger';
import type { DrainResult, LoadCommand, LoadReport } from './load-driver';

/**
 * The load process: every chaos player and agent over real ws sockets, doing
 * what the test asks over IPC (see LoadDriver). Players type at a steady
 * pace with jitter; agents answer every player message they see.
 */
const MAX_MESSAGES_PER_PLAYER = 60;
const START_TIMEOUT_MS = 20_000;
const SETTLE_MS = 500;

const log = new DeliveryLog();
let agents: ChaosAgent[] = [];
let players: ChaosPlayer[] = [];
let typing: NodeJS.Timeout | undefined;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function start(command: Extract<LoadCommand, { cmd: 'start' }>): Promise<void> {
  agents = command.agents.map(
    (account, i) => new ChaosAgent({ baseUrl: command.baseUrl, account, password: command.password, localAddress: `127.2.0.${i + 1}`, log }),
  );
  for (const agent of agents) agent.start();
  await until(() => agents.every((a) => a.ready), START_TIMEOUT_MS, 'agents to be welcomed');

  players = Array.from(
    { length: command.players },
    (_, i) => new ChaosPlayer({ baseUrl: command.baseUrl, site: command.site, name: `p${i}`, localAddress: `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`, log }),
  );
  for (const player of players) player.start();
  await until(() => players.every((p) => p.ready), START_TIMEOUT_MS, 'players to be welcomed');

  // Each player types at its own pace: a first message within one interval, then every 0.5–1.5 intervals.
  const interval = command.playerIntervalMs;
  const nextAt = players.map(() => Date.now() + Math.random() * interval);
  typing = setInterval(() => {
    const now = Date.now();
    players.forEach((player, i) => {
      if (now < nextAt[i]! || player.typed >= MAX_MESSAGES_PER_PLAYER) return;
      player.say(`Question ${player.typed + 1} from ${player.key}: where is my bonus?`);
      nextAt[i] = now + interval * (0.5 + Math.random());
    });
  }, 50);
}

/** Drop `count` random welcomed clients: each now or, at even odds, the instant after its next send. */
function drop(count: number, agentShare: number): number {
  let dropped = 0;
  for (let i = 0; i < count; i++) {
    const pool: (ChaosAgent | ChaosPlayer)[] = Math.random() < agentShare ? agents : players;
    const candidates = pool.filter((c) => c.ready);
    const victim = candidates[Math.floor(Math.random() * candidates.length)];
    if (victim?.drop(Math.random() < 0.5)) dropped += 1;
  }
  return dropped;
}

const everyone = () => [...agents, ...players];

async function drain(timeoutMs: number): Promise<DrainResult> {
  const settled = () => everyone().every((c) => c.ready && c.pending === 0);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (settled()) {
      // Answers to the last messages may still be on their way: settle, and check once more.
      await sleep(SETTLE_MS);
      if (settled()) return { drained: true, notReady: 0, pending: 0 };
    }
    await sleep(50);
  }
  const all = everyone();
  return { drained: false, notReady: all.filter((c) => !c.ready).length, pending: all.reduce((n, c) => n + c.pending, 0) };
}

function report(): LoadReport {
  const all = everyone();
  for (const client of all) client.stop();
  return {
    sent: log.sentEntries,
    received: log.receivedEntries,
    forcedDisconnects: all.reduce((n, c) => n + c.drops, 0),
    refusals: all.reduce((n, c) => n + c.refusals, 0),
    handedOff: agents.reduce((n, a) => n + a.handedOff, 0),
  };
}

async function handle(command: LoadCommand): Promise<unknown> {
  switch (command.cmd) {
    case 'start':
      return start(command);
    case 'drop':
      return drop(command.count, command.agentShare);
    case 'quiet':
      clearInterval(typing);
      return undefined;
    case 'drain':
      return drain(command.timeoutMs);
    case 'report':
      return report();
  }
}

process.on('message', (message: LoadCommand & { id: number }) => {
  handle(message).then(
    (result) => process.send!({ id: message.id, ok: true, result }),
    (error: unknown) => process.send!({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
// The test owns this process: if it goes away, so do we.
process.on('disconnect', () => process.exit(0));
