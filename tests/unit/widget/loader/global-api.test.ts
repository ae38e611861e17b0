// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installPitboss, type PitbossStub } from '../../../../widget/loader/global-api';
import type { PanelHandle, PanelMountOptions, PanelModule } from '../../../../widget/loader/panel-contract';
import type { EmbedConfig } from '../../../../widget/loader/script-tag';

type PitbossWindow = Window & { Pitboss?: PitbossStub };
const win = window as PitbossWindow;

const embed: EmbedConfig = {
  site: 'demo',
  scriptSrc: 'https://chat.casino.example/widget.js',
  origin: 'https://chat.casino.example',
  locale: 'en',
};

/** Exactly what the casino pastes before the script tag. */
function installSnippetStub() {
  const w = win as unknown as { Pitboss?: PitbossStub };
  w.Pitboss =
    w.Pitboss ||
    function (...args: unknown[]) {
      // The real snippet pushes `arguments`; an array-like of the same values.
      (w.Pitboss!.q = w.Pitboss!.q || []).push(args);
    };
}

function fakePanel() {
  const handle: PanelHandle = { open: vi.fn(), close: vi.fn(), setLocale: vi.fn(), identify: vi.fn(), shutdown: vi.fn() };
  const calls: PanelMountOptions[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const module: PanelModule = {
    mount: vi.fn((options: PanelMountOptions) => {
      calls.push(options);
      return handle;
    }),
  };
  const loadPanel = vi.fn(async (_url: string) => {
    await gate;
    return module;
  });
  return { handle, module, loadPanel, calls, release };
}

const host = () => document.querySelector<HTMLElement>('[data-pitboss]');
const launcher = () => host()?.shadowRoot?.querySelector<HTMLButtonElement>('button.launcher') ?? null;
const pitboss = (...args: unknown[]) => win.Pitboss!(...args);

let idleCallbacks: Array<() => void>;

beforeEach(() => {
  delete win.Pitboss;
  document.body.innerHTML = '';
  idleCallbacks = [];
  // happy-dom has no requestIdleCallback; a controllable one shows what the loader does when idle.
  win.requestIdleCallback = ((cb: () => void) => idleCallbacks.push(cb)) as typeof win.requestIdleCallback;
  win.cancelIdleCallback = vi.fn();
});
afterEach(() => {
  win.Pitboss?.('shutdown');
  delete win.Pitboss;
});

describe('window.Pitboss command queue', () => {
  it('replays the calls a page queued before widget.js loaded, in order', async () => {
    installSnippetStub();
    const onOpen = vi.fn();
    const onReady = vi.fn();
    const identity = { playerId: 'p-42', issuedAt: 1_700_000_000_000, signature: 'ab'.repeat(32) };
    pitboss('on', 'open', onOpen);
    pitboss('on', 'ready', onReady);
    pitboss('identify', identity);
    pitboss('open');
    const panel = fakePanel();

    installPitboss({ win, doc: document, embed, loadPanel: panel.loadPanel });

    expect(win.Pitboss!.q).toBeUndefined(); // the stub is gone
    expect(launcher()?.getAttribute('aria-label')).toBe('Close chat');
    expect(launcher()?.getAttribute('aria-expanded')).toBe('true');
    expect(onOpen).toHaveBeenCalledTimes(1); // `on` was replayed before `open`
    expect(panel.loadPanel).toHaveBeenCalledWith('https://chat.casino.example/widget/panel.js');

    panel.release();
    await vi.waitFor(() => expect(panel.module.mount).toHaveBeenCalledTimes(1));
    expect(panel.calls[0]).toMatchObject({ site: 'demo', origin: 'https://chat.casino.example', locale: 'en', identity });
    expect(panel.calls[0]!.container.getRootNode()).toBe(host()!.shadowRoot);
    expect(panel.handle.open).toHaveBeenCalledTimes(1);
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('waits for boot when the script tag names no site', () => {
    installSnippetStub();
    pitboss('open');
    installPitboss({ win, doc: document, embed: { ...embed, site: null }, loadPanel: fakePanel().loadPanel });
    expect(host()).toBeNull();

    pitboss('boot', { site: 'other-casino' });
    expect(launcher()?.getAttribute('aria-label')).toBe('Close chat');
  });

  it('leaves the first copy in charge when widget.js is included twice', () => {
    installPitboss({ win, doc: document, embed, loadPanel: fakePanel().loadPanel });
    const first = win.Pitboss;
    installPitboss({ win, doc: document, embed, loadPanel: fakePanel().loadPanel });
    expect(win.Pitboss).toBe(first);
    expect(document.querySelectorAll('[data-pitboss]')).toHaveLength(1);
  });
});

describe('launcher', () => {
  it('is a real button named "Open chat" that toggles the panel and its own name', async () => {
    const panel = fakePanel();
    installPitboss({ win, doc: document, embed, loadPanel: panel.loadPanel });
    const button = launcher()!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-label')).toBe('Open chat');
    const slot = host()!.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(slot.hidden).toBe(true);

    button.click();
    expect(button.getAttribute('aria-label')).toBe('Close chat');
    expect(slot.hidden).toBe(false);
    panel.release();
    await vi.waitFor(() => expect(panel.handle.open).toHaveBeenCalled());

    button.click();
    expect(button.getAttribute('aria-label')).toBe('Open chat');
    expect(slot.hidden).toBe(true);
    expect(panel.handle.close).toHaveBeenCalledTimes(1);
  });

  it('returns focus to the launcher when the panel closes from inside, but not when the page closes it', async () => {
    const panel = fakePanel();
    panel.release();
    installPitboss({ win, doc: document, embed, loadPanel: panel.loadPanel });
    pitboss('open');
    await vi.waitFor(() => expect(panel.calls).toHaveLength(1));
    const { container, requestClose } = panel.calls[0]!;
    const composer = document.createElement('textarea');
    container.append(composer);
    composer.focus();

    requestClose();
    expect(host()!.shadowRoot!.activeElement).toBe(launcher());

    const pageInput = document.createElement('input');
    document.body.append(pageInput);
    pitboss('open');
    pageInput.focus();
    pitboss('close');
    expect(document.activeElement).toBe(pageInput);
  });

  it('draws with adopted stylesheets only: no style element or attribute for a strict CSP', () => {
    installPitboss({ win, doc: document, embed, loadPanel: fakePanel().loadPanel });
    pitboss('open');
    const root = host()!.shadowRoot!;
    expect(root.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(root.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(document.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('relabels itself on setLocale in the ten locales, falling back to English, and passes the locale on', async () => {
    const panel = fakePanel();
    panel.release();
    installPitboss({ win, doc: document, embed, loadPanel: panel.loadPanel });
    pitboss('open');
    await vi.waitFor(() => expect(panel.calls).toHaveLength(1));
    pitboss('setLocale', 'fr_CA');
    expect(panel.handle.setLocale).toHaveBeenCalledWith('fr-CA');
    expect(launcher()?.getAttribute('aria-label')).toBe('Fermer la discussion');
    pitboss('setLocale', 'it');
    expect(launcher()?.getAttribute('aria-label')).toBe('Close chat');
    pitboss('setLocale', '<script>');
    expect(panel.handle.setLocale).toHaveBeenCalledTimes(2);
  });
  it('shows the unread count on a badge while closed and puts it in the button name', async () => {
    const panel = fakePanel();
    panel.release();
    installPitboss({ win, doc: document, embed, loadPanel: panel.loadPanel });
    idleCallbacks.forEach((cb) => cb());
    await vi.waitFor(() => expect(panel.calls).toHaveLength(1));
    const badge = launcher()!.querySelector<HTMLElement>('.badge')!;
    expect(badge.hidden).toBe(true);

    panel.calls[0]!.setUnread(3, 'Open chat, 3 unread messages');
    expect(launcher()?.getAttribute('aria-label')).toBe('Open chat, 3 unread messages');
    expect(badge.hidden).toBe(false);
    expect(badge.textContent).toBe('3');
    expect(badge.getAttribute('aria-hidden')).toBe('true');

    pitboss('open');
    expect(launcher()?.getAttribute('aria-label')).toBe('Close chat');
    expect(badge.hidden).toBe(true);
    pitboss('close');
    expect(launcher()?.getAttribute('aria-label')).toBe('Open chat, 3 unread messages');
    panel.calls[0]!.setUnread(0, '');
    expect(launcher()?.getAttribute('aria-label')).toBe('Open chat');
    expect(badge.hidden).toBe(true);
  });
});

describe('panel loading', () => {
  it('preloads the panel when the browser is idle, without opening it', async () => {
    const panel = fakePanel();
    panel.release();
    installPitboss({ win, doc: document, embed, loadPanel: panel.loadPanel });
    expect(panel.loadPanel).not.toHaveBeenCalled();
    idleCallbacks.forEach((cb) => cb());
    await vi.waitFor(() => expect(panel.module.mount).toHaveBeenCalledTimes(1));
    expect(panel.handle.open).not.toHaveBeenCalled();

    pitboss('open');
    expect(panel.loadPanel).toHaveBeenCalledTimes(1);
    expect(panel.handle.open).toHaveBeenCalledTimes(1);
  });

  it('shows the launcher closed again when the panel cannot be loaded, and retries on the next open', async () => {
    const loadPanel = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ mount: () => fakePanel().handle });
    installPitboss({ win, doc: document, embed, loadPanel });
    pitboss('open');
    await vi.waitFor(() => expect(launcher()?.getAttribute('aria-label')).toBe('Open chat'));
    pitboss('open');
    expect(loadPanel).toHaveBeenCalledTimes(2);
  });
});

describe('events', () => {
  it('delivers open, close and panel messages to listeners until off, surviving a throwing listener', async () => {
    const panel = fakePanel();
    panel.release();
    const reportError = vi.fn();
    win.reportError = reportError;
    installPitboss({ win, doc: document, embed, loadPanel: panel.loadPanel });
    const broken = vi.fn(() => {
      throw new Error('casino bug');
    });
    const onClose = vi.fn();
    const onMessage = vi.fn();
    pitboss('on', 'open', broken);
    pitboss('on', 'close', onClose);
    pitboss('on', 'message', onMessage);
    pitboss('open');
    expect(reportError).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(panel.calls).toHaveLength(1));

    const payload = { author: 'agent' as const, authorName: 'Anna', text: 'Hi!', at: 1 };
    panel.calls[0]!.emit('message', payload);
    expect(onMessage).toHaveBeenCalledWith(payload);

    pitboss('close');
    pitboss('off', 'close', onClose);
    pitboss('open');
    pitboss('close');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('shutdown', () => {
  it('removes the element, the panel and the idle preload; a later boot starts clean', async () => {
    const panel = fakePanel();
    panel.release();
    installPitboss({ win, doc: document, embed, loadPanel: panel.loadPanel });
    const onOpen = vi.fn();
    pitboss('on', 'open', onOpen);
    pitboss('open');
    await vi.waitFor(() => expect(panel.calls).toHaveLength(1));

    pitboss('shutdown');
    expect(host()).toBeNull();
    expect(panel.handle.shutdown).toHaveBeenCalledTimes(1);
    expect(win.cancelIdleCallback).toHaveBeenCalledTimes(1);

    pitboss('boot');
    pitboss('open');
    expect(document.querySelectorAll('[data-pitboss]')).toHaveLength(1);
    expect(onOpen).toHaveBeenCalledTimes(1); // listeners went with the old widget
  });

  it('does not mount a panel whose import finishes after shutdown', async () => {
    const panel = fakePanel();
    installPitboss({ win, doc: document, embed, loadPanel: panel.loadPanel });
    pitboss('open');
    pitboss('shutdown');
    panel.release();
    await new Promise((r) => setTimeout(r, 10));
    expect(panel.module.mount).not.toHaveBeenCalled();
  });
});
