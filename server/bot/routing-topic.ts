import { TOPICS, type Topic } from '../../protocol';
import { CONCEPTS } from './lexicon/concepts';
import type { BotIntent } from './intent';
import type { RankedHit } from './locale-index';
import type { Analysis } from './text/analyzer';

/**
 * The topic to route by when the bot does not answer alone: what the
 * player's words are about (each concept votes for its topic), with the best
 * article breaking ties; the best article alone only when the words name no
 * topic. Small talk and off-topic messages have none.
 */
export function routingTopic(intent: BotIntent, analysis: Analysis, hits: readonly RankedHit[]): Topic | null {
  if (intent === 'responsible-gambling') return 'responsible-gambling';
  if (intent === 'greeting' || intent === 'off-topic') return null;
  const votes = new Map<Topic, number>();
  for (const concept of analysis.concepts) {
    const topic = CONCEPTS[concept].topic;
    if (topic) votes.set(topic, (votes.get(topic) ?? 0) + 1);
  }
  const top = hits[0]?.topic ?? null;
  if (votes.size === 0) return top;
  const best = Math.max(...votes.values());
  const tied = TOPICS.filter((t) => votes.get(t) === best);
  return top && tied.includes(top) ? top : (tied[0] ?? null);
}
