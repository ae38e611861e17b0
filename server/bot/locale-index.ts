import MiniSearch, { type SearchResult } from 'minisearch';
import type { Topic } from '../../protocol';
import type { Concept } from './lexicon/concepts';
import { CONCEPT_MARK, TextAnalyzer, type Analysis } from './text/analyzer';
import type { BotLanguage } from './text/language';

/** One article's text as one locale's index holds it (the locale's own text, or the fallback when it has none). */
export interface IndexedText {
  id: string;
  topic: Topic;
  title: string;
  body: string;
  /** The language the text is written in, which may differ from the index's locale for a fallback text. */
  language: BotLanguage;
}

export interface RankedHit {
  id: string;
  topic: Topic;
  title: string;
  score: number;
  /** Query terms that matched this article (words and §concepts). */
  matchedTerms: string[];
}

/** Concept terms weigh more than single words: they carry a meaning across wordings and languages. */
const CONCEPT_BOOST = 1.5;
const LETTERS = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}]+$/u;

/**
 * minisearch over one locale's articles. Texts are analysed before they reach
 * minisearch (normalised, stemmed, segmented, concepts marked), so its own
 * tokenizer only splits on the spaces we put in. Typo tolerance and prefixes
 * apply to words in alphabetic scripts, never to concepts or to the character
 * pairs of Chinese and Korean.
 */
export class LocaleIndex {
  private readonly search: MiniSearch<{ id: string; title: string; body: string }>;
  private readonly articles = new Map<string, { topic: Topic; title: string; concepts: Set<Concept> }>();

  constructor(texts: readonly IndexedText[]) {
    this.search = new MiniSearch({
      fields: ['title', 'body'],
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
    });
    const documents = texts.map((t) => {
      const analyzer = TextAnalyzer.for(t.language);
      const title = analyzer.terms(t.title);
      const body = analyzer.terms(t.body);
      this.articles.set(t.id, { topic: t.topic, title: t.title, concepts: new Set([...title.concepts, ...body.concepts]) });
      return { id: t.id, title: title.terms.join(' '), body: body.terms.join(' ') };
    });
    this.search.addAll(documents);
  }

  get size(): number {
    return this.articles.size;
  }

  conceptsOf(id: string): ReadonlySet<Concept> {
    return this.articles.get(id)?.concepts ?? new Set();
  }

  rank(query: Analysis): RankedHit[] {
    if (query.terms.length === 0) return [];
    // Each word term once (a Chinese word is also one of the text's character pairs); a concept named by two
    // words does count twice.
    const words = [...new Set(query.terms.filter((t) => !t.startsWith(CONCEPT_MARK)))];
    const terms = [...words, ...query.terms.filter((t) => t.startsWith(CONCEPT_MARK))];
    const results: SearchResult[] = this.search.search(terms.join(' '), {
      boost: { title: 2 },
      boostTerm: (term) => (term.startsWith(CONCEPT_MARK) ? CONCEPT_BOOST : 1),
      prefix: (term) => isWord(term) && [...term].length >= 4,
      fuzzy: (term) => (isWord(term) && [...term].length >= 5 ? 1 : false),
      weights: { fuzzy: 0.4, prefix: 0.5 },
    });
    const concepts = new Set(query.concepts);
    return results
      .map((r) => {
        const article = this.articles.get(String(r.id))!;
        // An article that speaks to every subject of the question beats one with more repeated words but a
        // subject missing (kyc-status over kyc-documents for "sent my passport, when will you check it?").
        const covered = concepts.size === 0 ? 1 : [...concepts].filter((c) => article.concepts.has(c)).length / concepts.size;
        return { id: String(r.id), topic: article.topic, title: article.title, score: r.score * covered * covered, matchedTerms: r.queryTerms };
      })
      .sort((a, b) => b.score - a.score);
  }
}

function isWord(term: string): boolean {
  return !term.startsWith(CONCEPT_MARK) && LETTERS.test(term);
}
