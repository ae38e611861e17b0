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
});
