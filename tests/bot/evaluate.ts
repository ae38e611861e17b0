import type { Evidence } from '../../server/bot/confidence';
import { seedDemoFaq } from '../../server/bot/demo-faq/seed';
import { FaqBot, type FaqAnswer } from '../../server/bot/faq-bot';
import type { BotIntent } from '../../server/bot/intent';
import { openSqliteStore } from '../../server/store/sqlite';
import type { LabelledQuestion, QuestionKind } from './questions';
import { partOf, type EvalPart } from './split';

export type Verdict = 'right' | 'wrong' | 'not-confident';

export interface Outcome {
  question: LabelledQuestion;
  part: EvalPart;
  answer: FaqAnswer;
  evidence: Evidence;
  /** Answerable: confidently right, confidently wrong, or not confident. Unanswerable: "wrong" when answered confidently at all. */
  verdict: Verdict;
  intentOk: boolean;
}

/** The demo FAQ as the server has it: seeded into a real (in-memory) SQLite store and loaded from there. */
export async function openDemoBot(): Promise<{ bot: FaqBot; close(): Promise<void> }> {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  await seedDemoFaq(store, 0);
  const bot = await FaqBot.load(store);
  return { bot, close: () => store.close() };
}

const EXPECTED_INTENT: Record<QuestionKind, BotIntent[]> = {
  answerable: ['question'],
  greeting: ['greeting'],
  human: ['human'],
  'off-topic': ['off-topic'],
  uncovered: ['question', 'off-topic'],
  rg: ['responsible-gambling'],
};

export function evaluate(bot: FaqBot, questions: readonly LabelledQuestion[]): Outcome[] {
  return questions.map((question) => {
    const { answer, evidence } = bot.explain('demo', question.locale, question.text);
    const top = answer.results[0]?.id ?? null;
    const verdict: Verdict = !answer.confident ? 'not-confident' : question.expect !== null && top === question.expect ? 'right' : 'wrong';
    return { question, part: partOf(question), answer, evidence, verdict, intentOk: EXPECTED_INTENT[question.kind].includes(answer.intent) };
  });
}

export interface Tally {
  answerable: number;
  right: number;
  wrong: number;
  notConfident: number;
  unanswerable: number;
  /** Unanswerable questions (greeting, human, off-topic, uncovered, rg) answered confidently: must stay 0. */
  unanswerableConfident: number;
  /** Questions whose intent came out as labelled. */
  intentOk: number;
  total: number;
}

export function tally(outcomes: readonly Outcome[]): Tally {
  const t: Tally = { answerable: 0, right: 0, wrong: 0, notConfident: 0, unanswerable: 0, unanswerableConfident: 0, intentOk: 0, total: 0 };
  for (const o of outcomes) {
    t.total++;
    if (o.intentOk) t.intentOk++;
    if (o.question.kind === 'answerable') {
      t.answerable++;
      if (o.verdict === 'right') t.right++;
      else if (o.verdict === 'wrong') t.wrong++;
      else t.notConfident++;
    } else {
      t.unanswerable++;
      if (o.answer.confident) t.unanswerableConfident++;
    }
  }
  return t;
}

/** Per locale (in the order questions appear) and overall. */
export function tallyByLocale(outcomes: readonly Outcome[]): [string, Tally][] {
  const locales = [...new Set(outcomes.map((o) => o.question.locale))];
  return [...locales.map((l) => [l, tally(outcomes.filter((o) => o.question.locale === l))] as [string, Tally]), ['all', tally(outcomes)]];
}
