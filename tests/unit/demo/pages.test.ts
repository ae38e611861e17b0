import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The demo pages must run under `Content-Security-Policy: default-src 'self'`
 * and embed the widget exactly as a customer would. These checks read the
 * sources that vite builds from.
 */
const read = (path: string) => readFileSync(new URL(`../../../demo/${path}`, import.meta.url), 'utf8');
const casino = read('casino/index.html');
const agent = read('agent/index.html');

describe('demo pages', () => {
  it('embeds the widget with the customer snippet, verbatim', () => {
    expect(casino).toContain('<script src="/widget.js" data-site="demo" async></script>');
  });

  it.each([
    ['casino', casino],
    ['agent', agent],
  ])('%s page has no inline script, style or event handler', (_name, html) => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('loads nothing from another origin', () => {
    expect(casino).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(read('casino/casino.css')).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//);
  });

  it('keeps its images out of data: URLs, which the CSP would block', () => {
    // vite inlines small assets as data: URLs unless asked not to.
    for (const [, src] of casino.matchAll(/src="(\.\/art\/[^"]+)"/g)) expect(src).toMatch(/\?no-inline$/);
    for (const [, href] of casino.matchAll(/href="(\.\/art\/[^"]+)"/g)) expect(href).toMatch(/\?no-inline$/);
  });

  it('gives every image a text alternative (empty for decoration)', () => {
    for (const [tag] of casino.matchAll(/<img\b[^>]*>/g)) expect(tag).toMatch(/\salt="/);
  });

  it('never styles inline or injects markup in the agent panel', () => {
    const dir = new URL('../../../demo/agent/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/\bstyle=\{/);
      expect(source, file).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
    }
  });
});
