// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, startAccount, VIP_PLAYER_ID } from '../../../../demo/casino/account';

const page = readFileSync(resolve(import.meta.dirname, '../../../../demo/casino/index.html'), 'utf8');
let stop: () => void = () => {};
type Calls = unknown[][];

beforeEach(() => {
  const template = document.createElement('template');
  template.innerHTML = page.slice(page.indexOf('<body>') + '<body>'.length, page.indexOf('</body>'));
  for (const script of template.content.querySelectorAll('script')) script.remove();
  document.body.replaceChildren(template.content);
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});
afterEach(() => {
  stop();
  delete (window as { Pitboss?: unknown }).Pitboss;
});

/** A stand-in for widget.js: records the commands the page sends. */
function fakeWidget(): Calls {
  const calls: Calls = [];
  (window as unknown as { Pitboss: (...a: unknown[]) => void }).Pitboss = (...args) => calls.push(args);
  return calls;
}

const menu = () => document.querySelector<HTMLSelectElement>('[data-language-menu]')!;

describe('the lobby’s language menu', () => {
  it('offers the widget’s ten languages by their own names and switches the page and the chat', () => {
    const calls = fakeWidget();
    stop = startAccount(document);
    expect([...menu().options].map((o) => [o.value, o.textContent])).toEqual(LANGUAGES.map(([tag, name]) => [tag, name]));
    expect(menu().value).toBe('en');

    menu().value = 'ar';
    menu().dispatchEvent(new Event('change'));
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    menu().value = 'zh-CN';
    menu().dispatchEvent(new Event('change'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(calls).toEqual([
      ['setLocale', 'ar'],
      ['setLocale', 'zh-CN'],
    ]);
  });

  it('queues the command like the embed snippet when widget.js has not run yet', () => {
    stop = startAccount(document);
    menu().value = 'fr';
    menu().dispatchEvent(new Event('change'));
    expect((window as unknown as { Pitboss: { q: unknown[][] } }).Pitboss.q).toEqual([['setLocale', 'fr']]);
  });
});

describe('VIP login', () => {
  it('gets a signed identity for the demo VIP and passes it to identify', async () => {
    const calls = fakeWidget();
    const identity = { playerId: VIP_PLAYER_ID, issuedAt: 1_764_000_000_000, signature: 'ab'.repeat(32), name: 'Marco Rossi' };
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response(JSON.stringify(identity), { headers: { 'content-type': 'application/json' } }));
    stop = startAccount(document, fetchImpl);
    const button = document.querySelector<HTMLButtonElement>('[data-action="vip-login"]')!;
    button.click();
    expect(button.disabled).toBe(true);
    await vi.waitFor(() => expect(calls).toEqual([['identify', identity]]));
    expect(String(fetchImpl.mock.calls[0]![0])).toBe(`/demo-casino/identity?player=${VIP_PLAYER_ID}`);
    expect(document.querySelector('.avatar')?.getAttribute('aria-label')).toBe('Signed in as Marco Rossi, VIP');
    await vi.waitFor(() => expect(button.textContent).toBe('VIP signed in'));
  });

  it('lets the player try again when the endpoint fails', async () => {
    const calls = fakeWidget();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    stop = startAccount(document, async () => new Response('no', { status: 404 }));
    const button = document.querySelector<HTMLButtonElement>('[data-action="vip-login"]')!;
    button.click();
    await vi.waitFor(() => expect(button.disabled).toBe(false));
    expect(calls).toEqual([]);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
