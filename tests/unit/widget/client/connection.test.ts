import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_CODES } from '../../../../protocol';
import { Connection, type ConnectionState } from '../../../../widget/client/connection';
import { asWebSocket, FakeWebSocket } from '../fake-websocket';

type Frame = { type: string };
let connection: Connection<Frame, Frame>;
let states: ConnectionState[];
let received: Frame[];

function connect(over: Partial<ConstructorParameters<typeof Connection<Frame, Frame>>[0]> = {}) {
  connection = new Connection<Frame, Frame>({
    url: 'ws://chat.test/v1/player',
    hello: () => ({ type: 'hello' }),
    decode: (raw) => JSON.parse(raw) as Frame,
    onFrame: (frame) => received.push(frame),
    onState: (change) => states.push(change.state),
    ping: () => ({ type: 'ping' }),
    backoffBaseMs: 100,
    backoffCapMs: 1000,
    minUptimeMs: 5_000,
    connectTimeoutMs: 10_000,
    heartbeatIntervalMs: 20_000,
    heartbeatTimeoutMs: 45_000,
    WebSocketImpl: asWebSocket(FakeWebSocket),
    ...over,
  });
  connection.start();
  return connection;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0.999_999_9);
  FakeWebSocket.reset();
  states = [];
  received = [];
});
afterEach(() => {
  connection.stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Connection', () => {
  it('sends hello first on every (re)connect', () => {
    connect();
    FakeWebSocket.latest().accept();
    FakeWebSocket.latest().drop();
    vi.advanceTimersByTime(1000);
    FakeWebSocket.latest().accept();
    expect(FakeWebSocket.instances.map((s) => s.frames[0])).toEqual([{ type: 'hello' }, { type: 'hello' }]);
  });

  it('waits longer after each failure, never beyond the cap', () => {
    connect();
    const waits: number[] = [];
    for (let failure = 0; failure < 7; failure++) {
      const before = FakeWebSocket.instances.length;
      FakeWebSocket.latest().drop();
      let waited = 0;
      while (FakeWebSocket.instances.length === before) {
        vi.advanceTimersByTime(1);
        waited += 1;
        expect(waited).toBeLessThanOrEqual(1000);
      }
      waits.push(waited);
    }
    // floor(0.9999999 * min(cap, base * 2^n)), and the reconnect fires on the next ms after it
    expect(waits).toEqual([99, 199, 399, 799, 999, 999, 999].map((d) => Math.max(d, 1)));
    expect(states.filter((s) => s === 'reconnecting')).toHaveLength(7);
  });

  it('resets the backoff only after the socket stayed up for the minimum uptime', () => {
    connect();
    for (let i = 0; i < 4; i++) {
      FakeWebSocket.latest().drop();
      vi.advanceTimersByTime(1000);
    }
    FakeWebSocket.latest().accept();
    vi.advanceTimersByTime(4_000); // not long enough
    FakeWebSocket.latest().drop();
    const count = FakeWebSocket.instances.length;
    vi.advanceTimersByTime(500);
    expect(FakeWebSocket.instances.length).toBe(count); // still backing off (ceiling 1000)
    vi.advanceTimersByTime(500);
    FakeWebSocket.latest().accept();
    vi.advanceTimersByTime(5_000);
    FakeWebSocket.latest().drop();
    vi.advanceTimersByTime(99);
    expect(FakeWebSocket.instances.length).toBe(count + 2); // back to the base delay
  });

  it('pings on the heartbeat and gives up on a socket that stays silent', () => {
    connect();
    const socket = FakeWebSocket.latest();
    socket.accept();
    vi.advanceTimersByTime(20_000);
    expect(socket.frames.at(-1)).toEqual({ type: 'ping' });
    socket.deliver({ type: 'pong' });
    vi.advanceTimersByTime(40_000);
    expect(FakeWebSocket.instances).toHaveLength(1); // a frame 40 s ago keeps it alive
    vi.advanceTimersByTime(20_000);
    expect(states.at(-1)).toBe('reconnecting');
    expect(socket.closedWith).toBe(1000);
  });

  it('stops for good on a close code that reconnecting cannot fix', () => {
    connect();
    FakeWebSocket.latest().accept();
    FakeWebSocket.latest().drop(CLOSE_CODES.version, 'too old');
    vi.advanceTimersByTime(60_000);
    expect(states.at(-1)).toBe('closed');
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it('reports false from send while not open, so the caller keeps the frame', () => {
    connect();
    expect(connection.send({ type: 'send' })).toBe(false);
    FakeWebSocket.latest().accept();
    expect(connection.send({ type: 'send' })).toBe(true);
  });
});
