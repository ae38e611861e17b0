import { CONCEPTS, type Concept } from './lexicon/concepts';
import type { BotIntent } from './intent';
import type { RankedHit } from './locale-index';
import type { Analysis } from './text/analyzer';

/** What the confidence rule looks at, for one message against one locale's index. */
export interface Evidence {
  intent: BotIntent;
  top: RankedHit | null;
  /** Second-best score over the best: near 1 means two articles fit about as well. */
  margin: number;
  /** The message's topical concepts (those that name a subject, like withdrawal or bonus), and how many the best article has. */
  domainConcepts: number;
  domainConceptsMatched: number;
  /** All the message's concepts (also pending, duration, missing...), and how many the best article has. */
  concepts: number;
  conceptsMatched: number;
  /** The message's distinct content words, and how many matched the best article (exactly, by prefix or with a typo). */
  words: number;
  wordsMatched: number;
}

export function evidenceFor(intent: BotIntent, analysis: Analysis, hits: readonly RankedHit[], conceptsOf: (id: string) => ReadonlySet<Concept>): Evidence {
  const top = hits[0] ?? null;
  const second = hits[1] ?? null;
  const articleConcepts = top ? conceptsOf(top.id) : new Set<Concept>();
  const domain = analysis.concepts.filter((c) => CONCEPTS[c].domain);
  const matched = new Set(top?.matchedTerms ?? []);
  return {
    intent,
    top,
    margin: top && second ? second.score / top.score : 0,
    domainConcepts: domain.length,
    domainConceptsMatched: domain.filter((c) => articleConcepts.has(c)).length,
    concepts: analysis.concepts.length,
    conceptsMatched: analysis.concepts.filter((c) => articleConcepts.has(c)).length,
    words: analysis.words.length,
    wordsMatched: analysis.words.filter((terms) => terms.some((t) => matched.has(t))).length,
  };
}

/**
 * Thresholds of the confidence rule. Chosen on the tune part of the labelled
 * questions (tests/bot) and reported on the held-out part: see
 * docs/BENCHMARKS.md, "FAQ bot".
 */
export interface ConfidenceRule {
  /** The second-best article must score at most this share of the best. */
  maxMargin: number;
  /** Share of all the message's concepts the best article must have. */
  minConceptShare: number;
  /**
   * Matched words plus matched concepts the best article must have: one lone
   * concept ("RTP of Book of Dead" is about a game, and so is the malfunction
   * article) is not enough.
   */
  minEvidence: number;
}

export const CONFIDENCE_RULE: ConfidenceRule = { maxMargin: 0.75, minConceptShare: 0.5, minEvidence: 2 };

/**
 * Confident only for a question whose every subject the best article covers
 * (a question about bonus wagering is not answered by a bonus article that
 * never mentions wagering), clearly ahead of the next article, and never for
 * a responsible-gambling article: those questions need a person.
 */
export function isConfident(e: Evidence, rule: ConfidenceRule = CONFIDENCE_RULE): boolean {
  if (e.intent !== 'question' || !e.top || e.top.topic === 'responsible-gambling') return false;
  if (e.domainConcepts === 0 || e.domainConceptsMatched < e.domainConcepts) return false;
  if (e.concepts > 0 && e.conceptsMatched / e.concepts < rule.minConceptShare) return false;
  if (e.wordsMatched + e.conceptsMatched < rule.minEvidence) return false;
  return e.margin <= rule.maxMargin;
}
