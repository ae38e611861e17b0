// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../../protocol';
import type { PlayerClient } from '../../../../widget/client/player-client';
import { FakeWebSocket } from '../fake-websocket';
import { conversation, renderPanel } from './panel-harness';

let client: PlayerClient | undefined;
beforeEach(() => FakeWebSocket.reset());
afterEach(() => {
  cleanup();
  client?.shutdown();
  vi.unstubAllGlobals();
});

const TOKEN = { type: 'upload', conversationId: 'c1', token: 'c1.9999999999999.tok', expiresAt: Date.now() + 3_600_000 };

async function panelWithOpenChat() {
  const panel = await renderPanel();
  client = panel.client;
  panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'assigned', agentName: 'Anna' }) });
  panel.socket.deliver(TOKEN);
  await screen.findByRole('button', { name: 'Attach a file' });
  return panel;
}

function pick(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('attaching a file in the panel', () => {
  it('offers the paperclip only in an open conversation the relay gave an upload token for', async () => {
    const panel = await renderPanel();
    client = panel.client;
    expect(screen.queryByRole('button', { name: 'Attach a file' })).toBeNull();
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'queued' }) });
    panel.socket.deliver(TOKEN);
    await screen.findByRole('button', { name: 'Attach a file' });
    panel.socket.deliver({ type: 'conversation', conversation: conversation({ status: 'resolved', agentName: 'Anna' }) });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Attach a file' })).toBeNull());
  });

  it('uploads the file with the token, then sends it as a message that shows its name', async () => {
    const ref = { id: 'f_1', name: 'screenshot.png', type: 'image/png', size: 12 };
    const fetchMock = vi.fn(async (_url: URL | string, _init?: RequestInit) => new Response(JSON.stringify(ref), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    const panel = await panelWithOpenChat();
    pick(new File([new Uint8Array(12)], 'screenshot.png', { type: 'image/png' }));
    await waitFor(() => expect(panel.sent('send')).toHaveLength(1));
    expect(panel.sent('send')[0]).toMatchObject({ text: 'screenshot.png', attachmentId: 'f_1' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe('http://chat.test/api/attachments');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { authorization: `Bearer ${TOKEN.token}`, 'x-pitboss-filename': 'screenshot.png' } });
    await waitFor(() => expect(screen.getByRole('log').querySelector('.own .file')?.textContent).toContain('screenshot.png'));
  });

  it('says why a file was not sent, without uploading what cannot go', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 400 }));
    vi.stubGlobal('fetch', fetchMock);
    const panel = await panelWithOpenChat();
    pick(new File([new Uint8Array(1)], 'notes.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByText('Only images (PNG, JPEG, WebP) and PDF files can be sent.')).toBeTruthy());
    const huge = new File([new Uint8Array(1)], 'huge.pdf', { type: 'application/pdf' });
    Object.defineProperty(huge, 'size', { value: MAX_ATTACHMENT_BYTES + 1 });
    pick(huge);
    await waitFor(() => expect(screen.getByText('Files can be at most 10 MB.')).toBeTruthy());
    expect(fetchMock).not.toHaveBeenCalled();
    // A PNG by name whose bytes the relay refused.
    pick(new File([new Uint8Array(4)], 'fake.png', { type: 'image/png' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByText('Only images (PNG, JPEG, WebP) and PDF files can be sent.')).toBeTruthy());
    expect(panel.sent('send')).toHaveLength(0);
  });
});
