import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import type { AgentSessions } from '../../../server/core/agent-sessions';
import { PitbossError } from '../../../server/core/errors';
import { createLogger } from '../../../server/logger';
import { AgentSessionWatch } from '../../../server/gateway/agent-session-watch';

/** Just what the watch uses of a ws socket: close() and the 'close' event. */
class FakeSocket extends EventEmitter {
  closedWith: { code: number; reason: string } | null = null;
  close(code: number, reason: string) {
    this.closedWith = { code, reason };
    this.emit('close');
  }
}

function setup(check: (tokenHash: string) => Promise<unknown>) {
  let now = 1_000;
  const sessions = { checkSession: check } as unknown as AgentSessions;
  const watch = new AgentSessionWatch({ sessions, log: createLogger('silent'), now: () => now });
  const open = (agentId: string, tokenHash: string, expiresAt: number) => {
    const socket = new FakeSocket();
    watch.add(socket as unknown as WebSocket, { agentId, tokenHash, expiresAt });
    return socket;
  };
  return { watch, open, setNow: (t: number) => void (now = t) };
}

describe('AgentSessionWatch', () => {
  it('closes all and only the sockets of one agent, or of one session', () => {
    const { watch, open } = setup(async () => undefined);
    const a1 = open('a', 'ha1', 10_000);
    const a2 = open('a', 'ha2', 10_000);
    const b = open('b', 'hb', 10_000);
    expect(watch.closeSession('ha2', 4009, 'signed out')).toBe(1);
    expect(a2.closedWith).toEqual({ code: 4009, reason: 'signed out' });
    expect(a1.closedWith).toBeNull();
    expect(watch.closeAgent('a', 4001, 'agent disabled')).toBe(1);
    expect(a1.closedWith).toEqual({ code: 4001, reason: 'agent disabled' });
    expect(b.closedWith).toBeNull();
    expect(watch.closeAgent('a', 4001, 'again')).toBe(0);
  });

  it('closes expired sessions and those the store no longer vouches for, but not on a store failure', async () => {
    const verdicts: Record<string, () => Promise<unknown>> = {
      live: async () => undefined,
      ended: async () => {
        throw new PitbossError('unauthorized', 'gone');
      },
      flaky: async () => {
        throw new Error('database is locked');
      },
    };
    const { watch, open, setNow } = setup((hash) => verdicts[hash]!());
    const expired = open('a', 'live', 5_000);
    const live = open('b', 'live', 50_000);
    const ended = open('c', 'ended', 50_000);
    const flaky = open('d', 'flaky', 50_000);
    setNow(5_000);
    await watch.check();
    expect(expired.closedWith).toEqual({ code: 4001, reason: 'session expired' });
    expect(ended.closedWith).toEqual({ code: 4001, reason: 'session ended' });
    expect(live.closedWith).toBeNull();
    expect(flaky.closedWith).toBeNull();
  });

  it('forgets a socket that closed by itself', () => {
    const { watch, open } = setup(async () => undefined);
    const socket = open('a', 'h', 10_000);
    socket.emit('close');
    expect(watch.closeAgent('a', 4001, 'x')).toBe(0);
  });
});
