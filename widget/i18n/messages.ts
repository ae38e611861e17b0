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
  /** Above the FAQ articles the bot suggests. */
  botIntro: string;
  /** The bot's two buttons: the articles answered it (ends the chat), or a human is wanted (queues it). */
  botSolved: string;
  botHuman: string;
  /** The friendly closing line after "This solved it", in place of the resolved status. */
  botClosing: string;
  articleLoading: string;
  articleFailed: string;
  /** Nobody can answer soon: the email fallback's prompt. */
  emailOffer: string;
  /** The email field's name (also in the transcript form). */
  emailLabel: string;
  emailSave: string;
  /** The relay stored the address: the answer is mailed there. */
  emailSaved(email: string): string;
  /** An address given before the first message: it is attached once the question is sent. */
  emailHeld(email: string): string;
  /** The satisfaction rating (1–5) at the end of a chat. */
  rateTitle: string;
  /** A rating's name for screen readers: "4 of 5". */
  rateStar(rating: number): string;
  rateComment: string;
  rateSend: string;
  rateThanks: string;
  transcriptSend: string;
  transcriptSent(email: string): string;
  /** The relay refused a request (rating, email, transcript, bot choice) or the connection dropped before it answered. */
  requestFailed: string;
  /** The composer's paperclip button. */
  attach: string;
  uploading: string;
  attachTooLarge: string;
  attachWrongType: string;
}
