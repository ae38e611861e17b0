import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';

/** Linux clock ticks per second for /proc/<pid>/stat (CLK_TCK is 100 on every Linux this runs on). */
const CLOCK_TICKS = 100;
const READY_TIMEOUT_MS = 60_000;
const STATS_TIMEOUT_MS = 10_000;

export interface ServerStats {
  rss: number;
  heapUsed: number;
  loopP99Ms: number;
  loopMaxMs: number;
  commits?: number;
  appendBatches?: number;
  appended?: number;
  [key: string]: number | undefined;
}

const running = new Set<ServerProcess>();

/**
 * A bench server in its own process, pinned to one core, with the fd limit
 * raised through a shell wrapper (`ulimit -n`, then `exec`, so the pid we hold
 * is node's own). It answers `stats` on stdin and exits when stdin closes.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  private readonly tail: string[] = [];
  port = 0;
  /** The server's scratch directory (its SQLite file), removed by stop() even after a SIGKILL. */
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'pitboss-bench-'));
  /** STATS lines still owed by a server that did not answer in time: dropped when they come. */
  private stale = 0;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly options: { core: number; env?: Record<string, string>; nodeArgs?: string[] },
  ) {}

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  async start(): Promise<void> {
    const node = [process.execPath, '--expose-gc', ...(this.options.nodeArgs ?? []), '--import', 'tsx', resolve(this.entry)].map(quote).join(' ');
    const child = spawn('sh', ['-c', `ulimit -n 20000 2>/dev/null; exec taskset -c ${this.options.core} ${node}`], {
      env: { ...process.env, ...this.options.env, BENCH_DATA_DIR: this.dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    running.add(this);
    this.exited = new Promise((done) => child.once('exit', () => done()));
    child.once('exit', (code, signal) => {
      running.delete(this);
      if (this.child === child) this.child = null;
      const error = new Error(`${this.name} exited (${code ?? signal}):\n${this.tail.slice(-20).join('\n')}`);
      for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    });
    createInterface({ input: child.stderr! }).on('line', (line) => this.remember(line));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (/^(STATS|GC|READY|SNAPSHOT|PROFILE) ?/.test(line)) {
        if (line.startsWith('STATS') && this.stale > 0) {
          this.stale -= 1;
          return;
        }
        const waiter = this.waiting.shift();
        if (waiter) return waiter.resolve(line);
      }
      this.remember(line);
    });
    const line = await this.nextLine(READY_TIMEOUT_MS, 'READY');
    const match = /^READY (\d+)/.exec(line);
    if (!match) throw new Error(`${this.name} did not start:\n${this.tail.join('\n')}`);
    this.port = Number(match[1]);
  }

  /** Counters and memory as the server sees them (after a full GC when asked). */
  async stats(options: { gc?: boolean; timeoutMs?: number } = {}): Promise<ServerStats> {
    const timeoutMs = options.timeoutMs ?? STATS_TIMEOUT_MS;
    if (options.gc) {
      this.child?.stdin?.write('gc\n');
      await this.nextLine(timeoutMs, 'GC');
    }
    this.child?.stdin?.write('stats\n');
    const line = await this.nextLine(timeoutMs, 'STATS');
    return JSON.parse(line.slice('STATS '.length)) as ServerStats;
  }

  /**
   * Stats during a step: an overloaded server may not answer for seconds (its
   * event loop is blocked), which is a result, not a bench failure; its late
   * answer is then skipped by the next request's reader.
   */
  async statsIfAnswering(timeoutMs: number): Promise<ServerStats | null> {
    const late = this.waiting.length;
    if (late > 0) return null;
    try {
      return await this.stats({ timeoutMs });
    } catch {
      this.stale += 1;
      return null;
    }
  }

  /** Write a heap snapshot (after a full GC); returns its path. */
  async heapSnapshot(): Promise<string> {
    this.child?.stdin?.write('snapshot\n');
    return (await this.nextLine(120_000, 'SNAPSHOT')).slice('SNAPSHOT '.length);
  }

  /** Start a CPU profile in the server (node:inspector), for the measured window only. */
  async startProfile(): Promise<void> {
    this.child?.stdin?.write('profile-start\n');
    await this.nextLine(STATS_TIMEOUT_MS, 'PROFILE');
  }

  /** Stop the CPU profile and write it to `file`; returns what the server answered. */
  async stopProfile(file: string): Promise<string> {
    this.child?.stdin?.write(`profile-stop ${file}\n`);
    return (await this.nextLine(60_000, 'PROFILE')).slice('PROFILE '.length);
  }

  /** CPU seconds (user + system) the process has used, from /proc/<pid>/stat. */
  cpuSeconds(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  }

  /** Resident memory in bytes, from /proc/<pid>/status (what `ps` shows). */
  rssBytes(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child) {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      await this.exited;
      clearTimeout(timer);
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  output(): string {
    return this.tail.join('\n');
  }

  private nextLine(timeoutMs: number, label: string): Promise<string> {
    if (!this.child) return Promise.reject(new Error(`${this.name} is not running`));
    return new Promise((resolveLine, rejectLine) => {
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== waiter);
        rejectLine(new Error(`${this.name}: no ${label} within ${timeoutMs} ms\n${this.tail.slice(-20).join('\n')}`));
      }, timeoutMs);
      const waiter = {
        resolve: (line: string) => {
          clearTimeout(timer);
          resolveLine(line);
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          rejectLine(error);
        },
      };
      this.waiting.push(waiter);
    });
  }

  private remember(line: string): void {
    this.tail.push(line);
    if (this.tail.length > 50) this.tail.shift();
  }
}

/** Kill whatever bench server is still up (on a crash or Ctrl-C of the load process). */
export function killAllServers(): void {
  for (const server of running) {
    try {
      process.kill(server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Busy CPU seconds of each core, from /proc/stat (all processes, ours included). */
export function coreBusySeconds(): number[] {
  const lines = readFileSync('/proc/stat', 'utf8').split('\n').filter((l) => /^cpu\d+ /.test(l));
  return lines.map((line) => {
    const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.split(/\s+/).slice(0, 9).map(Number);
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
  });
}
