import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, openDemoBot, tally, type Outcome } from '../../bot/evaluate';
import { QUESTIONS } from '../../bot/questions';

/**
 * The targets on the held-out report part of the labelled questions
 * (tests/bot; `npm run eval:bot` prints the figures): a change to the text
 * handling, the lexicons, the articles or the confidence rule that breaks
 * them fails here.
 */
let outcomes: Outcome[];
let close: () => Promise<void>;
beforeAll(async () => {
  const demo = await openDemoBot();
  close = demo.close;
  outcomes = evaluate(demo.bot, QUESTIONS).filter((o) => o.part === 'report');
});
afterAll(async () => {
  await close();
});

describe('FAQ bot on the held-out questions', () => {
  it('has a report part of real size across all ten locales', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(90);
    expect(new Set(outcomes.map((o) => o.question.locale)).size).toBe(10);
  });

  it('answers at least 60% of answerable questions confidently and rightly, at most 2% confidently wrongly', () => {
    const t = tally(outcomes);
    expect(t.right / t.answerable).toBeGreaterThanOrEqual(0.6);
    expect(t.wrong / t.answerable).toBeLessThanOrEqual(0.02);
  });

  it('answers no greeting, person request, off-topic, uncovered or responsible-gambling message confidently', () => {
    const confident = outcomes.filter((o) => o.question.kind !== 'answerable' && o.answer.confident);
    expect(confident.map((o) => `${o.question.locale}: ${o.question.text}`)).toEqual([]);
  });

  it('recognises every responsible-gambling message as such', () => {
    const missed = outcomes.filter((o) => o.question.kind === 'rg' && o.answer.intent !== 'responsible-gambling');
    expect(missed.map((o) => `${o.question.locale}: ${o.question.text}`)).toEqual([]);
  });
});
