import { useEffect, useState } from 'preact/hooks';

/**
 * The panel's routes, in the URL hash: `#/c/{conversationId}` puts that
 * conversation on the desk; `#/dashboard`, `#/staffing` and `#/admin/{section}`
 * are the supervisors' and admins' views.
 */
export function conversationHref(conversationId: string): string {
  return `#/c/${encodeURIComponent(conversationId)}`;
}

export function conversationIdFromHash(hash: string): string | null {
  const match = /^#\/c\/([^/]+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export const ADMIN_SECTIONS = ['agents', 'canned', 'webhooks', 'faq', 'site', 'audit', 'players'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export type PanelView =
  | { kind: 'desk' }
  | { kind: 'dashboard' }
  | { kind: 'staffing' }
  | { kind: 'admin'; section: AdminSection }
  /** `#/transcripts`, and `#/transcripts/{conversationId}` with one open. */
  | { kind: 'transcripts'; id: string | null };

export function viewFromHash(hash: string): PanelView {
  if (hash === '#/dashboard') return { kind: 'dashboard' };
  if (hash === '#/staffing') return { kind: 'staffing' };
  const transcripts = /^#\/transcripts(?:\/([^/]+))?$/.exec(hash);
  if (transcripts) return { kind: 'transcripts', id: transcripts[1] ? safeDecode(transcripts[1]) : null };
  const admin = /^#\/admin(?:\/([a-z-]+))?$/.exec(hash);
  if (admin) {
    const section = ADMIN_SECTIONS.find((s) => s === admin[1]) ?? 'agents';
    return { kind: 'admin', section };
  }
  return { kind: 'desk' };
}

export function viewHref(view: PanelView): string {
  if (view.kind === 'transcripts') return view.id ? `#/transcripts/${encodeURIComponent(view.id)}` : '#/transcripts';
  return view.kind === 'desk' ? '#/' : view.kind === 'admin' ? `#/admin/${view.section}` : `#/${view.kind}`;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function useHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function useRoutedConversationId(): string | null {
  return conversationIdFromHash(useHash());
}

export function useRoutedView(): PanelView {
  return viewFromHash(useHash());
}
