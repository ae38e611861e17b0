import { useEffect, useState } from 'preact/hooks';

/** The panel's one route: `#/c/{conversationId}` puts that conversation on screen. */
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

export function useRoutedConversationId(): string | null {
  const [id, setId] = useState(() => conversationIdFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setId(conversationIdFromHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}
