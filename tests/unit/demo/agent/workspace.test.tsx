// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../../../demo/agent/workspace';
import { ME, conversation, fakeSocketFactory, message } from './fixtures';

let sockets: ReturnType<typeof fakeSocketFactory>['sockets'];
let onSessionEnd: ReturnType<typeof vi.fn<(notice: string) => void>>;

const socket = () => {
  const last = sockets.at(-1);
  if (!last) throw new Error('no socket');
  return last;
};
const serverSends = (frame: object) => act(() => socket().receive(frame));
const sent = (type: string) => socket().frames().filter((f) => f.type === type);

async function renderDesk(conversations = [conversation({ id: 'c1' }), conversation({ id: 'c2', playerName: 'Ana', queuedAt: 2_500 })]) {
  const factory = fakeSocketFactory();
  sockets = factory.sockets;
  onSessionEnd = vi.fn<(notice: string) => void>();
  render(
    <Workspace
      agent={ME}
      onSignOut={async () => ({ ok: true, message: '' })}
      onSessionEnd={onSessionEnd}
      connect={{ url: 'ws://relay.test/v1/agent', WebSocketImpl: factory.WebSocketImpl }}
    />,
  );
  await waitFor(() => expect(sockets).toHaveLength(1));
  act(() => socket().accept());
  await serverSends({ type: 'welcome', v: 1, agent: ME, conversations });
}

