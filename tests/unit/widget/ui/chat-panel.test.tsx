// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { createRef } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '../../../../protocol';
import { PlayerClient } from '../../../../widget/client/player-client';
import { en } from '../../../../widget/i18n/en';
import { ChatPanel } from '../../../../widget/ui/chat-panel';
import { asWebSocket, FakeWebSocket } from '../fake-websocket';

let client: PlayerClient;
let socket: FakeWebSocket;
let requestClose: ReturnType<typeof vi.fn<() => void>>;
let siteCounter = 0;

async function renderConnected() {
  client = new PlayerClient({
    site: `ui-site-${++siteCounter}`,
    url: 'ws://chat.test/v1/player',
    locale: 'en',
    WebSocketImpl: asWebSocket(FakeWebSocket),
    connection: { backoffBaseMs: 1, backoffCapMs: 1, heartbeatIntervalMs: 60_000 },
  });
  requestClose = vi.fn<() => void>();
  const view = render(<ChatPanel client={client} messages={en} onRequestClose={requestClose} composerRef={createRef()} />);
  client.start();
  await waitFor(() => expect(FakeWebSocket.instances.length).toBeGreaterThan(0));
  socket = FakeWebSocket.latest();
  socket.accept();
  socket.deliver({ type: 'welcome', v: PROTOCOL_VERSION, session: 's', playerId: 'p', conversation: null, messages: [] });
  return view;
}

const composer = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
const log = () => screen.getByRole('log');
const sentFrames = () => socket.frames.filter((f) => f.type === 'send');

function type(text: string, key: { shiftKey?: boolean } = {}) {
  fireEvent.input(composer(), { target: { value: text } });
  fireEvent.keyDown(composer(), { key: 'Enter', ...key });
}

beforeEach(() => FakeWebSocket.reset());
afterEach(() => {
  cleanup();
  client.shutdown();
});

