import type { Chat, Recorder } from '../schedule';

/** What went wrong on the client side of a floor, for the report. */
export class Trouble {
  readonly errors = new Map<string, number>();
  closes = 0;

  error(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  summary(): string {
    const parts = [...this.errors].map(([code, n]) => `${code} ×${n}`);
    if (this.closes > 0) parts.push(`${this.closes} sockets closed`);
    return parts.join(', ');
  }
}

export interface FloorOptions {
  port: number;
  players: number;
  agents: number;
  /** Source address of client i. */
  address: (i: number) => string;
  recorder: Recorder;
  log: (line: string) => void;
}

/** Players in chats with agents, all connected and warmed up, ready for runStep. */
export interface Floor {
  chats: Chat[];
  sockets: number;
  /** Seconds the set-up took (connect, open chats, first replies). */
  setupSeconds: number;
  trouble: Trouble;
  close(): Promise<void>;
}

export interface IdleFloor {
  opened: number;
  failed: number;
  firstError: unknown;
  seconds: number;
  close(): Promise<void>;
}

/** One server under test, as the load process speaks to it. */
export interface Dialect {
  /** Mutable so a bench experiment can relabel the relay it changes. */
  name: string;
  entry: string;
  env(agents: number, capacity: number): Record<string, string>;
  /** `count` players connected (and greeted, where the protocol has a greeting), doing nothing. */
  openIdle(port: number, count: number, address: (i: number) => string): Promise<IdleFloor>;
  openFloor(options: FloorOptions): Promise<Floor>;
}
