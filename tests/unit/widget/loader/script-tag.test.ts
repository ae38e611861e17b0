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
    expect(readEmbedConfig(doc, 'en-US')).toEqual({
      site: 'demo',
      scriptSrc: 'https://chat.casino.example/widget.js',
      origin: 'https://chat.casino.example',
      locale: 'de-at',
    });
  });

  it('falls back to the browser language, then English', () => {
    const doc = page(`<script src="https://chat.casino.example/widget.js" data-site="demo"></script>`);
    expect(readEmbedConfig(doc, 'pt-BR')?.locale).toBe('pt-BR');
    expect(readEmbedConfig(doc, undefined)?.locale).toBe('en');
  });

  it('returns null when there is no tag to read', () => {
    expect(readEmbedConfig(page(''), 'en')).toBeNull();
  });
});
