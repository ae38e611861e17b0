import type { ConversationStatus } from '../../protocol';

/** Every string the chat panel shows. One file per locale implements it (en.ts is the reference). */
export interface Messages {
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
  failed: string;
  connecting: string;
  reconnecting: string;
  unavailable: string;
  empty: string;
  /** One status line per conversation change the player should know about. */
  status(status: ConversationStatus, agentName: string | null): string | null;
}
