import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgentDesk, agentSocketUrl, type SessionEnd } from '../../../../demo/agent/agent-client';
import { threadOf } from '../../../../demo/agent/desk-state';
import { ME, conversation, fakeSocketFactory, message } from './fixtures';

let ids = 0;
function setup() {
  const { WebSocketImpl, sockets } = fakeSocketFactory();
  const ended: SessionEnd[] = [];
  const desk = new AgentDesk({
    agent: ME,
    url: 'ws://relay.test/v1/agent',
    newId: () => `reply-${String(++ids).padStart(5, '0')}`,
    onSessionEnd: (end) => ended.push(end),
    WebSocketImpl,
  });
  desk.start();
  const socket = () => {
    const last = sockets.at(-1);
    if (!last) throw new Error('no socket opened');
    return last;
  };
  return { desk, sockets, socket, ended };
}

const welcome = (conversations = [conversation()]) => ({ type: 'welcome', v: 1, agent: ME, conversations });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AgentDesk', () => {
  it('builds the socket URL from the page location', () => {
    expect(agentSocketUrl({ protocol: 'https:', host: 'chat.example:8443' })).toBe('wss://chat.example:8443/v1/agent');
    expect(agentSocketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/v1/agent');
  });

  it('says hello with the protocol version, and sends nothing else before the welcome', () => {
    const { desk, socket } = setup();
    socket().accept();
    desk.reply('c1', 'too early');
    expect(desk.setStatus('online')).toBe(false);
    expect(socket().frames()).toEqual([{ type: 'hello', v: 1 }]);
    desk.stop();
  });

  it('sends the status the agent picks', () => {
    const { desk, socket } = setup();
    socket().accept();
    socket().receive(welcome());
    expect(desk.setStatus('online')).toBe(true);
    expect(socket().frames().at(-1)).toEqual({ type: 'status', status: 'online' });
    expect(desk.getState().requestedStatus).toBe('online');
    desk.stop();
  });

  it('opens a conversation from the start, then from the last seq it holds', () => {
    const { desk, socket } = setup();
    socket().accept();
    socket().receive(welcome([conversation({ id: 'c1' }), conversation({ id: 'c2' })]));
    desk.select('c1');
    socket().receive({ type: 'history', conversationId: 'c1', messages: [message(1), message(2)] });
    desk.select('c2');
    desk.select('c1');
    const opens = socket().frames().filter((f) => f.type === 'open');
    expect(opens).toEqual([
      { type: 'open', conversationId: 'c1', afterSeq: 0 },
      { type: 'open', conversationId: 'c2', afterSeq: 0 },
      { type: 'open', conversationId: 'c1', afterSeq: 2 },
    ]);
    desk.stop();
  });

  it('opens the conversation named by the URL once its assignment arrives', () => {
    const { desk, socket } = setup();
    desk.select('c9');
    socket().accept();
    socket().receive(welcome([]));
    expect(socket().frames().filter((f) => f.type === 'open')).toEqual([]);
    socket().receive({ type: 'conversation', conversation: conversation({ id: 'c9' }) });
    expect(socket().frames().filter((f) => f.type === 'open')).toEqual([{ type: 'open', conversationId: 'c9', afterSeq: 0 }]);
    desk.stop();
  });

  it('sends a reply with a fresh id and the trimmed text, and ignores blank ones', () => {
    const { desk, socket } = setup();
    socket().accept();
    socket().receive(welcome());
    expect(desk.reply('c1', '   ')).toBeNull();
    const id = desk.reply('c1', '  Hi Maria  ');
    expect(socket().frames().at(-1)).toEqual({ type: 'send', id, conversationId: 'c1', text: 'Hi Maria' });
    expect(threadOf(desk.getState(), 'c1').pending.map((p) => p.text)).toEqual(['Hi Maria']);
    desk.stop();
  });

  it('after a reconnect, re-opens the conversation on screen from its last seq and resends unacked replies', async () => {
    const { desk, sockets, socket } = setup();
    socket().accept();
    socket().receive(welcome());
    desk.select('c1');
    socket().receive({ type: 'history', conversationId: 'c1', messages: [message(1), message(2), message(3)] });
    const acked = desk.reply('c1', 'first');
    socket().receive({ type: 'ack', id: acked, conversationId: 'c1', seq: 4, at: 20_000 });
    const lost = desk.reply('c1', 'second');

    socket().drop(1006);
    expect(desk.getState().connection.state).toBe('reconnecting');
    const typedOffline = desk.reply('c1', 'third');
    // The first retry waits at most the backoff base (500 ms), well under the 10 s connect timeout.
    await vi.advanceTimersByTimeAsync(600);
    expect(sockets).toHaveLength(2);
    socket().accept();
    expect(socket().frames()).toEqual([{ type: 'hello', v: 1 }]);
    socket().receive(welcome([conversation({ lastSeq: 5 })]));

    expect(socket().frames().slice(1)).toEqual([
      { type: 'open', conversationId: 'c1', afterSeq: 4 },
      { type: 'send', id: lost, conversationId: 'c1', text: 'second' },
      { type: 'send', id: typedOffline, conversationId: 'c1', text: 'third' },
    ]);
    // The server replays the gap and acks the resent ones; nothing shows twice.
    socket().receive({ type: 'history', conversationId: 'c1', messages: [message(4, { id: acked ?? '', author: 'agent' })] });
    socket().receive({ type: 'ack', id: lost, conversationId: 'c1', seq: 5, at: 21_000 });
    socket().receive({ type: 'ack', id: lost, conversationId: 'c1', seq: 5, at: 21_000 });
    const thread = threadOf(desk.getState(), 'c1');
    expect(thread.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(thread.pending.map((p) => p.id)).toEqual([typedOffline]);
    desk.stop();
  });

  it('retries a failed reply with the same id', () => {
    const { desk, socket } = setup();
    socket().accept();
    socket().receive(welcome());
    const id = desk.reply('c1', 'hello') ?? '';
    socket().receive({ type: 'error', code: 'rate_limited', message: 'Too fast.', ref: id });
    desk.retry(id);
    expect(socket().frames().filter((f) => f.type === 'send').map((f) => f.id)).toEqual([id, id]);
    desk.stop();
  });

  it('sends resolve for the conversation', () => {
    const { desk, socket } = setup();
    socket().accept();
    socket().receive(welcome());
    expect(desk.resolve('c1')).toBe(true);
    expect(socket().frames().at(-1)).toEqual({ type: 'resolve', conversationId: 'c1' });
    desk.stop();
  });

  it('drops frames that do not match the protocol and keeps going', () => {
    const { desk, socket } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    socket().accept();
    socket().receive('not json');
    socket().receive({ type: 'welcome', v: 1, agent: { id: 42 }, conversations: [] });
    expect(desk.getState().ready).toBe(false);
    socket().receive(welcome());
    expect(desk.getState().ready).toBe(true);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
    desk.stop();
  });

  it('ends the session when the server closes for bad credentials or a replaced session, not on a plain drop', async () => {
    const first = setup();
    first.socket().accept();
    first.socket().drop(1006);
    expect(first.ended).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    first.socket().accept();
    first.socket().drop(4001, 'session expired');
    expect(first.ended).toEqual([{ state: 'closed', code: 4001, reason: 'session expired' }]);
    first.desk.stop();

    const second = setup();
    second.socket().accept();
    second.socket().drop(4009);
    expect(second.ended.map((e) => e.code)).toEqual([4009]);
    second.desk.stop();
  });

  it('stops cleanly: no reconnect after stop, listeners released', async () => {
    const { desk, sockets, socket } = setup();
    const listener = vi.fn();
    desk.subscribe(listener);
    socket().accept();
    desk.stop();
    expect(desk.getState().connection.state).toBe('closed');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('AgentDesk and the network', () => {
  it('retries at once when the browser comes back online, but leaves a healthy socket alone', async () => {
    const { WebSocketImpl, sockets } = fakeSocketFactory();
    const network = new EventTarget();
    const desk = new AgentDesk({
      agent: ME,
      url: 'ws://relay.test/v1/agent',
      newId: () => 'reply-online1',
      WebSocketImpl,
      network: network as unknown as Window,
      // A long backoff, so only the `online` event can explain a quick retry.
    });
    desk.start();
    sockets[0]?.accept();
    network.dispatchEvent(new Event('online'));
    expect(sockets).toHaveLength(1);
    sockets[0]?.drop(1006);
    network.dispatchEvent(new Event('online'));
    expect(sockets).toHaveLength(2);
    desk.stop();
    network.dispatchEvent(new Event('online'));
    expect(sockets).toHaveLength(2);
  });
});

describe('AgentDesk read positions and typing', () => {
  function ready(page?: { hidden: boolean } & EventTarget) {
    const { WebSocketImpl, sockets } = fakeSocketFactory();
    const desk = new AgentDesk({
      agent: ME,
      url: 'ws://relay.test/v1/agent',
      newId: () => `reply-${String(++ids).padStart(5, '0')}`,
      WebSocketImpl,
      ...(page ? { page: page as unknown as Document } : {}),
    });
    desk.start();
    const socket = sockets[0]!;
    socket.accept();
    socket.receive(welcome());
    return { desk, socket };
  }

  it('tells the server how far the agent has read the open conversation, once per step', () => {
    const { desk, socket } = ready();
    desk.select('c1');
    socket.receive({ type: 'history', conversationId: 'c1', messages: [message(1), message(2)] });
    socket.receive({ type: 'message', message: message(2) });
    socket.receive({ type: 'message', message: message(3) });
    expect(socket.frames().filter((f) => f.type === 'read')).toEqual([
      { type: 'read', conversationId: 'c1', seq: 2 },
      { type: 'read', conversationId: 'c1', seq: 3 },
    ]);
    desk.stop();
  });

  it('does not mark lines read while the page is hidden', () => {
    const page = Object.assign(new EventTarget(), { hidden: true });
    const { desk, socket } = ready(page);
    desk.select('c1');
    socket.receive({ type: 'history', conversationId: 'c1', messages: [message(1)] });
    expect(socket.frames().filter((f) => f.type === 'read')).toEqual([]);
    page.hidden = false;
    page.dispatchEvent(new Event('visibilitychange'));
    expect(socket.frames().filter((f) => f.type === 'read')).toEqual([{ type: 'read', conversationId: 'c1', seq: 1 }]);
    desk.stop();
  });

  it('says it is typing at most every few seconds, and stops when idle or on send', () => {
    const { desk, socket } = ready();
    const typing = () => socket.frames().filter((f) => f.type === 'typing').map((f) => f.typing);
    desk.noteTyping('c1', true);
    vi.advanceTimersByTime(1_000);
    desk.noteTyping('c1', true);
    expect(typing()).toEqual([true]);
    vi.advanceTimersByTime(4_999);
    expect(typing()).toEqual([true]);
    vi.advanceTimersByTime(1);
    expect(typing()).toEqual([true, false]);
    desk.noteTyping('c1', true);
    desk.reply('c1', 'done');
    expect(socket.frames().slice(-2).map((f) => f.type)).toEqual(['typing', 'send']);
    expect(typing()).toEqual([true, false, true, false]);
    desk.stop();
  });

  it('drops a player typing indicator that is never switched off', () => {
    const { desk, socket } = ready();
    socket.receive({ type: 'typing', conversationId: 'c1', typing: true, name: null });
    vi.advanceTimersByTime(7_000);
    socket.receive({ type: 'typing', conversationId: 'c1', typing: true, name: null });
    vi.advanceTimersByTime(7_000);
    expect(threadOf(desk.getState(), 'c1').playerTyping).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(threadOf(desk.getState(), 'c1').playerTyping).toBe(false);
    desk.stop();
  });
});
