// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEmbedConfig } from '../../../../widget/loader/script-tag';

/** A page as the casino would write it, in an inert document so nothing is fetched. */
function page(head: string, lang?: string): Document {
  const doc = new DOMParser().parseFromString(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body></body></html>`, 'text/html');
  return doc;
}

describe('readEmbedConfig', () => {
  it('reads the site and the origin from the tag carrying data-site when currentScript is unavailable', () => {
    const doc = page(
      `<script src="https://cdn.other.example/analytics.js"></script>
       <script src="https://chat.casino.example/widget.js" data-site="demo" async></script>`,
      'DE_at',
    );
    expect(readEmbedConfig(doc, ['en-US'])).toEqual({
      site: 'demo',
      scriptSrc: 'https://chat.casino.example/widget.js',
      origin: 'https://chat.casino.example',
      locale: 'de-at',
    });
  });

  it('falls back to the browser languages, then English', () => {
    const doc = page(`<script src="https://chat.casino.example/widget.js" data-site="demo"></script>`);
    expect(readEmbedConfig(doc, ['pt-BR', 'en'])?.locale).toBe('pt-BR');
    expect(readEmbedConfig(doc, [])?.locale).toBe('en');
  });

  it('prefers a language we translate: the page lang first, then the first supported browser language', () => {
    const tag = `<script src="https://chat.casino.example/widget.js" data-site="demo"></script>`;
    expect(readEmbedConfig(page(tag, 'ar'), ['fr'])?.locale).toBe('ar');
    expect(readEmbedConfig(page(tag, 'it'), ['nl', 'ko-KR'])?.locale).toBe('ko-KR');
    // Nothing we translate: keep the page's language (the conversation is in it) and show English.
    expect(readEmbedConfig(page(tag, 'it'), ['nl'])?.locale).toBe('it');
    expect(readEmbedConfig(page(`<script src="https://chat.casino.example/widget.js" data-site="demo" data-locale="tr"></script>`, 'de'), [])?.locale).toBe('tr');
  });

  it('returns null when there is no tag to read', () => {
    expect(readEmbedConfig(page(''), ['en'])).toBeNull();
  });
});