async function openConversation(id: string) {
  await act(() => {
    location.hash = `#/c/${id}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  await waitFor(() => expect(screen.getByRole('log')).toBeTruthy());
}

const conversations = () => screen.getByRole('navigation', { name: 'Conversations' });

beforeEach(() => {
  location.hash = '';
  // The desk's REST calls (canned replies, the player sidebar) answer "nothing here" instead of reaching for a server.
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'not_found', message: 'No such endpoint.' }), { status: 404 }));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('agent desk', () => {
  it('lists the assigned conversations as links, and a new assignment appears live', async () => {
    await renderDesk();
    const links = () => within(conversations()).getAllByRole('link');
    expect(links().map((a) => a.getAttribute('href'))).toEqual(['#/c/c1', '#/c/c2']);
    expect(links()[0]?.textContent).toContain('Maria');
    await serverSends({ type: 'conversation', conversation: conversation({ id: 'c3', playerName: 'Jonas', queuedAt: 2_700 }) });
    expect(within(conversations()).getByRole('link', { name: /Jonas/ })).toBeTruthy();
  });

  it('opens a conversation and renders a hostile message as text', async () => {
    await renderDesk();
    await openConversation('c1');
    expect(sent('open')).toEqual([{ type: 'open', conversationId: 'c1', afterSeq: 0 }]);
    const payload = '<img src=x onerror="window.pwned=1">';
    await serverSends({ type: 'history', conversationId: 'c1', messages: [message(1, { text: payload })] });
    const log = screen.getByRole('log');
    expect(log.textContent).toContain(payload);
    expect(log.querySelector('img')).toBeNull();
  });

  it('shows a reply at once as sending, then as sent when the ack arrives', async () => {
    await renderDesk();
    await openConversation('c1');
    const reply = screen.getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement;
    fireEvent.input(reply, { target: { value: 'Your deposit is on its way.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const [frame] = sent('send');
    expect(frame).toMatchObject({ conversationId: 'c1', text: 'Your deposit is on its way.' });
    expect(reply.value).toBe('');
    const log = screen.getByRole('log');
    expect(within(log).getByText('Sending…')).toBeTruthy();
    await serverSends({ type: 'ack', id: frame?.id, conversationId: 'c1', seq: 1, at: Date.now() });
    expect(within(log).queryByText('Sending…')).toBeNull();
    expect(within(log).getAllByText('Your deposit is on its way.')).toHaveLength(1);
  });

  it('sends on Enter but not on Shift+Enter', async () => {
    await renderDesk();
    await openConversation('c1');
    const reply = screen.getByRole('textbox', { name: 'Reply' });
    fireEvent.input(reply, { target: { value: 'line one' } });
    fireEvent.keyDown(reply, { key: 'Enter', shiftKey: true });
    expect(sent('send')).toHaveLength(0);
    fireEvent.keyDown(reply, { key: 'Enter' });
    expect(sent('send')).toHaveLength(1);
  });

  it('counts unread player messages on the conversation that is not open', async () => {
    await renderDesk();
    await openConversation('c1');
    await serverSends({ type: 'message', message: message(1, { conversationId: 'c2', authorName: 'Ana' }) });
    await serverSends({ type: 'message', message: message(2, { conversationId: 'c2', authorName: 'Ana' }) });
    expect(within(conversations()).getByRole('link', { name: /Ana.*2 unread/ })).toBeTruthy();
    expect(within(conversations()).getByRole('link', { name: /Maria/ }).textContent).not.toContain('unread');
  });

  it('sets the agent status from the Status control', async () => {
    await renderDesk();
    const status = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect(status.value).toBe('offline');
    fireEvent.change(status, { target: { value: 'online' } });
    expect(sent('status')).toEqual([{ type: 'status', status: 'online' }]);
  });

  it('resolves, then keeps the transcript read-only until the agent closes it', async () => {
    await renderDesk();
    await openConversation('c1');
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(sent('resolve')).toEqual([{ type: 'resolve', conversationId: 'c1' }]);
    await serverSends({ type: 'conversation', conversation: conversation({ id: 'c1', status: 'resolved', resolvedAt: Date.now() }) });
    expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close conversation' }));
    expect(within(conversations()).queryByRole('link', { name: /Maria/ })).toBeNull();
  });

  it('shows the first response time once answered, and a live wait before', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(2_000 + 65_000);
    await renderDesk([conversation({ id: 'c1', queuedAt: 2_000 })]);
    await openConversation('c1');
    const details = screen.getByRole('complementary', { name: 'Conversation details' });
    expect(details.textContent).toContain('Waiting: 1 min 5 s');
    await act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(details.textContent).toContain('Waiting: 1 min 7 s');
    await serverSends({ type: 'conversation', conversation: conversation({ id: 'c1', firstResponseAt: 44_000, firstResponseMs: 42_000 }) });
    expect(details.textContent).toContain('First response: 42 s');
    expect(details.textContent).not.toContain('Waiting:');
  });

  it("shows when the player is typing and when they have seen the agent's reply", async () => {
    await renderDesk();
    await openConversation('c1');
    await serverSends({ type: 'typing', conversationId: 'c1', typing: true, name: null });
    expect(screen.getByText('Maria is typing…')).toBeTruthy();
    await serverSends({ type: 'message', message: message(1) });
    expect(screen.queryByText('Maria is typing…')).toBeNull();
    await serverSends({
      type: 'message',
      message: message(2, { author: 'agent', authorName: 'Dana', id: 'agent-line-2', text: 'Checking now.' }),
    });
    expect(screen.queryByText('Seen')).toBeNull();
    await serverSends({ type: 'read', conversationId: 'c1', reader: 'player', seq: 2 });
    const seen = within(screen.getByRole('log')).getByText('Seen');
    expect(seen.closest('li')?.textContent).toContain('Checking now.');
  });

  it('pauses the clock, escalates and transfers from the Handling section', async () => {
    await renderDesk();
    await openConversation('c1');
    fireEvent.click(screen.getByRole('button', { name: 'Waiting on player' }));
    expect(sent('waiting')).toEqual([{ type: 'waiting', conversationId: 'c1', waiting: true }]);
    await serverSends({ type: 'conversation', conversation: conversation({ id: 'c1', waitingOnPlayer: true }) });
    expect(screen.getByRole('button', { name: 'Waiting on player' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Resolution clock paused: waiting on the player')).toBeTruthy();

    fireEvent.input(screen.getByRole('textbox', { name: 'Note for the senior' }), { target: { value: 'Chargeback threat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Escalate' }));
    expect(sent('escalate')).toEqual([{ type: 'escalate', conversationId: 'c1', note: 'Chargeback threat' }]);

    fireEvent.change(screen.getByRole('combobox', { name: 'Queue' }), { target: { value: 'kyc' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Note for the next agent' }), { target: { value: 'Needs ID check' } });
    fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    expect(sent('transfer')).toEqual([
      { type: 'transfer', conversationId: 'c1', to: { kind: 'topic', topic: 'kyc' }, note: 'Needs ID check' },
    ]);
  });

  it('says calmly that it is reconnecting, and hands back to sign-in when the session is gone', async () => {
    await renderDesk();
    act(() => socket().drop(1006));
    expect(screen.getByText('Reconnecting…')).toBeTruthy();
    expect(onSessionEnd).not.toHaveBeenCalled();
    await waitFor(() => expect(sockets).toHaveLength(2));
    act(() => socket().accept());
    act(() => socket().drop(4001, 'session expired'));
    expect(onSessionEnd).toHaveBeenCalledWith('Your session has expired. Please sign in again.');
  });
});
