// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
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

const nobody = { type: 'availability', agentsOnline: 0, expectedWaitMs: -1, offerEmail: true, email: null };
const PROMPT = 'Nobody can answer right now — leave your email and we’ll reply there.';

function fillEmail(value: string) {
  fireEvent.input(screen.getByRole('textbox', { name: 'Your email' }), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Save email' }));
}

describe('the email fallback in the panel', () => {
  it('offers it while queued when the relay says so, sends the address, and shows it once stored', async () => {
    const panel = await renderPanel();
    client = panel.client;
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'queued' }) });
    panel.socket.deliver({ ...nobody, agentsOnline: 1, expectedWaitMs: 900_000 });
    await waitFor(() => expect(screen.getByText(PROMPT)).toBeTruthy());

    fillEmail('  jean@example.com ');
    expect(panel.sent('email')).toEqual([{ type: 'email', email: 'jean@example.com' }]);
    panel.socket.deliver({ ...nobody, agentsOnline: 1, expectedWaitMs: 900_000, email: 'jean@example.com' });
    await waitFor(() => expect(screen.getByText('We’ll reply to jean@example.com.')).toBeTruthy());
    expect(screen.queryByRole('textbox', { name: 'Your email' })).toBeNull();
  });

  it('does not offer it while someone can answer soon, nor once an agent holds the chat', async () => {
    const panel = await renderPanel();
    client = panel.client;
    panel.socket.deliver({ type: 'availability', agentsOnline: 2, expectedWaitMs: 0, offerEmail: false, email: null });
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'queued' }) });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText(PROMPT)).toBeNull();
    panel.socket.deliver(nobody);
    await waitFor(() => expect(screen.getByText(PROMPT)).toBeTruthy());
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'assigned', agentName: 'Anna' }) });
    await waitFor(() => expect(screen.queryByText(PROMPT)).toBeNull());
  });

  it('before any question with nobody online, holds the address and sends it once the question is queued', async () => {
    const panel = await renderPanel();
    client = panel.client;
    panel.socket.deliver(nobody);
    await waitFor(() => expect(screen.getByText(PROMPT)).toBeTruthy());
    fillEmail('ana@example.com');
    await waitFor(() => expect(screen.getByText('Now write your question; we’ll reply to ana@example.com.')).toBeTruthy());
    expect(panel.sent('email')).toEqual([]);

    fireEvent.input(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'Where is my cashout?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'queued' }) });
    await waitFor(() => expect(panel.sent('email')).toEqual([{ type: 'email', email: 'ana@example.com' }]));
  });

  it('says when the relay refused the address', async () => {
    const panel = await renderPanel();
    client = panel.client;
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'queued' }) });
    panel.socket.deliver(nobody);
    await waitFor(() => expect(screen.getByText(PROMPT)).toBeTruthy());
    fillEmail('x@example.com');
    panel.socket.deliver({ type: 'error', code: 'bad_frame', message: 'Invalid frame at "email".' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That did not work. Please try again in a moment.'));
  });
});
