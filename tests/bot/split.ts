import type { LabelledQuestion } from './questions';

export type EvalPart = 'tune' | 'report';

/**
 * Which part a question belongs to: FNV-1a over locale and text, 40% tune and
 * 60% report. Fixed before any tuning, so editing one question moves only that
 * question, and nobody picks which ones are held out.
 */
export function partOf(question: Pick<LabelledQuestion, 'locale' | 'text'>): EvalPart {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(`${question.locale}|${question.text}`)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100 < 40 ? 'tune' : 'report';
}
