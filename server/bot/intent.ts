import { signalsResponsibleGambling } from '../core/responsible-gambling';
import { CONCEPTS } from './lexicon/concepts';
import type { Analysis } from './text/analyzer';
import { normalizeText } from './text/normalize';
import type { BotLanguage } from './text/language';

export type BotIntent = 'question' | 'greeting' | 'human' | 'responsible-gambling' | 'off-topic';

/**
 * What the player wants, before any search. In order: a message that signals
 * gambling harm or asks for limits or exclusion goes to a person whatever else
 * it says; then an explicit ask for a person; then small talk; then a message
 * with no casino word at all. Only a `question` may ever be answered.
 */
export function intentOf(language: BotLanguage, text: string, analysis: Analysis): BotIntent {
  const concepts = new Set(analysis.concepts);
  // Also the normalised text: the patterns are written with accents and hamza, players often type neither.
  const harm = signalsResponsibleGambling(text) || signalsResponsibleGambling(normalizeText(language, text));
  if (harm || concepts.has('exclusion') || (concepts.has('limit') && concepts.has('deposit'))) {
    return 'responsible-gambling';
  }
  if (analysis.asksForHuman) return 'human';
  if (analysis.greetingOnly) return 'greeting';
  if (!analysis.concepts.some((c) => CONCEPTS[c].domain)) return 'off-topic';
  return 'question';
}
