import { Session } from 'node:inspector';
import { mkdirSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';

/**
 * The server side of the bench's control line: the load process writes
 * `stats` (or `gc`, or `snapshot` for a heap snapshot) on the child's stdin and reads one `STATS {json}` line
 * back; `profile-start` / `profile-stop <file>` bracket a CPU profile of the
 * measured window only (answered `PROFILE <file>`), so setup and compilation
 * do not dilute it; when stdin closes (the load process ended, even by a crash) the
 * server shuts itself down, so no bench server outlives its run.
 */
export function serveControl(counters: () => Record<string, number>, shutdown: () => Promise<void>): void {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const lines = createInterface({ input: process.stdin });
  const profiler = new Session();
  lines.on('line', (line) => {
    const command = line.trim();
    if (command === 'profile-start') {
      profiler.connect();
      profiler.post('Profiler.enable', () => profiler.post('Profiler.start', () => process.stdout.write('PROFILE started\n')));
    } else if (command.startsWith('profile-stop ')) {
      const file = command.slice('profile-stop '.length);
      profiler.post('Profiler.stop', (error, result) => {
        if (!error) {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, JSON.stringify(result.profile));
        }
        profiler.disconnect();
        process.stdout.write(`PROFILE ${error ? 'failed' : file}\n`);
      });
    } else if (command === 'snapshot') {
      (globalThis as { gc?: () => void }).gc?.();
      const file = writeHeapSnapshot(join(tmpdir(), `pitboss-bench-${process.pid}-${Date.now()}.heapsnapshot`));
      process.stdout.write(`SNAPSHOT ${file}\n`);
    } else if (command === 'gc') {
      (globalThis as { gc?: () => void }).gc?.();
      process.stdout.write('GC\n');
    } else if (command === 'stats') {
      const memory = process.memoryUsage();
      const stats = {
        ...counters(),
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        external: memory.external,
        loopP99Ms: loop.percentile(99) / 1e6,
        loopMaxMs: loop.max / 1e6,
      };
      loop.reset();
      process.stdout.write(`STATS ${JSON.stringify(stats)}\n`);
    }
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const hardStop = setTimeout(() => process.exit(0), 5000);
    hardStop.unref();
    shutdown()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  lines.on('close', stop);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