describe('ChatPanel', () => {
  it('has the names browser tests and screen readers rely on', async () => {
    await renderConnected();
    expect(composer().tagName).toBe('TEXTAREA');
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
    expect(log().getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('dialog', { name: 'Casino support' })).toBeTruthy();
  });

  it('shows a typed message at once as sending, then as sent when the ack arrives', async () => {
    await renderConnected();
    type('Where is my withdrawal?');

    expect(log().textContent).toContain('Where is my withdrawal?');
    expect(log().textContent).toContain('Sending…');
    expect(composer().value).toBe('');
    const [frame] = sentFrames();
    expect(frame).toMatchObject({ type: 'send', text: 'Where is my withdrawal?' });

    socket.deliver({ type: 'ack', id: frame!.id, conversationId: 'c1', seq: 1, at: Date.now() });
    await waitFor(() => expect(log().textContent).toContain('Sent'));
    expect(log().textContent).not.toContain('Sending…');
  });

  it('keeps Shift+Enter as a new line and sends with the Send button', async () => {
    await renderConnected();
    type('line one', { shiftKey: true });
    expect(sentFrames()).toHaveLength(0);
    expect(composer().value).toBe('line one');

    fireEvent.input(composer(), { target: { value: 'line one\nline two' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sentFrames().map((f) => f.text)).toEqual(['line one\nline two']);
  });

  it('does not send while an IME composition is still open', async () => {
    await renderConnected();
    fireEvent.input(composer(), { target: { value: 'かな' } });
    fireEvent.keyDown(composer(), { key: 'Enter', isComposing: true });
    expect(sentFrames()).toHaveLength(0);
  });

  it('renders an agent message as text: markup shows literally and creates no element', async () => {
    const view = await renderConnected();
    const payload = '<img src=x onerror="window.__pitbossPwned=1"><b>bold</b>';
    socket.deliver({
      type: 'message',
      message: { conversationId: 'c1', seq: 1, id: 'agent-msg-0001', author: 'agent', authorName: '<i>Eve</i>', text: payload, at: 1 },
    });
    await waitFor(() => expect(screen.getByText(payload)).toBeTruthy());
    expect(screen.getByText('<i>Eve</i>')).toBeTruthy();
    expect(view.container.querySelector('img, b, i')).toBeNull();
    expect((window as unknown as { __pitbossPwned?: number }).__pitbossPwned).toBeUndefined();
  });

  it('tells the player where the conversation stands', async () => {
    await renderConnected();
    const conversation = { id: 'c1', agentName: null, lastSeq: 1, agentReadSeq: 0 };
    socket.deliver({ type: 'conversation', conversation: { ...conversation, status: 'queued' } });
    await waitFor(() => expect(log().textContent).toContain('Waiting for an agent…'));
    socket.deliver({ type: 'conversation', conversation: { ...conversation, status: 'assigned', agentName: 'Anna' } });
    await waitFor(() => expect(log().textContent).toContain('Anna joined'));
    socket.deliver({ type: 'conversation', conversation: { ...conversation, status: 'resolved', agentName: 'Anna', lastSeq: 3 } });
    await waitFor(() => expect(log().textContent).toContain('This conversation was resolved.'));

    const statuses = [...log().querySelectorAll('.status')].map((el) => el.textContent);
    expect(statuses).toEqual(['Waiting for an agent…', 'Anna joined', 'This conversation was resolved. Write again any time.']);
  });

  it('says "Reconnecting…" while the connection is down and clears it once back', async () => {
    await renderConnected();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    socket.drop();
    await waitFor(() => expect(status.textContent).toBe('Reconnecting…'));

    await waitFor(() => expect(FakeWebSocket.instances.length).toBe(2));
    const again = FakeWebSocket.latest();
    again.accept();
    again.deliver({ type: 'welcome', v: PROTOCOL_VERSION, session: 's', playerId: 'p', conversation: null, messages: [] });
    await waitFor(() => expect(status.textContent).toBe(''));
  });

  it('asks to close on Escape and on its minimize button', async () => {
    await renderConnected();
    fireEvent.keyDown(composer(), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Minimize chat' }));
    expect(requestClose).toHaveBeenCalledTimes(2);
  });

  it('turns only http and https URLs into links that open safely in a new tab', async () => {
    const view = await renderConnected();
    const text = 'FAQ: https://casino.example/faq?q=1. Not javascript:alert(1) nor data:text/html,x nor ftp://x.example, but http://x.example/a)';
    socket.deliver({ type: 'message', message: { conversationId: 'c1', seq: 1, id: 'agent-msg-links', author: 'agent', authorName: 'Anna', text, at: 1 } });
    await waitFor(() => expect(view.container.querySelectorAll('a')).toHaveLength(2));
    const links = [...view.container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://casino.example/faq?q=1', 'http://x.example/a']);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer nofollow');
      expect(a.getAttribute('target')).toBe('_blank');
    }
    // The sentence around the links is intact text, trailing punctuation outside the link.
    expect(view.container.querySelector('.theirs .text')!.textContent).toContain('Not javascript:alert(1) nor data:text/html,x nor ftp://x.example');
    expect(links[0]!.textContent).toContain('https://casino.example/faq?q=1');
    expect(links[0]!.textContent).not.toContain('1.');
  });

  it('shows the agent typing, then "Seen" under the player’s message once the agent read it', async () => {
    await renderConnected();
    socket.deliver({ type: 'conversation', conversation: { id: 'c1', status: 'assigned', agentName: 'Alice', lastSeq: 0, agentReadSeq: 0 } });
    type('Is my deposit there?');
    const [frame] = sentFrames();
    socket.deliver({ type: 'ack', id: frame!.id, conversationId: 'c1', seq: 1, at: Date.now() });
    socket.deliver({ type: 'typing', conversationId: 'c1', typing: true, name: 'Alice' });
    await waitFor(() => expect(screen.getByText('Alice is typing…')).toBeTruthy());
    socket.deliver({ type: 'read', conversationId: 'c1', reader: 'agent', seq: 1 });
    await waitFor(() => expect(log().querySelector('.own .delivery')?.textContent).toBe('Seen'));
    socket.deliver({ type: 'typing', conversationId: 'c1', typing: false, name: 'Alice' });
    await waitFor(() => expect(screen.queryByText('Alice is typing…')).toBeNull());
  });

  it('offers topic chips before the first message: optional, sent with it, gone once the chat is open', async () => {
    await renderConnected();
    const chips = screen.getByRole('group', { name: 'What is it about? (optional)' });
    const deposit = screen.getByRole('button', { name: 'Deposit' });
    expect(chips.querySelectorAll('button')).toHaveLength(10);
    fireEvent.click(deposit);
    expect(deposit.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Withdrawal' }));
    expect(deposit.getAttribute('aria-pressed')).toBe('false');
    type('It has been three days');
    expect(sentFrames()[0]).toMatchObject({ text: 'It has been three days', topic: 'withdrawal' });
    expect(screen.queryByRole('group', { name: 'What is it about? (optional)' })).toBeNull();
    socket.deliver({ type: 'conversation', conversation: { id: 'c1', status: 'queued', agentName: null, lastSeq: 1, agentReadSeq: 0 } });
    type('Any news?');
    expect(sentFrames()[1]).not.toHaveProperty('topic');
  });

  it('lets the player skip the chips and just write', async () => {
    await renderConnected();
    type('Hello');
    expect(sentFrames()[0]).not.toHaveProperty('topic');
  });

  it('tells the agent the player is typing, throttled', async () => {
    await renderConnected();
    fireEvent.input(composer(), { target: { value: 'H' } });
    fireEvent.input(composer(), { target: { value: 'He' } });
    fireEvent.input(composer(), { target: { value: '' } });
    expect(socket.frames.filter((f) => f.type === 'typing').map((f) => f.typing)).toEqual([true, false]);
  });

  it('shows each message’s time through Intl in the panel’s language', async () => {
    const view = await renderConnected();
    const at = Date.UTC(2026, 0, 5, 14, 7);
    socket.deliver({ type: 'message', message: { conversationId: 'c1', seq: 1, id: 'agent-msg-time', author: 'agent', authorName: 'Anna', text: 'hi', at } });
    await waitFor(() => expect(view.container.querySelector('time')).not.toBeNull());
    const time = view.container.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe(new Date(at).toISOString());
    expect(time.textContent).toBe(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(at));
  });
});
