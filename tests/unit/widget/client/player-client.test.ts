import { get, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_CODES, MAX_MESSAGE_CHARS, PROTOCOL_VERSION } from '../../../../protocol';
import { playerSocketUrl } from '../../../../widget/client/player-client';
import type { MessageLine } from '../../../../widget/client/transcript';
import { FakeWebSocket } from '../fake-websocket';
import {
  conversation,
  db,
  makeClient,
  message,
  newSite,
  ownLines,
  sends,
  shutdownClients,
  socketNumber,
  storedOutbox,
  welcome,
} from './fixtures';

beforeEach(() => FakeWebSocket.reset());
afterEach(shutdownClients);

describe('playerSocketUrl', () => {
  it('uses wss for an https origin and ws for http', () => {
    expect(playerSocketUrl('https://chat.casino.example')).toBe('wss://chat.casino.example/v1/player');
    expect(playerSocketUrl('http://localhost:8080')).toBe('ws://localhost:8080/v1/player');
  });
});

describe('PlayerClient hello and session', () => {
  it('says hello first with no session on a first visit, then resumes the stored session after a reload', async () => {
    const site = newSite();
    const first = makeClient(site, { locale: 'pt-BR' });
    first.start();
    const socket = await socketNumber(1);
    socket.accept();
    expect(socket.frames[0]).toEqual({ type: 'hello', v: PROTOCOL_VERSION, site, session: null, locale: 'pt-BR', lastSeq: 0, conversationId: null });
    socket.deliver(welcome({ session: 'token-abc' }));
    await vi.waitFor(async () => expect(await get(`pitboss:${site}:session`, db)).toBe('token-abc'));
    first.shutdown();

    const reloaded = makeClient(site);
    reloaded.start();
    const next = await socketNumber(2);
    next.accept();
    expect(next.frames[0]).toMatchObject({ type: 'hello', session: 'token-abc', lastSeq: 0 });
  });

  it('resumes from the highest seq seen when the socket comes back', async () => {
    const client = makeClient(newSite());
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome({ conversation: conversation({ lastSeq: 3 }), messages: [message({ seq: 1 }), message({ seq: 3 })] }));
    socket.deliver({ type: 'message', message: message({ seq: 4 }) });
    socket.drop();
    const again = await socketNumber(2);
    again.accept();
    expect(again.frames[0]).toMatchObject({ type: 'hello', session: 'sess-1', lastSeq: 4 });
  });

  it('names the conversation its lastSeq counts in, so the server can replay a newer one from the start', async () => {
    const client = makeClient(newSite());
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome({ conversation: conversation({ id: 'conv-old', status: 'resolved', lastSeq: 5 }), messages: [message({ conversationId: 'conv-old', seq: 5 })] }));
    socket.drop();

    // Meanwhile another tab started conv-new: the server sees conv-old in the hello and replays conv-new from 0.
    const second = await socketNumber(2);
    second.accept();
    expect(second.frames[0]).toMatchObject({ type: 'hello', lastSeq: 5, conversationId: 'conv-old' });
    second.deliver(
      welcome({
        conversation: conversation({ id: 'conv-new', lastSeq: 2 }),
        messages: [message({ conversationId: 'conv-new', seq: 1 }), message({ conversationId: 'conv-new', seq: 2 })],
      }),
    );
    expect(client.view.link).toBe('online');
    expect(client.view.lines.filter((l) => l.kind === 'message' && l.conversationId === 'conv-new')).toHaveLength(2);
    expect(FakeWebSocket.instances).toHaveLength(2); // no second round trip to catch up
    second.drop();
    const third = await socketNumber(3);
    third.accept();
    expect(third.frames[0]).toMatchObject({ lastSeq: 2, conversationId: 'conv-new' });
  });

  it('drops a session the server no longer accepts and starts a fresh one, once', async () => {
    const site = newSite();
    await set(`pitboss:${site}:session`, 'expired-token', db);
    const client = makeClient(site);
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    expect(socket.frames[0]).toMatchObject({ session: 'expired-token' });
    socket.drop(CLOSE_CODES.unauthorized, 'unknown session');

    const fresh = await socketNumber(2);
    fresh.accept();
    expect(fresh.frames[0]).toMatchObject({ session: null });
    fresh.drop(CLOSE_CODES.unauthorized, 'site requires identity');
    await vi.waitFor(() => expect(client.view.link).toBe('unavailable'));
    expect(FakeWebSocket.instances).toHaveLength(2);
  });
});

