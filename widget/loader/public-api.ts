import type { Author } from '../../protocol';

/**
 * What a casino page can do with `window.Pitboss(command, ...args)`. The
 * snippet stub queues calls made before widget.js arrives; the loader replays
 * them in order. docs/EMBED.md documents each with an example.
 */
export interface PitbossCommands {
  /** Start the widget. Automatic when the script tag carries data-site; call it again after `shutdown`. */
  boot(options?: BootOptions): void;
  /** A verified player (see DESIGN.md "Identity"); the casino backend signs it. */
  identify(identity: PlayerIdentity): void;
  open(): void;
  close(): void;
  toggle(): void;
  setLocale(locale: string): void;
  on<E extends PitbossEventName>(event: E, listener: PitbossListener<E>): void;
  off<E extends PitbossEventName>(event: E, listener: PitbossListener<E>): void;
  /** Remove every element, listener, timer and socket the widget made. */
  shutdown(): void;
}
export type PitbossCommand = keyof PitbossCommands;

export interface BootOptions {
  site?: string;
  locale?: string;
}

export interface PlayerIdentity {
  playerId: string;
  /** epoch ms when the casino backend signed it */
  issuedAt: number;
  /** hex HMAC-SHA256 over `${playerId}.${issuedAt}` with the site secret */
  signature: string;
  /** Shown to the agent as the player's name (a hint, not a signed fact). */
  name?: string;
  email?: string;
}

export interface PitbossEvents {
  /** The chat panel finished loading. */
  ready: undefined;
  open: undefined;
  close: undefined;
  /** How many messages from the casino's side wait unread; 0 once the player has seen them. */
  unread: { count: number };
  /** A message from an agent, the bot or the system arrived while the page was open. */
  message: { author: Author; authorName: string | null; text: string; at: number };
  /** The agent resolved the conversation while the page was open. */
  resolved: { conversationId: string };
}
export type PitbossEventName = keyof PitbossEvents;
export type PitbossListener<E extends PitbossEventName> = (payload: PitbossEvents[E]) => void;

/** The type of `window.Pitboss` for pages written in TypeScript (the demo casino). */
export type PitbossFunction = <C extends PitbossCommand>(command: C, ...args: Parameters<PitbossCommands[C]>) => void;
