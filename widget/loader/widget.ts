import { normalizeLocale } from '../i18n/locale-tag';
import { createLauncherView } from './launcher';
import { launcherLabels } from './launcher-labels';
import { PANEL_PATH, type PanelHandle, type PanelModule } from './panel-contract';
import type { PitbossEventName, PitbossEvents, PitbossListener, PlayerIdentity } from './public-api';

export interface WidgetConfig {
  site: string;
  origin: string;
  scriptSrc: string;
  locale: string;
}

export interface WidgetEnv {
  win: Window;
  doc: Document;
  /** `(url) => import(url)` in the bundle; a fake in tests. */
  loadPanel: (url: string) => Promise<PanelModule>;
}

/** One booted widget: the commands a casino page can call between boot and shutdown. */
export interface Widget {
  open(): void;
  close(): void;
  toggle(): void;
  setLocale(locale: unknown): void;
  identify(identity: unknown): void;
  on(event: unknown, listener: unknown): void;
  off(event: unknown, listener: unknown): void;
  shutdown(): void;
}

/**
 * Draws the launcher at once and owns the open/closed state, the unread
 * badge, the focus moves and the page's event listeners. The panel is
 * imported on first open or when the browser is idle, whichever comes first.
 */
export function createWidget(config: WidgetConfig, { win, doc, loadPanel }: WidgetEnv): Widget {
  let locale = config.locale;
  let labels = launcherLabels(locale);
  let isOpen = false;
  let alive = true;
  let identity: PlayerIdentity | null = null;
  let panel: PanelHandle | null = null;
  let loading = false;
  let unread = 0;
  let unreadLabel = '';
  const listeners = new Map<PitbossEventName, Set<PitbossListener<PitbossEventName>>>();

  const emit = <E extends PitbossEventName>(event: E, payload: PitbossEvents[E]) => {
    for (const listener of listeners.get(event) ?? []) {
      try {
        (listener as PitbossListener<E>)(payload);
      } catch (error) {
        // The casino's bug, not ours: report it without breaking the widget.
        win.reportError?.(error);
      }
    }
  };

  const draw = () => view.show(isOpen, isOpen ? labels.close : unread > 0 ? unreadLabel : labels.open, unread);

  const setUnread = (count: number, label: string) => {
    unread = count;
    unreadLabel = label;
    if (alive) draw();
  };

  const ensurePanel = () => {
    if (panel || loading || !alive) return;
    loading = true;
    loadPanel(new URL(PANEL_PATH, config.scriptSrc).href).then(
      (module) => {
        loading = false;
        if (!alive) return;
        panel = module.mount({
          root: view.root,
          container: view.slot,
          site: config.site,
          origin: config.origin,
          locale,
          identity,
          requestClose: close,
          setUnread,
          emit,
        });
        emit('ready', undefined);
        if (isOpen) panel.open();
      },
      () => {
        // Offline or blocked: show the launcher closed again; the next click retries.
        loading = false;
        if (alive && isOpen) setOpen(false);
      },
    );
  };

  const setOpen = (open: boolean) => {
    isOpen = open;
    draw();
  };

  function open() {
    if (!alive || isOpen) return;
    setOpen(true);
    ensurePanel();
    panel?.open();
    emit('open', undefined);
  }

  function close() {
    if (!alive || !isOpen) return;
    // Move focus only if it was inside the widget; a page calling close() keeps its own focus.
    const hadFocus = view.root.activeElement !== null;
    setOpen(false);
    panel?.close();
    if (hadFocus) view.button.focus();
    emit('close', undefined);
  }

  const view = createLauncherView(doc, () => (isOpen ? close() : open()));
  draw();

  // An async script may run before <body> exists.
  const attach = () => (doc.body ?? doc.documentElement).append(view.host);
  if (doc.body) attach();
  else doc.addEventListener('DOMContentLoaded', attach, { once: true });

  const idleHandle = win.requestIdleCallback ? win.requestIdleCallback(ensurePanel, { timeout: 5000 }) : win.setTimeout(ensurePanel, 3000);
  const cancelIdle = () => (win.cancelIdleCallback ? win.cancelIdleCallback(idleHandle) : win.clearTimeout(idleHandle));

  return {
    open,
    close,
    toggle: () => (isOpen ? close() : open()),
    setLocale(tag) {
      const next = normalizeLocale(typeof tag === 'string' ? tag : null);
      if (!next) return;
      locale = next;
      labels = launcherLabels(next);
      draw();
      panel?.setLocale(next);
    },
    // The panel checks it against the protocol; the loader only carries it.
    identify(value) {
      identity = value as PlayerIdentity;
      panel?.identify(identity);
    },
    on(event, listener) {
      if (typeof event !== 'string' || typeof listener !== 'function') return;
      const name = event as PitbossEventName;
      const set = listeners.get(name) ?? new Set();
      set.add(listener as PitbossListener<PitbossEventName>);
      listeners.set(name, set);
    },
    off(event, listener) {
      listeners.get(event as PitbossEventName)?.delete(listener as PitbossListener<PitbossEventName>);
    },
    shutdown() {
      if (!alive) return;
      alive = false;
      cancelIdle();
      doc.removeEventListener('DOMContentLoaded', attach);
      panel?.shutdown();
      panel = null;
      view.destroy();
      listeners.clear();
    },
  };
}
