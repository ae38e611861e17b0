import type { LauncherLabels } from './launcher-labels';
import { loaderStyles } from './styles';

const SVG_NS = 'http://www.w3.org/2000/svg';
const CHAT_ICON = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z';
const CLOSE_ICON = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z';

/** The widget's host element, its shadow root, the launcher button and the empty frame the panel renders into. */
export interface LauncherView {
  host: HTMLElement;
  root: ShadowRoot;
  slot: HTMLElement;
  button: HTMLButtonElement;
  show(open: boolean, labels: LauncherLabels): void;
  /** Remove the click listener and the host element. */
  destroy(): void;
}

export function createLauncherView(doc: Document, labels: LauncherLabels, onClick: () => void): LauncherView {
  const host = doc.createElement('div');
  host.setAttribute('data-pitboss', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(loaderStyles);
  root.adoptedStyleSheets = [sheet];

  const slot = doc.createElement('div');
  slot.id = 'pitboss-panel';
  slot.className = 'slot';
  slot.hidden = true;

  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-controls', slot.id);
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  svg.append(path);
  button.append(svg);
  button.addEventListener('click', onClick);

  // The panel comes first so that Tab from its Send button reaches "Close chat".
  root.append(slot, button);

  const show = (open: boolean, text: LauncherLabels) => {
    slot.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? text.close : text.open);
    path.setAttribute('d', open ? CLOSE_ICON : CHAT_ICON);
  };
  show(false, labels);
  const destroy = () => {
    button.removeEventListener('click', onClick);
    host.remove();
  };
  return { host, root, slot, button, show, destroy };
}
