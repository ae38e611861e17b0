// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlayerClient } from '../../../../widget/client/player-client';
import type { FaqArticle } from '../../../../widget/client/faq-articles';
import { FakeWebSocket } from '../fake-websocket';
import { conversation, renderPanel } from './panel-harness';

let client: PlayerClient | undefined;
beforeEach(() => FakeWebSocket.reset());
afterEach(() => {
  cleanup();
  client?.shutdown();
});

const ARTICLES = [
  { id: 'a-pw', topic: 'account-access', title: 'Reset your password' },
  { id: 'a-lock', topic: 'account-access', title: 'Locked account' },
  { id: 'a-2fa', topic: 'account-access', title: 'Two-step login' },
  { id: 'a-extra', topic: 'other', title: 'A fourth one' },
] as const;

function botMessage(seq = 2) {
  return {
    type: 'message',
    message: { conversationId: 'c1', seq, id: `bot-msg-${seq}-xxxx`, author: 'bot', authorName: null, text: 'Suggested articles: …', at: 1, articles: ARTICLES },
  };
}

describe('the FAQ bot in the panel', () => {
  it('shows at most three article cards in place of the relay’s English line, and opens an article’s text as text', async () => {
    const readArticle = vi.fn(async (id: string, locale: string): Promise<FaqArticle> => ({ id, title: 'Reset your password', body: `Go to <b>Settings</b> (${locale}).` }));
    const panel = await renderPanel({ readArticle });
    client = panel.client;
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'bot', lastSeq: 2 }) });
    panel.socket.deliver(botMessage());
    const log = screen.getByRole('log');
    await waitFor(() => expect(within(log).getByText('These articles may answer your question:')).toBeTruthy());
    expect(log.textContent).not.toContain('Suggested articles');
    const cards = within(log).getAllByRole('button', { expanded: false });
    expect(cards.map((b) => b.textContent)).toEqual(['Reset your password', 'Locked account', 'Two-step login']);

    fireEvent.click(cards[0]!);
    expect(cards[0]!.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(within(log).getByText('Go to <b>Settings</b> (en).')).toBeTruthy());
    expect(log.querySelector('b')).toBeNull();
    expect(readArticle).toHaveBeenCalledWith('a-pw', 'en');
    fireEvent.click(cards[0]!);
    expect(within(log).queryByText('Go to <b>Settings</b> (en).')).toBeNull();
  });

  it('says so when an article cannot be loaded', async () => {
    const panel = await renderPanel({ readArticle: () => Promise.reject(new Error('offline')) });
    client = panel.client;
    panel.socket.deliver(botMessage());
    fireEvent.click(await screen.findByRole('button', { name: 'Locked account' }));
    await waitFor(() => expect(screen.getByText('This article could not be loaded. Please try again.')).toBeTruthy());
  });

  it('sends "This solved it" and shows a friendly closing line once the relay resolves the chat', async () => {
    const panel = await renderPanel();
    client = panel.client;
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'bot', lastSeq: 2 }) });
    panel.socket.deliver(botMessage());
    fireEvent.click(await screen.findByRole('button', { name: 'This solved it' }));
    expect(panel.sent('bot')).toEqual([{ type: 'bot', choice: 'solved' }]);
    expect((screen.getByRole('button', { name: 'Talk to a person' }) as HTMLButtonElement).disabled).toBe(true);

    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'resolved', lastSeq: 2, deflected: true }) });
    await waitFor(() => expect(screen.getByText('Glad we could help! Write again any time.')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'This solved it' })).toBeNull();
    // Nobody to rate after the bot alone; the transcript can still be mailed.
    expect(screen.queryByRole('group', { name: 'How did we do?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Email me the transcript' })).toBeTruthy();
  });

  it('sends "Talk to a person" and shows the waiting line once queued; the articles stay readable', async () => {
    const panel = await renderPanel();
    client = panel.client;
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'bot', lastSeq: 2 }) });
    panel.socket.deliver(botMessage());
    fireEvent.click(await screen.findByRole('button', { name: 'Talk to a person' }));
    expect(panel.sent('bot')).toEqual([{ type: 'bot', choice: 'human' }]);
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'queued', lastSeq: 2 }) });
    await waitFor(() => expect(screen.getByText('Waiting for an agent…')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Talk to a person' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reset your password' })).toBeTruthy();
  });

  it('says when the relay refused the choice, and lets the player choose again', async () => {
    const panel = await renderPanel();
    client = panel.client;
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'bot', lastSeq: 2 }) });
    panel.socket.deliver(botMessage());
    fireEvent.click(await screen.findByRole('button', { name: 'This solved it' }));
    panel.socket.deliver({ type: 'error', code: 'conflict', message: 'There is no bot answer waiting for you.' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That did not work. Please try again in a moment.'));
    expect((screen.getByRole('button', { name: 'This solved it' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('renders a notice from the relay (help resources) as calm text, full width', async () => {
    const panel = await renderPanel();
    client = panel.client;
    const text = 'Free, confidential help is available 24/7: BeGambleAware.org <script>x</script>';
    panel.socket.deliver({ type: 'message', message: { conversationId: 'c1', seq: 2, id: 'sys-rg-help-1', author: 'system', authorName: null, text, at: 1 } });
    const item = (await screen.findByText(text)).closest('li')!;
    expect(item.className).toContain('by-system');
    expect(within(item).getByText('Notice')).toBeTruthy();
    expect(item.querySelector('script')).toBeNull();
  });
});
