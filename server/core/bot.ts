import type { Topic } from '../../protocol';

/**
 * The FAQ bot as the relay sees it (server/bot implements it). The relay asks
 * it once, on the message that opens a conversation.
 */
export type BotIntent = 'question' | 'greeting' | 'human' | 'responsible-gambling' | 'off-topic';

export interface BotAnswer {
  results: { id: string; topic: Topic; title: string; score: number }[];
  confident: boolean;
  inferredTopic: Topic | null;
  intent: BotIntent;
}

export interface Bot {
  answer(siteId: string, locale: string, text: string): BotAnswer;
}

/** Shown to a player whose words signal gambling harm, while a person is found for them. */
export const RESPONSIBLE_GAMBLING_HELP =
  "You're not alone, and you did the right thing by asking. A specialist from our team is joining you now. " +
  'You can set deposit limits, take a break or self-exclude at any time in your account settings. ' +
  'Free, confidential help is available 24/7: BeGambleAware.org and GamCare (UK, 0808 8020 133), ' +
  'Joueurs Info Service (FR, 09 74 75 13 13), Gamblers Anonymous worldwide.';
