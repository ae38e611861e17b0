import { describe, expect, it } from 'vitest';
import { detectAttachmentType, safeFileName, signUploadToken, uploadTokenConversation, verifyUploadToken } from '../../../server/core/attachments';

const bytes = (...parts: (number[] | string)[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('detectAttachmentType', () => {
  it('knows PNG, JPEG, WebP and PDF by their first bytes', () => {
    expect(detectAttachmentType(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]))).toBe('image/png');
    expect(detectAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
    expect(detectAttachmentType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(detectAttachmentType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses everything else, whatever it would be called', () => {
    for (const other of [
      bytes('<!doctype html><script>alert(1)</script>'),
      bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      bytes('GIF89a'),
      bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '),
      bytes('MZ', [0x90, 0]),
      bytes([0x89], 'PNX'),
      bytes('%PD'),
      new Uint8Array(0),
    ]) {
      expect(detectAttachmentType(other)).toBeNull();
    }
  });
});

describe('safeFileName', () => {
  it('keeps a good name, gives a wrong or missing extension the proven one', () => {
    expect(safeFileName('Screenshot 2026-11-25.png', 'image/png')).toBe('Screenshot 2026-11-25.png');
    expect(safeFileName('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG');
    expect(safeFileName('invoice.html', 'image/png')).toBe('invoice.html.png');
    expect(safeFileName('', 'application/pdf')).toBe('file.pdf');
    expect(safeFileName('   ', 'image/webp')).toBe('file.webp');
  });

  it('drops paths, control and bidi-override characters and quotes, and bounds the length', () => {
    expect(safeFileName('C:\\Users\\me\\..\\id.pdf', 'application/pdf')).toBe('id.pdf');
    expect(safeFileName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(safeFileName('bill\u202Efdp.exe', 'application/pdf')).toBe('billfdp.exe.pdf');
    expect(safeFileName('a"b\r\nc.png', 'image/png')).toBe('abc.png');
    expect(safeFileName(`${'x'.repeat(300)}.png`, 'image/png').length).toBeLessThanOrEqual(124);
  });
});

describe('upload tokens', () => {
  const secret = 'site-secret-0123456789abcdef';
  const now = 1_800_000_000_000;

  it('name their conversation and verify with the site secret until they expire', () => {
    const token = signUploadToken(secret, 'c_abc123', now + 1000);
    expect(uploadTokenConversation(token)).toBe('c_abc123');
    expect(verifyUploadToken(token, [secret], now)).toBe(true);
    expect(verifyUploadToken(token, ['old-secret-0123456789abcdef', secret], now)).toBe(true);
    expect(verifyUploadToken(token, [secret], now + 1001)).toBe(false);
    expect(verifyUploadToken(token, ['another-secret-0123456789ab'], now)).toBe(false);
  });

  it('cannot be moved to another conversation or given a longer life', () => {
    const token = signUploadToken(secret, 'c_abc123', now + 1000);
    const [, exp, mac] = token.split('.');
    expect(verifyUploadToken(`c_other.${exp}.${mac}`, [secret], now)).toBe(false);
    expect(verifyUploadToken(`c_abc123.${now + 10_000_000}.${mac}`, [secret], now)).toBe(false);
    expect(uploadTokenConversation('not a token')).toBeNull();
    expect(verifyUploadToken('c_abc123..', [secret], now)).toBe(false);
  });
});
