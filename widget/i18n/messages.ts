import type { ConversationStatus, Topic } from '../../protocol';

/**
 * Every string the chat panel shows. One file per locale implements it
 * (en.ts is the reference and the fallback for anything a locale lacks).
 * Counts go through functions so each language can use its own plural rules.
 */
export interface Messages {
  /** BCP 47 tag of this catalog, for the panel's `lang` and Intl formatting. */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  subtitle: string;
  minimize: string;
  transcript: string;
  you: string;
  agent: string;
  bot: string;
  system: string;
  composer: string;
  placeholder: string;
  send: string;
  sending: string;
  sent: string;
  /** The agent has read it. */
  seen: string;
  failed: string;
  connecting: string;
  reconnecting: string;
  unavailable: string;
  empty: string;
  /** Above the pre-chat topic chips; says that picking one is optional. */
  topicPrompt: string;
  topics: Record<Topic, string>;
  /** Read to screen readers after a link: links open in a new tab. */
  newTab: string;
  /** "Alice is typing…"; name is null when the other side has none to show. */
  typing(name: string | null): string;
  /** "2 unread messages": announced while the panel is closed. */
  unread(count: number): string;
  /** The launcher's name while messages wait: "Open chat, 2 unread messages". */
  openWithUnread(count: number): string;
  /** One status line per conversation change the player should know about. */
  status(status: ConversationStatus, agentName: string | null): string | null;
}
