import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreTestFault } from '../../server/store/kysely-store';
import type { ChaosEntries } from './chaos-build';
import { CHAOS_PASSWORD, CHAOS_SITE, seedChaosFloor } from './floor';
import { chaosLine, checkDelivery, type DeliveryReport } from './ledger';
import { LoadDriver, type DrainResult, type LoadReport } from './load-driver';
import { RelayChild } from './relay-child';

export interface ChaosPlan {
  players: number;
  agents: number;
  /** How long players keep typing. */
  trafficMs: number;
  /** When to kill -9 the relay, in ms from the start of traffic. */
  killAtMs: number[];
  /**
   * Traffic goes on at least this long after the last restart, however slow
   * the machine: what a kill broke only shows when the chats it hit go on.
   */
  trafficAfterRestartMs: number;
  /** A forced client-side drop this often; half of them the instant after a send. */
  dropEveryMs: number;
  /** Share of drops aimed at agents (few sockets, each carrying twenty chats and an outbox that is never pruned by a replay). */
  agentDropShare: number;
  /** Mean time between two messages of one player. */
  playerIntervalMs: number;
  drainTimeoutMs: number;
  fault?: StoreTestFault;
}

export interface ChaosOutcome {
  report: DeliveryReport;
  line: string;
  forcedDisconnects: number;
  serverKills: number;
  drain: DrainResult;
  load: Pick<LoadReport, 'refusals' | 'handedOff'>;
  /** Wall time of each phase, in seconds: a slow run says where it was slow. */
  seconds: { setup: number; traffic: number; drain: number; total: number };
  /** The relay's last lines (it logs errors only). */
  relayOutput: string;
}

/** Live pieces of every run, so afterAll can end them whatever happened. */
const running = new Set<{ relay: RelayChild; load: LoadDriver | null; dataDir: string }>();

export async function stopAllChaos(): Promise<void> {
  for (const run of [...running]) await endRun(run);
}

async function endRun(run: { relay: RelayChild; load: LoadDriver | null; dataDir: string }): Promise<void> {
  await run.load?.stop();
  await run.relay.stop();
  rmSync(run.dataDir, { recursive: true, force: true });
  running.delete(run);
}

/**
 * One chaos run: a fresh SQLite file with the agents, the relay as a child
 * process, the load process; traffic with forced drops and kills; a quiet
 * period for outboxes to drain; then what was sent against what was shown.
 */
export async function runChaos(plan: ChaosPlan, entries: ChaosEntries): Promise<ChaosOutcome> {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'pitboss-chaos-'));
  const run = { relay: new RelayChild({ entry: entries.relay, dataDir, fault: plan.fault }), load: null as LoadDriver | null, dataDir };
  running.add(run);
  try {
    const accounts = await seedChaosFloor(join(dataDir, 'pitboss.sqlite'), plan.agents);
    await run.relay.start();
    const load = (run.load = LoadDriver.start(entries.load));
    await load.start({
      cmd: 'start',
      baseUrl: run.relay.url,
      site: CHAOS_SITE.id,
      players: plan.players,
      agents: accounts,
      password: CHAOS_PASSWORD,
      playerIntervalMs: plan.playerIntervalMs,
    });

    const trafficStart = Date.now();
    const setup = (trafficStart - started) / 1000;
    const kills = [...plan.killAtMs].sort((a, b) => a - b);
    let dropsAsked = 0;
    let restartedAt = 0;
    const trafficGoesOn = () => Date.now() - trafficStart < plan.trafficMs || Date.now() - restartedAt < plan.trafficAfterRestartMs;
    // Bounded by time (kills are few). Drops keep to their schedule however slow a turn is: a late turn asks for the ones it owes.
    while (trafficGoesOn()) {
      const elapsed = Date.now() - trafficStart;
      if (kills.length > 0 && elapsed >= kills[0]!) {
        kills.shift();
        await run.relay.restart();
        restartedAt = Date.now();
        // While the relay was down there was no socket to drop: owe nothing for that time.
        dropsAsked = Math.floor((restartedAt - trafficStart) / plan.dropEveryMs);
        continue;
      }
      const owed = Math.floor(elapsed / plan.dropEveryMs) - dropsAsked;
      if (owed > 0) {
        dropsAsked += owed;
        await load.drop(owed, plan.agentDropShare);
      }
      await new Promise((r) => setTimeout(r, plan.dropEveryMs));
    }
    if (kills.length > 0) throw new Error(`traffic ended before ${kills.length} planned kill(s)`);

    await load.quiet();
    const drainStart = Date.now();
    const drain = await load.drain(plan.drainTimeoutMs);
    const seconds = { setup, traffic: (drainStart - trafficStart) / 1000, drain: (Date.now() - drainStart) / 1000, total: 0 };
    const result = await load.report();
    const report = checkDelivery(result.sent, result.received);
    const summary = { forcedDisconnects: result.forcedDisconnects, serverKills: run.relay.kills };
    return {
      report,
      line: chaosLine(report, summary),
      ...summary,
      drain,
      load: { refusals: result.refusals, handedOff: result.handedOff },
      seconds: { ...seconds, total: (Date.now() - started) / 1000 },
      relayOutput: run.relay.output(),
    };
  } finally {
    await endRun(run);
  }
}
