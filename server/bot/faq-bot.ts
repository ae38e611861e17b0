import type { Topic } from '../../protocol';
import type { FaqArticleRecord, FaqTranslationRecord } from '../store/faq-article-store';
import type { Store } from '../store/store';
import { evidenceFor, isConfident, type Evidence } from './confidence';
import { intentOf, type BotIntent } from './intent';
import type { Concept } from './lexicon/concepts';
import { LocaleIndex } from './locale-index';
import { routingTopic } from './routing-topic';
import { TextAnalyzer } from './text/analyzer';
import { languageOf } from './text/language';

export type { BotIntent } from './intent';

export interface FaqHit {
  id: string;
  topic: Topic;
  title: string;
  /** Search relevance (BM25 over words and concepts); compare it within one answer only. */
  score: number;
}

export interface FaqAnswer {
  /** Up to three articles, best first; may be non-empty when not confident (for the agent, not the player). */
  results: FaqHit[];
  /** The bot may answer alone: the best article answers this question. */
  confident: boolean;
  /** What to route by when a person takes it; null when the message names no subject. */
  inferredTopic: Topic | null;
  intent: BotIntent;
}

export interface FaqArticleView {
  id: string;
  topic: Topic;
  /** The locale of this text, which is English (or another) when the asked locale has none. */
  locale: string;
  title: string;
  body: string;
}

/** What the bot reads of a message; the relay's and the endpoint's limits are above it. */
const MAX_TEXT = 500;
const MAX_RESULTS = 3;
const FALLBACK_LOCALE = 'en';

interface SiteFaq {
  articles: Map<string, FaqArticleRecord>;
  indexes: Map<string, LocaleIndex>;
  /** What the indexes were built from, to tell whether the store has changed since. */
  fingerprint: string;
}

/**
 * The FAQ bot: per site, one search index per locale over the stored
 * articles. Pure after loading (no clock, no sockets): the relay asks it about
 * the first message of a conversation, the public endpoint about a search box.
 */
export class FaqBot {
  private constructor(
    private readonly store: Store,
    private readonly sites: Map<string, SiteFaq>,
  ) {}

  static async load(store: Store): Promise<FaqBot> {
    const bySite = groupBySite(await store.faq.list());
    return new FaqBot(store, new Map([...bySite].map(([siteId, articles]) => [siteId, buildSite(articles)])));
  }

  /** Rebuild one site's indexes from the store, after an admin edit. */
  async reload(siteId: string): Promise<void> {
    const articles = await this.store.faq.list(siteId);
    if (articles.length === 0) this.sites.delete(siteId);
    else this.sites.set(siteId, buildSite(articles));
  }

  /**
   * Rebuild the sites whose articles changed in the store since they were
   * indexed: another node's admin edit. Returns their ids; cheap (one read)
   * when nothing changed.
   */
  async refresh(): Promise<string[]> {
    const bySite = groupBySite(await this.store.faq.list());
    const changed: string[] = [];
    for (const siteId of new Set([...this.sites.keys(), ...bySite.keys()])) {
      const articles = bySite.get(siteId) ?? [];
      if ((this.sites.get(siteId)?.fingerprint ?? '') === fingerprintOf(articles)) continue;
      changed.push(siteId);
      if (articles.length === 0) this.sites.delete(siteId);
      else this.sites.set(siteId, buildSite(articles));
    }
    return changed;
  }

  answer(siteId: string, locale: string, text: string): FaqAnswer {
    return this.explain(siteId, locale, text).answer;
  }

