import { loaderStyles } from './styles';

const SVG_NS = 'http://www.w3.org/2000/svg';
// Drawn with a round 2px stroke (loader styles): short paths, soft corners.
const CHAT_ICON = 'M4 4h16v12H9l-5 4z';
const CLOSE_ICON = 'M6 6l12 12M18 6 6 18';

/** The widget's host element, its shadow root, the launcher button and the empty frame the panel renders into. */
export interface LauncherView {
  host: HTMLElement;
  root: ShadowRoot;
  slot: HTMLElement;
  button: HTMLButtonElement;
  /** Open or closed, the button's accessible name, and the unread count on its badge (0 hides it). */
  show(open: boolean, name: string, badge: number): void;
  /** Remove the click listener and the host element. */
  destroy(): void;
}

export function createLauncherView(doc: Document, onClick: () => void): LauncherView {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
    const node = doc.createElement(tag);
    node.className = className;
    return node;
  };
  const host = doc.createElement('div');
  host.setAttribute('data-pitboss', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(loaderStyles);
  root.adoptedStyleSheets = [sheet];

  const slot = el('div', 'slot');
  slot.id = 'pitboss-panel';
  slot.hidden = true;

  // No type="button" needed: a button in a shadow tree never submits a form of the page.
  const button = el('button', 'launcher');
  button.setAttribute('aria-controls', slot.id);
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  svg.append(path);
  // The count is part of the button's name; the badge only shows it.
  const badge = el('span', 'badge');
  badge.setAttribute('aria-hidden', 'true');
  button.append(svg, badge);
  button.addEventListener('click', onClick);

  // The panel comes first so that Tab from its Send button reaches "Close chat".
  root.append(slot, button);

  return {
    host,
    root,
    slot,
    button,
    show(open, name, count) {
      slot.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      button.setAttribute('aria-label', name);
      path.setAttribute('d', open ? CLOSE_ICON : CHAT_ICON);
      badge.textContent = count > 99 ? '99+' : String(count);
      badge.hidden = open || count === 0;
    },
    destroy() {
      button.removeEventListener('click', onClick);
      host.remove();
    },
  };
}
