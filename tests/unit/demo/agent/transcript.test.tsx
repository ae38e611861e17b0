// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyThread } from '../../../../demo/agent/thread';
import { Transcript } from '../../../../demo/agent/transcript';
import { conversation, message } from './fixtures';

afterEach(cleanup);

describe('the desk transcript', () => {
  it('shows a file the player sent as a download link with its kind and size, the name as text', () => {
    const attachment = { id: 'f_1', name: '<b>id</b> card.pdf', type: 'application/pdf' as const, size: 1_572_864 };
    const view = render(
      <Transcript
        conversation={conversation({ lastSeq: 2 })}
        thread={{ ...emptyThread, messages: [message(1), message(2, { text: attachment.name, attachment })] }}
        playerName="Maria"
        onRetry={() => {}}
      />,
    );
    const link = screen.getByRole('link', { name: '<b>id</b> card.pdf' });
    expect(link.getAttribute('href')).toBe('/api/attachments/f_1');
    expect(link.getAttribute('download')).toBe('<b>id</b> card.pdf');
    expect(link.closest('p')!.textContent).toContain('(PDF, 1.5 MB)');
    expect(view.container.querySelector('b')).toBeNull();
    expect(screen.getByText('line 1')).toBeTruthy();
  });
});
