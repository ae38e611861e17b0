import type { Topic } from '../../../protocol';

/**
 * What a player's words are about, across languages: "cashout", "retrait",
 * "saque", "вывод", "提现" and "출금" are all `withdrawal`. Each language's
 * lexicon maps its words (and slang, and common misspellings) to these; the
 * index holds them as extra terms, so a question in one wording finds an
 * article written in another, and a mixed-language message ("mi withdrawal
 * sigue pending") still meets the Spanish article.
 *
 * The topic is what a concept says about routing; `domain` concepts show the
 * message is about the casino at all (a question without any is off-topic).
 */
export const CONCEPTS = {
  password: { topic: 'account-access', domain: true },
  reset: { topic: 'account-access', domain: true },
  login: { topic: 'account-access', domain: true },
  locked: { topic: 'account-access', domain: true },
  deposit: { topic: 'deposit', domain: true },
  method: { topic: 'deposit', domain: true },
  missing: { topic: null, domain: false },
  withdrawal: { topic: 'withdrawal', domain: true },
  pending: { topic: null, domain: false },
  duration: { topic: null, domain: false },
  bonus: { topic: 'bonus', domain: true },
  wagering: { topic: 'bonus', domain: true },
  freespins: { topic: 'bonus', domain: true },
  kyc: { topic: 'kyc', domain: true },
  document: { topic: 'kyc', domain: true },
  status: { topic: null, domain: false },
  limit: { topic: null, domain: true },
  exclusion: { topic: 'responsible-gambling', domain: true },
  game: { topic: 'game-issue', domain: true },
  fault: { topic: 'game-issue', domain: true },
  complaint: { topic: 'complaint', domain: true },
  vip: { topic: 'vip', domain: true },
  cancel: { topic: null, domain: false },
  amount: { topic: null, domain: false },
  balance: { topic: null, domain: true },
  email: { topic: null, domain: false },
} as const satisfies Record<string, { topic: Topic | null; domain: boolean }>;

export type Concept = keyof typeof CONCEPTS;

/**
 * One language's words. Entries are written as a player would type them and
 * normalised like any text. In languages written with spaces an entry is one
 * or more words, each matching a whole word, its stem, or (with a trailing *)
 * any word it begins, or (with * on both sides) any word containing it, for
 * German compounds. In Chinese and Korean an entry matches anywhere in the
 * text.
 */
export interface Lexicon {
  concepts: Partial<Record<Concept, readonly string[]>>;
  /** Greetings, thanks and "anyone there?": a message of only these is small talk. */
  greetings: readonly string[];
  /** Asking for a person rather than an answer. */
  human: readonly string[];
  /** Words that say nothing about which article helps. */
  stopWords: readonly string[];
}
