// @vitest-environment happy-dom
import { set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_CODES } from '../../../../protocol';
import { TYPING_EXPIRY_MS } from '../../../../widget/client/typing-signal';
import { FakeWebSocket } from '../fake-websocket';
import { connected, conversation, db, framesOf, makeClient, message, newSite, ownLines, sends, shutdownClients, socketNumber, storedOutbox, welcome } from './fixtures';

const identity = { playerId: 'vip-7', issuedAt: 1_700_000_000_000, signature: 'a1'.repeat(32), name: 'Vera' };

beforeEach(() => FakeWebSocket.reset());
afterEach(() => {
  shutdownClients();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('typing', () => {
  it('tells the agent once when the player starts and once when they send', async () => {
    const { client, socket } = await connected();
    client.composing('H');
    client.composing('He');
    client.composing('Hel');
    expect(framesOf(socket, 'typing')).toEqual([{ type: 'typing', typing: true }]);
    client.send('Hello');
    expect(socket.frames.slice(-2).map((f) => f.type)).toEqual(['send', 'typing']);
    expect(framesOf(socket, 'typing').at(-1)).toEqual({ type: 'typing', typing: false });
  });

  it('shows who is typing on the agent side, clears it on their message, and expires it after 8 s of silence', async () => {
    const { client, socket } = await connected({ conversation: conversation({ status: 'assigned', agentName: 'Alice' }) });
    socket.deliver({ type: 'typing', conversationId: 'conv-1', typing: true, name: 'Alice' });
    expect(client.view.typing).toEqual({ name: 'Alice' });
    socket.deliver({ type: 'message', message: message({ seq: 2, authorName: 'Alice' }) });
    expect(client.view.typing).toBeNull();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    socket.deliver({ type: 'typing', conversationId: 'conv-1', typing: true, name: 'Alice' });
    vi.advanceTimersByTime(TYPING_EXPIRY_MS - 1_000);
    socket.deliver({ type: 'typing', conversationId: 'conv-1', typing: true, name: 'Alice' }); // a refresh restarts the clock
    vi.advanceTimersByTime(TYPING_EXPIRY_MS - 1);
    expect(client.view.typing).toEqual({ name: 'Alice' });
    vi.advanceTimersByTime(1);
    expect(client.view.typing).toBeNull();
  });

  it('ignores typing from a conversation it is not showing', async () => {
    const { client, socket } = await connected({ conversation: conversation() });
    socket.deliver({ type: 'typing', conversationId: 'someone-else', typing: true, name: 'Alice' });
    expect(client.view.typing).toBeNull();
  });
});

describe('read receipts and unread count', () => {
  it('counts agent messages that arrive while the panel is closed, and reads them when it opens', async () => {
    const { client, socket } = await connected({ conversation: conversation({ status: 'assigned', lastSeq: 1 }) });
    socket.deliver({ type: 'message', message: message({ seq: 2 }) });
    socket.deliver({ type: 'message', message: message({ seq: 3 }) });
    expect(client.view.unread).toBe(2);
    expect(framesOf(socket, 'read')).toEqual([]);

    client.setVisible(true);
    expect(client.view.unread).toBe(0);
    expect(framesOf(socket, 'read')).toEqual([{ type: 'read', seq: 3 }]);

    // While visible, a new message is read as it renders; the player's own lines never count.
    socket.deliver({ type: 'message', message: message({ seq: 4, author: 'player', authorName: null, id: 'mine-4-aaaaaaaa' }) });
    socket.deliver({ type: 'message', message: message({ seq: 5 }) });
    expect(client.view.unread).toBe(0);
    expect(framesOf(socket, 'read').map((f) => f.seq)).toEqual([3, 5]);
  });

  it('clears the badge when another tab of the player read the messages', async () => {
    const { client, socket } = await connected({ conversation: conversation({ status: 'assigned', lastSeq: 1 }) });
    socket.deliver({ type: 'message', message: message({ seq: 2 }) });
    expect(client.view.unread).toBe(1);
    socket.deliver({ type: 'read', conversationId: 'conv-1', reader: 'player', seq: 2 });
    expect(client.view.unread).toBe(0);
    client.setVisible(true);
    expect(framesOf(socket, 'read')).toEqual([]); // nothing new to report
  });

  it('after a reload counts only what arrived since the player last read', async () => {
    const site = newSite();
    await set(`pitboss:${site}:read`, { conversationId: 'conv-1', seq: 3 }, db);
    await set(`pitboss:${site}:session`, 'sess-1', db);
    const client = makeClient(site);
    await client.resumeIfKnown();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver(welcome({ conversation: conversation({ status: 'assigned', lastSeq: 5 }), messages: [1, 2, 3, 4, 5].map((seq) => message({ seq })) }));
    expect(client.view.unread).toBe(2);
  });

  it('treats history it has no read position for as read on the first welcome, but news on a later one', async () => {
    const { client, socket } = await connected({ conversation: conversation({ status: 'assigned', lastSeq: 3 }), messages: [1, 2, 3].map((seq) => message({ seq })) });
    expect(client.view.unread).toBe(0);
    socket.drop();
    const again = await socketNumber(2);
    again.accept();
    // While this tab was away, another one started a new chat and the agent answered it.
    again.deliver(welcome({ conversation: conversation({ id: 'conv-2', status: 'assigned', lastSeq: 2 }), messages: [message({ conversationId: 'conv-2', seq: 1, author: 'player', authorName: null, id: 'other-tab-1-aaaa' }), message({ conversationId: 'conv-2', seq: 2, id: 'conv-2-agent-2-aaaa' })] }));
    expect(client.view.unread).toBe(1);
  });

  it('remembers the read position for the next page load', async () => {
    const { site, client, socket } = await connected({ conversation: conversation({ status: 'assigned', lastSeq: 1 }) });
    socket.deliver({ type: 'message', message: message({ seq: 2 }) });
    client.setVisible(true);
    await vi.waitFor(async () => expect(await import('idb-keyval').then(({ get }) => get(`pitboss:${site}:read`, db))).toEqual({ conversationId: 'conv-1', seq: 2 }));
  });

  it('shows "seen" on the player’s lines up to what the agent has read', async () => {
    const { client, socket } = await connected({ conversation: conversation({ status: 'assigned', lastSeq: 0 }) });
    client.send('one');
    client.send('two');
    const [one, two] = sends(socket);
    socket.deliver({ type: 'ack', id: one!.id, conversationId: 'conv-1', seq: 1, at: 1 });
    socket.deliver({ type: 'ack', id: two!.id, conversationId: 'conv-1', seq: 2, at: 2 });
    socket.deliver({ type: 'read', conversationId: 'conv-1', reader: 'agent', seq: 1 });
    expect(ownLines(client).map((l) => l.delivery)).toEqual(['seen', 'sent']);
    socket.deliver({ type: 'conversation', conversation: conversation({ status: 'assigned', lastSeq: 2, agentReadSeq: 2 }) });
    expect(ownLines(client).map((l) => l.delivery)).toEqual(['seen', 'seen']);
    // An older snapshot never takes "seen" back.
    socket.deliver({ type: 'conversation', conversation: conversation({ status: 'assigned', lastSeq: 2, agentReadSeq: 0 }) });
    expect(ownLines(client).map((l) => l.delivery)).toEqual(['seen', 'seen']);
  });
});

describe('topic', () => {
  it('sends the pre-chat topic with the message and keeps it in the outbox across a reload', async () => {
    const site = newSite();
    const before = makeClient(site);
    before.start();
    await socketNumber(1); // the network is down
    before.send('My withdrawal is stuck', 'withdrawal');
    await vi.waitFor(async () => expect(await storedOutbox(site)).toEqual([expect.objectContaining({ text: 'My withdrawal is stuck', topic: 'withdrawal' })]));
    before.shutdown();

    const after = makeClient(site);
    after.start();
    const socket = await socketNumber(2);
    socket.accept();
    socket.deliver(welcome());
    expect(sends(socket)).toEqual([expect.objectContaining({ text: 'My withdrawal is stuck', topic: 'withdrawal' })]);
  });

  it('sends no topic field when the player skipped the chips', async () => {
    const { client, socket } = await connected();
    client.send('hi');
    expect(sends(socket)[0]).not.toHaveProperty('topic');
  });
});

describe('identity', () => {
  it('says hello with the signed identity, and reconnects as that player when identify comes later', async () => {
    const withIdentity = makeClient(newSite(), { identity });
    withIdentity.start();
    const first = await socketNumber(1);
    first.accept();
    expect(first.frames[0]).toMatchObject({ type: 'hello', identity });
    withIdentity.shutdown();

    const { client, socket } = await connected({ playerId: 'anon-1', conversation: conversation({ status: 'assigned' }), messages: [message({ seq: 1, text: 'anonymous chat' })] });
    client.identify({ ...identity, vipTier: 3 }); // extra fields are the casino's business, not the protocol's
    const again = await socketNumber(3);
    expect(socket.closedWith).toBe(1000);
    again.accept();
    expect(again.frames[0]).toMatchObject({ type: 'hello', identity });
    expect(again.frames[0]!.identity).not.toHaveProperty('vipTier');

    // The verified player has their own history: the anonymous chat is not theirs to see.
    again.deliver(welcome({ playerId: 'player-vip-7', conversation: conversation({ id: 'conv-vip', status: 'assigned', lastSeq: 1 }), messages: [message({ conversationId: 'conv-vip', seq: 1, text: 'welcome back' })] }));
    expect(client.view.lines.map((l) => (l.kind === 'message' ? l.text : l.status))).toEqual(['welcome back', 'assigned']);
  });

  it('ignores an identity the relay could not accept, with a warning for the casino’s developers', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = makeClient(newSite(), { identity: { playerId: 'p', issuedAt: 1, signature: 'not-hex' } });
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    expect(socket.frames[0]).not.toHaveProperty('identity');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('goes on anonymously when the relay refuses the signature', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = makeClient(newSite(), { identity });
    client.start();
    const socket = await socketNumber(1);
    socket.accept();
    socket.deliver({ type: 'error', code: 'unauthorized', message: 'Identity signature does not match.' });
    socket.drop(CLOSE_CODES.unauthorized, 'identity refused');
    const again = await socketNumber(2);
    again.accept();
    expect(again.frames[0]).not.toHaveProperty('identity');
    again.deliver(welcome());
    expect(client.view.link).toBe('online');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('network and lifecycle', () => {
  it('drops the socket when the browser goes offline and reconnects at once when it is back', async () => {
    const { client, socket } = await connected();
    window.dispatchEvent(new Event('offline'));
    expect(socket.closedWith).toBe(1000);
    expect(client.view.link).toBe('reconnecting');
    client.send('typed offline');
    expect(ownLines(client)[0]?.delivery).toBe('sending');

    window.dispatchEvent(new Event('online'));
    const again = await socketNumber(2);
    again.accept();
    again.deliver(welcome());
    expect(sends(again).map((f) => f.text)).toEqual(['typed offline']);
    expect(client.view.link).toBe('online');
  });

  it('reports a resolution that happens while the page is open, not one it replays', async () => {
    const onResolved = vi.fn();
    const { socket } = await connected({ conversation: conversation({ id: 'old', status: 'resolved' }) }, { onResolved });
    socket.deliver({ type: 'conversation', conversation: conversation({ id: 'conv-2', status: 'assigned' }) });
    socket.deliver({ type: 'conversation', conversation: conversation({ id: 'conv-2', status: 'resolved' }) });
    socket.deliver({ type: 'conversation', conversation: conversation({ id: 'conv-2', status: 'resolved' }) });
    expect(onResolved.mock.calls).toEqual([['conv-2']]);
  });

  it('removes its online and offline listeners on shutdown', async () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { client } = await connected();
    client.shutdown();
    const names = (spy: typeof added) => spy.mock.calls.map(([name]) => name).filter((n) => n === 'online' || n === 'offline');
    expect(names(added).sort()).toEqual(['offline', 'online']);
    expect(names(removed).sort()).toEqual(['offline', 'online']);
    added.mockRestore();
    removed.mockRestore();
  });
});
