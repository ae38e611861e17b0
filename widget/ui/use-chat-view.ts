import { useEffect, useState } from 'preact/hooks';
import type { ChatView, PlayerClient } from '../client/player-client';

/** The client's current view, re-rendering on every change. */
export function useChatView(client: PlayerClient): ChatView {
  const [view, setView] = useState(client.view);
  useEffect(() => {
    const unsubscribe = client.subscribe(setView);
    setView(client.view); // a change between the first render and subscribing
    return unsubscribe;
  }, [client]);
  return view;
}
