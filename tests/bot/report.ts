import { isConfident, type ConfidenceRule } from '../../server/bot/confidence';
import type { FaqBot } from '../../server/bot/faq-bot';
import { evaluate, openDemoBot, tallyByLocale, type Outcome, type Tally } from './evaluate';
import { FRESH_QUESTIONS } from './fresh-questions';
import { QUESTIONS } from './questions';
import type { EvalPart } from './split';

/**
 * `npm run eval:bot`: the labelled questions through the demo FAQ, per locale
 * and overall, for the held-out report part and the tune part separately.
 * `--misses tune` lists the tune part's misses and `--sweep` tries the
 * confidence rule's thresholds on the tune part; neither looks at the report
 * part, which is not for tuning.
 */
const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function table(title: string, outcomes: Outcome[]): string {
  const rows = tallyByLocale(outcomes);
  const head = `${'locale'.padEnd(7)} ${'answerable'.padStart(10)} ${'conf. right'.padStart(17)} ${'conf. wrong'.padStart(15)} ${'not confident'.padStart(17)}   ${'unanswerable (conf.)'.padStart(20)}   ${'intent ok'.padStart(9)}`;
  const line = (l: string, t: Tally) =>
    `${l.padEnd(7)} ${String(t.answerable).padStart(10)} ${`${t.right} ${pct(t.right, t.answerable)}`.padStart(17)} ${`${t.wrong} ${pct(t.wrong, t.answerable)}`.padStart(15)} ${`${t.notConfident} ${pct(t.notConfident, t.answerable)}`.padStart(17)}   ${`${t.unanswerable} (${t.unanswerableConfident})`.padStart(20)}   ${`${t.intentOk}/${t.total}`.padStart(9)}`;
  return [title, head, ...rows.map(([l, t]) => line(l, t))].join('\n');
}

async function main(): Promise<void> {
  const { bot, close } = await openDemoBot();
  const outcomes = evaluate(bot, QUESTIONS);
  const part = (p: EvalPart) => outcomes.filter((o) => o.part === p);
  const report = part('report');
  // The fresh batch was held out for one run and has been tuning material since (tests/bot/fresh-questions.ts).
  const tune = [...part('tune'), ...evaluate(bot, FRESH_QUESTIONS).map((o) => ({ ...o, part: 'tune' as const }))];
  process.stdout.write(
    [
      `FAQ bot evaluation: ${QUESTIONS.length + FRESH_QUESTIONS.length} labelled questions; ${report.length} in the held-out report part, ${tune.length} in the tune part (${FRESH_QUESTIONS.length} of them the fresh batch).`,
      '',
      table('REPORT part (held out)', report),
      '',
      table('TUNE part', tune),
      '',
    ].join('\n') + '\n',
  );
  process.stdout.write(`${await timings(bot)}\n`);
  const missesOf = process.argv.indexOf('--misses');
  if (missesOf > 0 && process.argv[missesOf + 1] === 'tune') {
    for (const o of tune) {
      const e = o.evidence;
      const ok = o.question.kind === 'answerable' ? o.verdict === 'right' : !o.answer.confident && o.intentOk;
      if (ok) continue;
      process.stdout.write(
        `${o.verdict.padEnd(13)} ${o.question.locale.padEnd(5)} ${o.question.kind.padEnd(10)} want=${o.question.expect ?? '-'} got=${o.answer.results.map((r) => `${r.id}:${r.score}`).join(',') || '-'} intent=${o.answer.intent} topic=${o.answer.inferredTopic} | margin=${e.margin.toFixed(2)} dom=${e.domainConceptsMatched}/${e.domainConcepts} conc=${e.conceptsMatched}/${e.concepts} words=${e.wordsMatched}/${e.words} | ${o.question.text}\n`,
      );
    }
  }
  if (process.argv.includes('--sweep')) sweep(tune);
  await close();
}

/** Mean time of one answer over the whole set (after a warm-up), and the median time to reindex the demo site. */
async function timings(bot: FaqBot): Promise<string> {
  const all = [...QUESTIONS, ...FRESH_QUESTIONS];
  for (const q of all) bot.answer('demo', q.locale, q.text);
  let start = performance.now();
  for (let i = 0; i < 5; i++) for (const q of all) bot.answer('demo', q.locale, q.text);
  const answerMs = (performance.now() - start) / (5 * all.length);
  const reloads: number[] = [];
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    await bot.reload('demo');
    reloads.push(performance.now() - start);
  }
  reloads.sort((a, b) => a - b);
  return `Time: ${answerMs.toFixed(2)} ms per answer (mean over ${all.length} questions); ${reloads[2]!.toFixed(0)} ms to reindex the demo site (15 articles x 10 locales, median of 5).`;
}

/** Grid over the rule's thresholds on the tune part: a confident mistake costs ten right answers. */
function sweep(tune: Outcome[]): void {
  const scored: { rule: ConfidenceRule; right: number; wrong: number; score: number }[] = [];
  for (const maxMargin of [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9])
    for (const minConceptShare of [0.5, 0.6, 0.67, 0.75, 1])
      for (const minEvidence of [1, 2, 3]) {
        const rule = { maxMargin, minConceptShare, minEvidence };
        let right = 0;
        let wrong = 0;
        for (const o of tune) {
          if (!isConfident(o.evidence, rule)) continue;
          if (o.question.expect !== null && o.answer.results[0]?.id === o.question.expect) right++;
          else wrong++;
        }
        scored.push({ rule, right, wrong, score: right - 10 * wrong });
      }
  scored.sort((a, b) => b.score - a.score);
  for (const s of scored.slice(0, 15)) process.stdout.write(`${JSON.stringify(s.rule)} right=${s.right} wrong=${s.wrong}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