describe('PlayerClient sending and the outbox', () => {
  it('shows a message at once as sending, marks it sent on ack and removes it from the stored outbox', async () => {
    const site = newSite();
    const client = makeClient(site);
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome());

    expect(client.send('  I cannot withdraw  ')).toBe(true);
    expect(ownLines(client)).toMatchObject([{ text: 'I cannot withdraw', delivery: 'sending', seq: null }]);
    const [frame] = sends(socket);
    expect(frame).toMatchObject({ type: 'send', text: 'I cannot withdraw' });
    await vi.waitFor(async () => expect(await storedOutbox(site)).toEqual([expect.objectContaining({ id: frame!.id })]));

    socket.deliver({ type: 'ack', id: frame!.id, conversationId: 'conv-1', seq: 1, at: 1_700_000_000_001 });
    expect(ownLines(client)).toMatchObject([{ delivery: 'sent', seq: 1, conversationId: 'conv-1' }]);
    await vi.waitFor(async () => expect(await storedOutbox(site)).toEqual([]));
  });

  it('refuses empty and over-long text without touching the transcript', () => {
    const client = makeClient(newSite());
    expect(client.send('   \n ')).toBe(false);
    expect(client.send('x'.repeat(MAX_MESSAGE_CHARS + 1))).toBe(false);
    expect(client.view.lines).toHaveLength(0);
  });

  it('keeps unacked messages across a reload and resends them in order after the welcome', async () => {
    const site = newSite();
    const before = makeClient(site);
    before.start();
    await socketNumber(1); // never accepted: the network is down
    before.send('first');
    before.send('second');
    before.send('third');
    await vi.waitFor(async () => expect((await storedOutbox(site))?.map((m) => m.text)).toEqual(['first', 'second', 'third']));
    const ids = ownLines(before).map((l) => l.id);
    before.shutdown();

    const after = makeClient(site);
    after.start();
    await vi.waitFor(() => expect(ownLines(after).map((l) => [l.text, l.delivery])).toEqual([['first', 'sending'], ['second', 'sending'], ['third', 'sending']]));
    const socket = await socketNumber(2);
    socket.accept();
    expect(sends(socket)).toEqual([]); // not before the welcome
    socket.deliver(welcome());
    expect(sends(socket).map((f) => [f.id, f.text])).toEqual([
      [ids[0], 'first'],
      [ids[1], 'second'],
      [ids[2], 'third'],
    ]);
  });

  it('resends only what is still unacked after a dropped connection, in order', async () => {
    const client = makeClient(newSite());
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome());
    client.send('one');
    client.send('two');
    client.send('three');
    const [one] = sends(socket);
    socket.deliver({ type: 'ack', id: one!.id, conversationId: 'conv-1', seq: 1, at: 1 });
    socket.drop();

    expect(client.view.link).toBe('reconnecting');
    const again = await socketNumber(2);
    again.accept();
    expect(again.frames[0]).toMatchObject({ type: 'hello', lastSeq: 1 });
    again.deliver(welcome());
    expect(sends(again).map((f) => f.text)).toEqual(['two', 'three']);
    expect(client.view.link).toBe('online');
  });

  it('does not resend a message the replay shows was stored (its ack was lost)', async () => {
    const client = makeClient(newSite());
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome());
    client.send('did this arrive?');
    const [sent] = sends(socket);
    socket.drop();

    const again = await socketNumber(2);
    again.accept();
    again.deliver(welcome({ messages: [message({ seq: 1, id: sent!.id as string, author: 'player', authorName: null, text: 'did this arrive?' })] }));
    expect(sends(again)).toEqual([]);
    expect(ownLines(client)).toMatchObject([{ delivery: 'sent', seq: 1 }]);
  });

  it('marks a refused message failed and stops sending it', async () => {
    const site = newSite();
    const client = makeClient(site);
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome());
    client.send('fine');
    client.send('refused');
    const [, refused] = sends(socket);
    socket.deliver({ type: 'error', code: 'too_large', message: 'Too long.', ref: refused!.id });
    expect(ownLines(client).map((l) => l.delivery)).toEqual(['sending', 'failed']);
    await vi.waitFor(async () => expect((await storedOutbox(site))?.map((m) => m.text)).toEqual(['fine']));

    socket.drop();
    const again = await socketNumber(2);
    again.accept();
    again.deliver(welcome());
    expect(sends(again).map((f) => f.text)).toEqual(['fine']);
  });

  it('retries after a transient refusal instead of failing the message', async () => {
    const client = makeClient(newSite());
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome());
    client.send('slow down?');
    const [frame] = sends(socket);
    socket.deliver({ type: 'error', code: 'rate_limited', message: 'Too many messages.', ref: frame!.id });
    expect(ownLines(client)[0]?.delivery).toBe('sending');
    await vi.waitFor(() => expect(sends(socket)).toHaveLength(2));
    expect(sends(socket)[1]!.id).toBe(frame!.id);
  });

  it('after a rate-limit refusal sends one line at a time, the refused one first, so none is stored out of order', async () => {
    const client = makeClient(newSite());
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome());
    client.send('first');
    const [first] = sends(socket);
    socket.deliver({ type: 'error', code: 'rate_limited', message: 'Too many messages.', ref: first!.id });
    // Typed while the limit holds: kept back, not sent ahead of "first".
    client.send('second');
    client.send('third');
    expect(sends(socket).map((f) => f.text)).toEqual(['first']);

    await vi.waitFor(() => expect(sends(socket)).toHaveLength(2));
    expect(sends(socket).map((f) => f.text)).toEqual(['first', 'first']);
    socket.deliver({ type: 'ack', id: first!.id, conversationId: 'c1', seq: 1, at: 1 });
    expect(sends(socket).map((f) => f.text)).toEqual(['first', 'first', 'second']);
    socket.deliver({ type: 'ack', id: sends(socket)[2]!.id, conversationId: 'c1', seq: 2, at: 2 });
    socket.deliver({ type: 'ack', id: sends(socket)[3]!.id, conversationId: 'c1', seq: 3, at: 3 });
    expect(sends(socket).map((f) => f.text)).toEqual(['first', 'first', 'second', 'third']);
    // The outbox is empty again: the next line goes at once.
    client.send('fourth');
    expect(sends(socket).map((f) => f.text)).toEqual(['first', 'first', 'second', 'third', 'fourth']);
    expect(ownLines(client).map((l) => [l.text, l.delivery])).toEqual([
      ['first', 'sent'],
      ['second', 'sent'],
      ['third', 'sent'],
      ['fourth', 'sending'],
    ]);
  });

  it('stops everything on shutdown: no socket is left and nothing reconnects', async () => {
    const client = makeClient(newSite());
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    client.shutdown();
    expect(socket.closedWith).toBe(1000);
    await new Promise((r) => setTimeout(r, 20));
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(client.send('after shutdown')).toBe(false);
  });
});

