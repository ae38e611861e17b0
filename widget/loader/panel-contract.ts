/**
 * The one seam between the loader (widget.js, on every page view) and the chat
 * panel (panel.js, imported on first open or when the browser is idle). Both
 * sides import this file with `import type` only, so nothing of the panel
 * leaks into the loader bundle.
 */
import type { PitbossEvents, PlayerIdentity } from './public-api';

export interface PanelMountOptions {
  /** The widget's shadow root: the panel adds its stylesheets to `adoptedStyleSheets` here, and its live region. */
  root: ShadowRoot;
  /** An empty element inside `root` that the panel renders into; the loader shows and hides it. */
  container: HTMLElement;
  site: string;
  /** Origin widget.js was served from; the relay's WebSocket lives there too. */
  origin: string;
  /** Normalized BCP 47 tag. */
  locale: string;
  identity: PlayerIdentity | null;
  /** The panel asks to be closed (its minimize button, Escape). The loader owns open/closed and focus. */
  requestClose(): void;
  /** Unread messages changed: the loader badges the launcher while closed and names it `label` ("Open chat, 2 unread messages"). */
  setUnread(count: number, label: string): void;
  /** Forward an event to the casino page's `Pitboss('on', ...)` listeners. */
  emit<E extends keyof PitbossEvents>(event: E, payload: PitbossEvents[E]): void;
}

export interface PanelHandle {
  /** Called after the loader made the container visible: connect if needed and focus the composer. */
  open(): void;
  /** Called after the loader hid the container. */
  close(): void;
  setLocale(locale: string): void;
  identify(identity: PlayerIdentity): void;
  /** Unrender, close the socket, clear every timer and listener, remove the stylesheets. */
  shutdown(): void;
}

export interface PanelModule {
  mount(options: PanelMountOptions): PanelHandle;
}

declare const __PITBOSS_BUILD__: string | undefined;

/**
 * Where the panel lives, relative to widget.js. A build puts it in its own
 * versioned, immutable directory (vite.config.ts), so a loader pinned with
 * Subresource Integrity always gets the panel it was built with.
 */
export const PANEL_PATH = typeof __PITBOSS_BUILD__ === 'string' ? `/widget/${__PITBOSS_BUILD__}/panel.js` : '/widget/panel.js';
