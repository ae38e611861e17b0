import { spawn, type ChildProcess } from 'node:child_process';
import type { StoreTestFault } from '../../server/store/kysely-store';

const READY_TIMEOUT_MS = 20_000;

/**
 * The relay as a child process the test can SIGKILL and start again on the
 * same SQLite file and the same port (clients reconnect to where it was).
 */
export class RelayChild {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  /** The last lines it printed, for a failure message. */
  private readonly tail: string[] = [];
  port = 0;
  kills = 0;

  /** `entry`: the bundled tests/chaos/relay-process.ts (see chaos-build.ts). */
  constructor(private readonly options: { entry: string; dataDir: string; fault?: StoreTestFault }) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('relay already running');
    const child = spawn(process.execPath, [this.options.entry], {
      env: { ...process.env, PORT: String(this.port), PITBOSS_DATA: this.options.dataDir, PITBOSS_TEST_FAULT: this.options.fault ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    const ready = new Promise<number>((resolvePort, reject) => {
      const timer = setTimeout(() => reject(new Error(`relay not ready in ${READY_TIMEOUT_MS} ms:\n${this.output()}`)), READY_TIMEOUT_MS);
      const onLine = (line: string) => {
        this.remember(line);
        const match = /^READY (\d+)$/.exec(line.trim());
        if (match) {
          clearTimeout(timer);
          resolvePort(Number(match[1]));
        }
      };
      lines(child.stdout!, onLine);
      lines(child.stderr!, (line) => this.remember(line));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`relay exited (${code ?? signal}) before it was ready:\n${this.output()}`));
      });
    });
    this.port = await ready;
  }

  /** kill -9: no shutdown hook runs, nothing is flushed that the OS does not already have. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await this.exited;
    this.kills += 1;
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }

  /** Cleanup: safe to call whether it runs or not, and twice. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await this.exited;
  }

  output(): string {
    return this.tail.join('\n');
  }

  private remember(line: string): void {
    this.tail.push(line);
    if (this.tail.length > 40) this.tail.shift();
  }
}

function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      onLine(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
    }
  });
}
