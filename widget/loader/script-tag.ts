import { pickLocale } from './launcher-labels';

/** What the casino's `<script src=".../widget.js" data-site="..." async>` tells us. */
export interface EmbedConfig {
  site: string | null;
  /** Absolute URL of widget.js: the panel and the relay live next to it. */
  scriptSrc: string;
  origin: string;
  locale: string;
}

/**
 * Read our own script tag. `currentScript` is only set while this script's
 * top level runs, which is when the loader calls this; the data-site query
 * covers the rare case where it is null. The locale comes from the tag's
 * data-locale, then the page's lang, then the browser's languages.
 */
export function readEmbedConfig(doc: Document, languages: readonly string[]): EmbedConfig | null {
  const current = doc.currentScript as HTMLScriptElement | null;
  const script = current?.tagName === 'SCRIPT' && current.src ? current : doc.querySelector<HTMLScriptElement>('script[data-site][src]');
  if (!script) return null;
  const src = new URL(script.src, doc.baseURI);
  return {
    site: script.dataset.site || null,
    scriptSrc: src.href,
    origin: src.origin,
    locale: pickLocale([script.dataset.locale, doc.documentElement.lang, ...languages]),
  };
}
