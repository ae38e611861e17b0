// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadAttachment } from '../../../../widget/client/attachments';
import { AttachmentView } from '../../../../widget/ui/attachment-view';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const PNG_REF = { id: 'f_png', name: 'deposit <error>.png', type: 'image/png' as const, size: 10 };
const PDF_REF = { id: 'f_pdf', name: 'Bonus terms.pdf', type: 'application/pdf' as const, size: 10 };

function blobUrls() {
  const made: string[] = [];
  const revoked: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    made.push(`blob:test/${made.length}`);
    return made.at(-1)!;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  return { made, revoked };
}

describe('a file in the chat', () => {
  it('shows an image as a thumbnail in a link that saves it under its name, and revokes the blob URL when the line goes', async () => {
    const urls = blobUrls();
    const load = vi.fn(async () => new Blob(['png'], { type: 'image/png' }));
    const view = render(<AttachmentView attachment={PNG_REF} load={load} />);
    const link = await screen.findByRole('link', { name: 'deposit <error>.png' });
    expect(link.getAttribute('href')).toBe('blob:test/0');
    expect(link.getAttribute('download')).toBe('deposit <error>.png');
    expect(link.querySelector('img.thumb')?.getAttribute('src')).toBe('blob:test/0');
    expect(load).toHaveBeenCalledWith('f_png');
    view.unmount();
    expect(urls.revoked).toEqual(['blob:test/0']);
  });

  it('shows a PDF as a link with the file name as its text', async () => {
    blobUrls();
    render(<AttachmentView attachment={PDF_REF} load={async () => new Blob(['%PDF-'])} />);
    const link = await screen.findByRole('link', { name: 'Bonus terms.pdf' });
    expect(link.querySelector('img')).toBeNull();
    expect(link.getAttribute('download')).toBe('Bonus terms.pdf');
  });

  it('keeps the name as plain text while loading and when the file cannot be had, and makes no URL for a line already gone', async () => {
    const urls = blobUrls();
    render(<AttachmentView attachment={PDF_REF} load={async () => null} />);
    await waitFor(() => expect(screen.getByText('Bonus terms.pdf')).toBeTruthy());
    expect(screen.queryByRole('link')).toBeNull();

    let finish: (blob: Blob) => void = () => {};
    const late = render(<AttachmentView attachment={PNG_REF} load={() => new Promise((resolve) => (finish = resolve))} />);
    late.unmount();
    finish(new Blob(['png']));
    await new Promise((r) => setTimeout(r, 0));
    expect(urls.made).toEqual([]);
  });
});

describe('downloading a file', () => {
  it('sends the session token in the Authorization header, never in the address', async () => {
    const fetchMock = vi.fn(async (_url: URL, _init: RequestInit) => new Response('bytes', { status: 200, headers: { 'content-type': 'application/pdf' } }));
    vi.stubGlobal('fetch', fetchMock);
    const blob = await downloadAttachment('wss://relay.example/v1/player', 'session-token-abc', 'f_1');
    expect(await blob?.text()).toBe('bytes');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe('https://relay.example/api/attachments/f_1');
    expect(String(url)).not.toContain('session-token-abc');
    expect(init).toMatchObject({ credentials: 'omit', headers: { authorization: 'Bearer session-token-abc' } });
  });

  it('answers null for a file that is not the player’s, or when the relay is unreachable', async () => {
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 404 }));
    expect(await downloadAttachment('ws://relay.example/v1/player', 't', 'f_x')).toBeNull();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    expect(await downloadAttachment('ws://relay.example/v1/player', 't', 'f_x')).toBeNull();
  });
});
