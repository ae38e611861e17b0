import type { PanelModule } from './panel-contract';
import type { BootOptions, PitbossCommand } from './public-api';
import type { EmbedConfig } from './script-tag';
import { normalizeLocale } from '../i18n/locale-tag';
import { createWidget, type Widget } from './widget';

/** `window.Pitboss` as the snippet stub leaves it: a function with the calls it queued. */
export interface PitbossStub {
  (...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
}

/** Marks our own function, so a second copy of widget.js on the page leaves the first in charge. */
const INSTALLED = Symbol.for('pitboss.loader');

export interface InstallEnv {
  win: Window & { Pitboss?: PitbossStub };
  doc: Document;
  embed: EmbedConfig | null;
  loadPanel: (url: string) => Promise<PanelModule>;
}

/**
 * Replace the snippet stub with the real `window.Pitboss` (our only global),
 * boot from the script tag when it names a site, then replay what the page
 * queued before we arrived, in order. Commands that come while no widget is
 * booted wait for the next boot; shutdown drops them.
 */
export function installPitboss({ win, doc, embed, loadPanel }: InstallEnv): void {
  const existing = win.Pitboss as (PitbossStub & { [INSTALLED]?: true }) | undefined;
  if (existing?.[INSTALLED]) return;
  const queued = Array.from(existing?.q ?? [], (args) => Array.from(args));

  let widget: Widget | null = null;
  let waiting: unknown[][] = [];

  const boot = (options: BootOptions | undefined) => {
    if (widget) {
      if (options?.locale) widget.setLocale(options.locale);
      return;
    }
    const site = options?.site ?? embed?.site;
    if (!site || !embed) return;
    widget = createWidget(
      { site, origin: embed.origin, scriptSrc: embed.scriptSrc, locale: normalizeLocale(options?.locale) ?? embed.locale },
      { win, doc, loadPanel },
    );
    const replay = waiting;
    waiting = [];
    for (const args of replay) dispatch(args);
  };

  const dispatch = ([command, ...args]: unknown[]) => {
    if (command === 'boot') return boot(args[0] as BootOptions | undefined);
    if (command === 'shutdown') {
      widget?.shutdown();
      widget = null;
      waiting = [];
      return;
    }
    if (!widget) {
      waiting.push([command, ...args]);
      return;
    }
    if (typeof command === 'string' && Object.prototype.hasOwnProperty.call(widget, command)) {
      (widget[command as Exclude<PitbossCommand, 'boot'>] as (...a: unknown[]) => void)(...args);
    }
  };

  const Pitboss = (...args: unknown[]) => {
    try {
      dispatch(args);
    } catch (error) {
      win.reportError?.(error);
    }
  };
  Object.defineProperty(Pitboss, INSTALLED, { value: true });
  win.Pitboss = Pitboss;

  if (embed?.site) boot(undefined);
  for (const args of queued) Pitboss(...args);
}
