import { fork, type ChildProcess } from 'node:child_process';
import type { ChaosAgentAccount } from './floor';
import type { ReceivedEntry, SentEntry } from './ledger';

/** What the test asks of the load process. */
export type LoadCommand =
  | { cmd: 'start'; baseUrl: string; site: string; players: number; agents: ChaosAgentAccount[]; password: string; playerIntervalMs: number }
  | { cmd: 'drop'; count: number; agentShare: number }
  | { cmd: 'quiet' }
  | { cmd: 'drain'; timeoutMs: number }
  | { cmd: 'report' };

export interface DrainResult {
  drained: boolean;
  notReady: number;
  pending: number;
}

export interface LoadReport {
  sent: SentEntry[];
  received: ReceivedEntry[];
  forcedDisconnects: number;
  /** Error frames the relay answered sends with (rate limits, refusals). */
  refusals: number;
  /** Chats moved away from their agent mid-run; the floor is set up so this stays 0. */
  handedOff: number;
}

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/**
 * The load process seen from the test: a separate Node process (so the
 * clients' event loop is not the test's), driven by request/reply over IPC.
 */
export class LoadDriver {
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new Error(`load process: ${reply.error}`));
    });
    this.exit = new Promise((done) =>
      child.once('exit', (code, signal) => {
        this.exited = true;
        for (const waiter of this.waiting.values()) waiter.reject(new Error(`load process exited (${code ?? signal})`));
        this.waiting.clear();
        done();
      }),
    );
  }

  /** `entry`: the bundled tests/chaos/load-process.ts (see chaos-build.ts). */
  static start(entry: string): LoadDriver {
    return new LoadDriver(fork(entry, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  }

  start(command: Extract<LoadCommand, { cmd: 'start' }>): Promise<void> {
    return this.request(command, 60_000) as Promise<void>;
  }

  drop(count: number, agentShare: number): Promise<number> {
    return this.request({ cmd: 'drop', count, agentShare }, 5_000) as Promise<number>;
  }

  quiet(): Promise<void> {
    return this.request({ cmd: 'quiet' }, 5_000) as Promise<void>;
  }

  drain(timeoutMs: number): Promise<DrainResult> {
    return this.request({ cmd: 'drain', timeoutMs }, timeoutMs + 5_000) as Promise<DrainResult>;
  }

  report(): Promise<LoadReport> {
    return this.request({ cmd: 'report' }, 15_000) as Promise<LoadReport>;
  }

  async stop(): Promise<void> {
    if (!this.exited) this.child.kill('SIGKILL');
    await this.exit;
  }

  private request(command: LoadCommand, timeoutMs: number): Promise<unknown> {
    if (this.exited) return Promise.reject(new Error('load process is gone'));
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`load process did not answer "${command.cmd}" in ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.child.send({ id, ...command });
    });
  }
}