  /** The answer with the evidence the confidence rule saw: for the evaluation in tests/bot. */
  explain(siteId: string, locale: string, text: string): { answer: FaqAnswer; evidence: Evidence } {
    const clipped = text.slice(0, MAX_TEXT);
    const language = languageOf(locale);
    const analysis = TextAnalyzer.for(language).analyze(clipped);
    let intent = intentOf(language, clipped, analysis);
    const site = this.sites.get(siteId);
    const index = site ? pickLocale(site.indexes, locale) : undefined;
    const conceptsOf = (id: string) => index?.conceptsOf(id) ?? new Set<Concept>();
    // Small talk gets no suggestions: a greeting matching a stray word is noise.
    let hits = index && intent !== 'greeting' ? index.rank(analysis) : [];
    if (intent === 'off-topic') {
      // No casino word we know, but an article an admin wrote about something new may still fit it word for word.
      if (fitsWordForWord(evidenceFor(intent, analysis, hits, conceptsOf))) intent = 'question';
      else hits = [];
    }
    const evidence = evidenceFor(intent, analysis, hits, conceptsOf);
    return {
      evidence,
      answer: {
        results: hits.slice(0, MAX_RESULTS).map((h) => ({ id: h.id, topic: h.topic, title: h.title, score: Math.round(h.score * 1000) / 1000 })),
        confident: isConfident(evidence),
        inferredTopic: routingTopic(intent, analysis, hits),
        intent,
      },
    };
  }

  article(siteId: string, id: string, locale: string): FaqArticleView | null {
    const article = this.sites.get(siteId)?.articles.get(id);
    if (!article) return null;
    const text = pickLocale(new Map(article.translations.map((t) => [t.locale, t])), locale);
    if (!text) return null;
    return { id: article.id, topic: article.topic, locale: text.locale, title: text.title, body: text.body };
  }

  /** The locales a site has an index for (every locale any article is written in, and English). */
  locales(siteId: string): string[] {
    return [...(this.sites.get(siteId)?.indexes.keys() ?? [])];
  }
}

/** At least two words, and half the message's words, match the best article. */
function fitsWordForWord(e: Evidence): boolean {
  return e.wordsMatched >= 2 && e.wordsMatched * 2 >= e.words;
}

function buildSite(articles: FaqArticleRecord[]): SiteFaq {
  const locales = new Set<string>([FALLBACK_LOCALE]);
  for (const a of articles) for (const t of a.translations) locales.add(t.locale);
  const indexes = new Map<string, LocaleIndex>();
  for (const locale of locales) {
    const texts = articles.flatMap((a) => {
      const t: FaqTranslationRecord | undefined = pickLocale(new Map(a.translations.map((tr) => [tr.locale, tr])), locale);
      return t ? [{ id: a.id, topic: a.topic, title: t.title, body: t.body, language: languageOf(t.locale) }] : [];
    });
    indexes.set(locale, new LocaleIndex(texts));
  }
  return { articles: new Map(articles.map((a) => [a.id, a])), indexes, fingerprint: fingerprintOf(articles) };
}

function groupBySite(articles: FaqArticleRecord[]): Map<string, FaqArticleRecord[]> {
  const bySite = new Map<string, FaqArticleRecord[]>();
  for (const article of articles) {
    const list = bySite.get(article.siteId) ?? [];
    list.push(article);
    bySite.set(article.siteId, list);
  }
  return bySite;
}

/** Every save bumps the article's updatedAt; ids and locales catch deletions. */
function fingerprintOf(articles: readonly FaqArticleRecord[]): string {
  return articles.map((a) => `${a.id}@${a.updatedAt}:${a.translations.map((t) => `${t.locale}@${t.updatedAt}`).join(',')}`).join('|');
}

/** The asked locale, else one of the same language (pt → pt-BR, fr-CA → fr), else English, else any. */
function pickLocale<T>(byLocale: ReadonlyMap<string, T>, locale: string): T | undefined {
  const wanted = locale.toLowerCase();
  const keys = [...byLocale.keys()];
  const exact = keys.find((k) => k.toLowerCase() === wanted);
  const sameLanguage = keys.find((k) => languageOf(k) === languageOf(locale) && k.split('-')[0]!.toLowerCase() === wanted.split('-')[0]);
  const key = exact ?? sameLanguage ?? keys.find((k) => k === FALLBACK_LOCALE) ?? keys[0];
  return key === undefined ? undefined : byLocale.get(key);
}
