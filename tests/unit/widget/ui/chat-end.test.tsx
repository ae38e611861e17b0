// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlayerClient } from '../../../../widget/client/player-client';
import { FakeWebSocket } from '../fake-websocket';
import { conversation, renderPanel } from './panel-harness';

let client: PlayerClient | undefined;
beforeEach(() => FakeWebSocket.reset());
afterEach(() => {
  cleanup();
  client?.shutdown();
});

async function resolvedChat() {
  const panel = await renderPanel();
  client = panel.client;
  panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'assigned', agentName: 'Anna' }) });
  panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'resolved', agentName: 'Anna', lastSeq: 3 }) });
  await screen.findByRole('group', { name: 'How did we do?' });
  return panel;
}

describe('the end of a chat in the panel', () => {
  it('takes a 1–5 rating with an optional comment and thanks the player once stored', async () => {
    const panel = await resolvedChat();
    const rating = screen.getByRole('group', { name: 'How did we do?' });
    expect(within(rating).getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual(['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
    const send = screen.getByRole('button', { name: 'Send rating' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);

    fireEvent.click(within(rating).getByRole('radio', { name: '4 of 5' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Anything to add? (optional)' }), { target: { value: ' Quick and kind ' } });
    fireEvent.click(send);
    expect(panel.sent('csat')).toEqual([{ type: 'csat', rating: 4, comment: 'Quick and kind' }]);

    panel.socket.deliver({ type: 'csat', conversationId: 'c1', rating: 4 });
    await waitFor(() => expect(screen.getByText('Thank you for your feedback!')).toBeTruthy());
    expect(screen.queryByRole('group', { name: 'How did we do?' })).toBeNull();
  });

  it('sends no empty comment', async () => {
    const panel = await resolvedChat();
    fireEvent.click(screen.getByRole('radio', { name: '1 of 5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    expect(panel.sent('csat')).toEqual([{ type: 'csat', rating: 1 }]);
  });

  it('mails the transcript to the address the player gives, and says where it went', async () => {
    const panel = await resolvedChat();
    fireEvent.input(screen.getByRole('textbox', { name: 'Your email' }), { target: { value: 'vera@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Email me the transcript' }));
    expect(panel.sent('transcript')).toEqual([{ type: 'transcript', email: 'vera@example.com' }]);
    panel.socket.deliver({ type: 'transcript', conversationId: 'c1', email: 'vera@example.com' });
    await waitFor(() => expect(screen.getByText('Transcript sent to vera@example.com.')).toBeTruthy());
  });

  it('says when the relay refused the transcript (too many), where the player asked', async () => {
    const panel = await resolvedChat();
    fireEvent.input(screen.getByRole('textbox', { name: 'Your email' }), { target: { value: 'vera@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Email me the transcript' }));
    panel.socket.deliver({ type: 'error', code: 'rate_limited', message: 'A transcript can be mailed 3 times per conversation.' });
    const alert = await screen.findByRole('alert');
    expect(alert.previousElementSibling?.textContent).toContain('Email me the transcript');
  });

  it('is gone once the player starts a new conversation', async () => {
    const panel = await resolvedChat();
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ id: 'c2', status: 'queued' }) });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Email me the transcript' })).toBeNull());
  });
});
