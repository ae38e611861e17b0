import type { ComponentChildren } from 'preact';

/** Candidates only: each is checked with the URL parser before it becomes a link. */
const URL_LIKE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the URL: "see https://x.example/faq." */
const TRAILING = /[.,;:!?)\]}»”’]+$/;

/**
 * Text with its http and https URLs as links, everything else as text nodes.
 * Nothing is ever parsed as HTML; `javascript:`, `data:` and other schemes
 * never match, and what the URL parser rejects stays text.
 */
export function linkify(text: string, newTab: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_LIKE)) {
    const raw = match[0].replace(TRAILING, '');
    const href = safeHref(raw);
    if (!href) continue;
    const start = match.index;
    if (start > last) out.push(text.slice(last, start));
    out.push(
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {raw}
        <span class="vh"> ({newTab})</span>
      </a>,
    );
    last = start + raw.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