describe('PlayerClient never shows a message twice', () => {
  it('ignores a repeated message frame and a replay of what it already has', async () => {
    const incoming = vi.fn();
    const client = makeClient(newSite(), { onIncoming: incoming });
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome({ conversation: conversation({ status: 'assigned', agentName: 'Anna', lastSeq: 1 }) }));
    socket.deliver({ type: 'message', message: message({ seq: 2, text: 'Hello, how can I help?' }) });
    socket.deliver({ type: 'message', message: message({ seq: 2, text: 'Hello, how can I help?' }) });
    // the same stored line under another id (a buggy relay) is still the same (conversation, seq)
    socket.deliver({ type: 'message', message: message({ seq: 2, id: 'other-id-zzzzzzzz' }) });
    socket.drop();
    const again = await socketNumber(2);
    again.accept();
    again.deliver(welcome({ conversation: conversation({ status: 'assigned', agentName: 'Anna', lastSeq: 2 }), messages: [message({ seq: 2, text: 'Hello, how can I help?' })] }));

    const texts = client.view.lines.filter((l) => l.kind === 'message').map((l) => (l as MessageLine).text);
    expect(texts).toEqual(['Hello, how can I help?']);
    expect(incoming).toHaveBeenCalledTimes(1);
  });

  it('merges our own message echoed from another tab with the acked line', async () => {
    const client = makeClient(newSite());
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome());
    client.send('from this tab');
    const [frame] = sends(socket);
    socket.deliver({ type: 'message', message: message({ seq: 1, id: frame!.id as string, author: 'player', authorName: null, text: 'from this tab' }) });
    socket.deliver({ type: 'ack', id: frame!.id, conversationId: 'conv-1', seq: 1, at: 5 });
    socket.deliver({ type: 'message', message: message({ seq: 2, id: 'tab-two-msg-aaaa', author: 'player', authorName: null, text: 'from the other tab' }) });
    expect(ownLines(client).map((l) => [l.text, l.delivery])).toEqual([
      ['from this tab', 'sent'],
      ['from the other tab', 'sent'],
    ]);
  });

  it('drops frames that do not match the protocol', async () => {
    const client = makeClient(newSite());
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome());
    socket.deliverRaw('not json');
    socket.deliver({ type: 'message', message: { text: '<b>no seq</b>' } });
    expect(client.view.lines).toHaveLength(0);
    expect(client.view.link).toBe('online');
  });
});
