import { installPitboss } from './global-api';
import type { PanelModule } from './panel-contract';
import { readEmbedConfig } from './script-tag';

/**
 * widget.js: the classic script every casino page view pays for. No preact,
 * no valibot; the chat panel arrives by dynamic import when needed.
 */
installPitboss({
  win: window,
  doc: document,
  embed: readEmbedConfig(document, navigator.languages ?? [navigator.language]),
  loadPanel: (url) => import(/* @vite-ignore */ url) as Promise<PanelModule>,
});
