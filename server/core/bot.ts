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
