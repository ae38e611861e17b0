import type { Topic } from '../../../protocol';

/** The demo casino's FAQ: which articles exist and what each is about. Texts live in one file per locale. */
export const DEMO_ARTICLES = [
  { id: 'password-reset', topic: 'account-access' },
  { id: 'account-locked', topic: 'account-access' },
  { id: 'deposit-methods', topic: 'deposit' },
  { id: 'deposit-missing', topic: 'deposit' },
  { id: 'withdrawal-times', topic: 'withdrawal' },
  { id: 'withdrawal-pending', topic: 'withdrawal' },
  { id: 'bonus-terms', topic: 'bonus' },
  { id: 'wagering-requirements', topic: 'bonus' },
  { id: 'free-spins', topic: 'bonus' },
  { id: 'kyc-documents', topic: 'kyc' },
  { id: 'kyc-status', topic: 'kyc' },
  // Informational only: a player who asks about limits or exclusion still goes to a person (DESIGN.md).
  { id: 'deposit-limits', topic: 'responsible-gambling' },
  { id: 'self-exclusion', topic: 'responsible-gambling' },
  { id: 'game-malfunction', topic: 'game-issue' },
  { id: 'complaints-procedure', topic: 'complaint' },
] as const satisfies readonly { id: string; topic: Topic }[];

export type DemoArticleId = (typeof DEMO_ARTICLES)[number]['id'];

/** One locale's text of every demo article. */
export type DemoTexts = Record<DemoArticleId, { title: string; body: string }>;
