/**
 * npm run bench:assign [-- --quick] [--profile]  (--profile: CPU profiles of the relay during each relay part, in /tmp/pitboss-bench-profile)
 *
 * Assignment, twice: the routing core alone (planAssignments / pickAgent from
 * server/core/routing.ts on 10,000 queued chats and 500 agents, beside a naive
 * scan making the same decisions), and through the relay on real sockets
 * (relay pinned to core 0, this process to core 1): 500 queued chats meeting
 * 50 agents who come online at once, and a burst of 200 new chats per second.
 */
import { execFileSync } from 'node:child_process';
import { codeVersion } from './load/code-version';
import { cpus } from 'node:os';
import { at, benchCore, type Timing } from './assign/core-timing';
import { burstOfChats, queuedMeetAgents, type RelayAssignResult } from './assign/relay-timing';
import { table } from './load/report';
import { killAllServers } from './load/server-process';
import { SourceAddresses } from './load/sockets';

const quick = process.argv.includes('--quick');
const profile = process.argv.includes('--profile') ? '/tmp/pitboss-bench-profile' : undefined;
const SERVER_CORE = 0;
const LOAD_CORE = 1;
const log = (line: string) => process.stdout.write(`${line}\n`);
process.on('exit', killAllServers);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAllServers();
    process.exit(130);
  });
}

const ms = (x: number) => (x < 0.1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));

async function main(): Promise<void> {
  execFileSync('taskset', ['-a', '-cp', String(LOAD_CORE), String(process.pid)], { stdio: 'ignore' });
  log(`bench:assign ${quick ? '(quick) ' : ''}— ${new Date().toISOString()}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, code ${codeVersion()}\n`);

  const core = benchCore(quick ? 2000 : 10_000, quick ? 100 : 500, quick);
  log(`── routing core alone: ${core.queued} queued chats, ${core.agents} agents (${core.freeSlots} free slots); this process on core ${LOAD_CORE}`);
  const row = (name: string, t: Timing) => [name, String(t.times.length), ms(at(t.times, 0.5)), ms(at(t.times, 0.99)), String(t.assignments), Math.round(t.assignments / (at(t.times, 0.5) / 1000)).toLocaleString('en')];
  log(
    table(
      ['', 'calls', 'median ms', 'p99 ms', 'assigned', 'decisions/s'],
      [
        row('fill every free slot: engine (heap)     ', core.full.engine),
        row('fill every free slot: naive (scan per slot)', core.full.naive),
        row('one slot frees: engine', core.oneSlot.engine),
        row('one slot frees: naive', core.oneSlot.naive),
      ],
    ),
  );
  log(`pickAgent for one chat over ${core.agents} agents: ${core.pickAgentMicros.toFixed(1)} µs; engine and naive made identical decisions: ${core.identical ? 'yes' : 'NO'}\n`);

  const addresses = new SourceAddresses();
  const relayRow = (name: string, r: RelayAssignResult) => [
    name,
    `${r.assigned}/${r.chats}`,
    ms(at(r.times, 0.5)),
    ms(at(r.times, 0.95)),
    ms(at(r.times, 0.99)),
    ms(r.times[r.times.length - 1] ?? NaN),
    `${(100 * r.serverCpu).toFixed(0)}%`,
    r.cpuMsPerChat.toFixed(2),
    r.errors.length ? `${r.errors.length} errors (${[...new Set(r.errors)].join(', ')})` : '',
  ];
  const rows: string[][] = [];
  const meet = await queuedMeetAgents({ chats: quick ? 100 : 500, agents: quick ? 10 : 50, core: SERVER_CORE, addresses, profile });
  rows.push(relayRow(`${meet.chats} queued chats meet ${meet.agents} agents going online`, meet));
  log(`    shift start done: p99 ${ms(at(meet.times, 0.99))} ms`);
  const burst = await burstOfChats({ perSecond: quick ? 50 : 200, seconds: quick ? 4 : 10, agents: 50, core: SERVER_CORE, addresses, profile });
  rows.push(relayRow(`burst: ${quick ? 50 : 200} new chats/s for ${quick ? 4 : 10} s, 50 agents online`, burst));
  log(`── through the relay (real sockets; relay on core ${SERVER_CORE}): time to assign, ms`);
  log(table(['', 'assigned', 'p50', 'p95', 'p99', 'max', 'srv CPU', 'CPU ms/chat', ''], rows));
  log(`\nTarget: burst p99 ≤ 100 ms → ${at(burst.times, 0.99) <= 100 ? 'met' : 'MISSED'} (${ms(at(burst.times, 0.99))} ms)`);
}

main()
  .catch((error) => {
    process.stderr.write(`bench:assign failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    killAllServers();
    setTimeout(() => process.exit(), 200).unref();
  });
