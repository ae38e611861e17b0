import { CONCEPTS, type Concept, type Lexicon } from '../lexicon/concepts';
import { LEXICONS } from '../lexicon/lexicons';
import { isSubstringLanguage, type BotLanguage } from './language';
import { normalizeText } from './normalize';
import { PhraseMatcher, type PhraseMatches, type Token } from './phrase-matcher';
import { bigrams, segmentWords } from './segment';
import { stem } from './stem';

/** Index terms that stand for a concept rather than a word; no word can contain the sign. */
export const CONCEPT_MARK = '§';

export interface Analysis {
  /** Search terms: stems of the content words, character pairs for Chinese and Korean, and a §concept per concept found. */
  terms: string[];
  /**
   * The content words, each with the index terms that stand for it: its stem,
   * and for Chinese and Korean its character pairs. One entry per distinct
   * word, so a long Korean word counts once however many pairs it has.
   */
  words: string[][];
  /** Distinct concepts, in order of appearance. */
  concepts: Concept[];
  /** Nothing but greetings, thanks, "anyone there?" and filler. */
  greetingOnly: boolean;
  /** Asks for a person instead of an answer. */
  asksForHuman: boolean;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * Turns text in one language into what the index and the intent rules use.
 * English words are also read in every other language, since players mix
 * them in ("mon cashout", "bonus 流水"). One analyzer per language, built once.
 */
export class TextAnalyzer {
  private static readonly cache = new Map<BotLanguage, TextAnalyzer>();

  static for(language: BotLanguage): TextAnalyzer {
    let analyzer = TextAnalyzer.cache.get(language);
    if (!analyzer) {
      analyzer = new TextAnalyzer(language);
      TextAnalyzer.cache.set(language, analyzer);
    }
    return analyzer;
  }

  private readonly native: LexiconMatchers;
  /** English words mixed into another language: matched exactly (no typos), with English stems. */
  private readonly english: LexiconMatchers | null;

  private constructor(private readonly language: BotLanguage) {
    this.native = matchersFor(language, language, true);
    this.english = language === 'en' ? null : matchersFor('en', language, false);
  }

  /** Search terms of an article's title or body. */
  terms(text: string): { terms: string[]; concepts: Set<Concept> } {
    const a = this.read(text);
    return { terms: a.terms, concepts: new Set(a.concepts) };
  }

  /** Everything the bot needs to know about a player's message. */
  analyze(text: string): Analysis {
    const a = this.read(text);
    return {
      terms: a.terms,
      words: [...new Map(a.words.map((w) => [w[0]!, w])).values()],
      concepts: [...new Set(a.concepts)],
      greetingOnly: this.isGreetingOnly(a.tokens, a.compact),
      asksForHuman: this.asksForHuman(a.tokens, a.compact),
    };
  }

  private read(text: string) {
    const normalized = normalizeText(this.language, text);
    const tokens: Token[] = segmentWords(this.language, normalized).map((raw) => ({ raw, stem: stem(this.language, raw) }));
    const compact = compactOf(normalized);
    const labels = this.conceptLabels(tokens, compact);
    const { words, extraTerms } = this.contentWords(tokens, normalized);
    const concepts = labels.filter((l): l is Concept => l in CONCEPTS);
    return { tokens, compact, words, concepts, terms: [...words.flat(), ...extraTerms, ...concepts.map((c) => CONCEPT_MARK + c)] };
  }

  /** Concepts in order: per word for spaced languages, per match in the running text for Chinese and Korean, plus English words anywhere. */
  private conceptLabels(tokens: Token[], compact: string): string[] {
    const native = this.native.concepts.match(tokens, compact);
    const english = this.english?.concepts.match(tokens.map(asEnglish), '') ?? null;
    const labels: string[] = [...native.inText];
    tokens.forEach((_, i) => {
      for (const label of new Set([...native.byToken[i]!, ...(english?.byToken[i] ?? [])])) labels.push(label);
    });
    return labels;
  }

  private contentWords(tokens: Token[], normalized: string): { words: string[][]; extraTerms: string[] } {
    const words: string[][] = [];
    for (const token of tokens) {
      if (this.isStopWord(token) || (this.language === 'zh' && HAN.test(token.raw))) continue;
      words.push(HANGUL.test(token.raw) ? [token.stem, ...bigrams(token.raw)] : [token.stem]);
    }
    if (this.language !== 'zh') return { words, extraTerms: [] };
    // ICU's dictionary knows 提款 but splits chat words like 账号 or 提现 into single characters. So Chinese words
    // are the stretches between function words (账号 | 被 | 锁 | 了), each standing for its character pairs, and the
    // index holds every pair of the text.
    const runs = normalized.replace(/\s+/g, '').match(HAN_RUN) ?? [];
    for (const run of runs) words.push(...this.chineseWords(run));
    return { words, extraTerms: runs.flatMap(bigramsOrWord) };
  }

  private chineseWords(run: string): string[][] {
    const chars = [...run];
    const stops = [...this.native.stopWords].filter((w) => HAN.test(w)).sort((a, b) => b.length - a.length);
    const words: string[][] = [];
    let start = 0;
    const flush = (end: number) => {
      if (end - start >= 2) words.push(bigramsOrWord(chars.slice(start, end).join('')));
      // A lone character (锁) stands for the pairs it is part of in the running text (被锁, 锁了).
      else if (end - start === 1) words.push([chars.slice(Math.max(0, start - 1), start + 1).join(''), chars.slice(start, start + 2).join('')].filter((p) => [...p].length === 2));
    };
    for (let i = 0; i < chars.length; ) {
      const stop = stops.find((w) => chars.slice(i, i + [...w].length).join('') === w);
      if (!stop) {
        i++;
        continue;
      }
      flush(i);
      i += [...stop].length;
      start = i;
    }
    flush(chars.length);
    return words;
  }

  private isStopWord(token: Token): boolean {
    return this.native.stopWords.has(token.raw) || this.native.stopWords.has(token.stem) || (this.english?.stopWords.has(token.raw) ?? false);
  }

  private isGreetingOnly(tokens: Token[], compact: string): boolean {
    const english = this.english?.greetings.match(tokens.map(asEnglish), '') ?? null;
    if (isSubstringLanguage(this.language)) {
      const native = this.native.greetings.match(tokens, compact);
      let residual = [...compact].filter((_, i) => !native.coveredChars[i]).join('');
      tokens.forEach((t, i) => {
        if (english?.byToken[i]!.size || this.english?.stopWords.has(t.raw)) residual = residual.replace(t.raw, '');
      });
      for (const word of [...this.native.stopWords].sort((a, b) => b.length - a.length)) residual = residual.split(word).join('');
      return !/\p{L}/u.test(residual);
    }
    const native = this.native.greetings.match(tokens, '');
    return tokens.every((t, i) => this.isStopWord(t) || native.byToken[i]!.size > 0 || (english?.byToken[i]!.size ?? 0) > 0);
  }

  private asksForHuman(tokens: Token[], compact: string): boolean {
    const found = (m: PhraseMatches) => m.inText.length > 0 || m.byToken.some((s) => s.size > 0);
    return found(this.native.human.match(tokens, compact)) || (this.english !== null && found(this.english.human.match(tokens.map(asEnglish), '')));
  }
}

interface LexiconMatchers {
  concepts: PhraseMatcher;
  greetings: PhraseMatcher;
  human: PhraseMatcher;
  stopWords: Set<string>;
}

/** The matchers of `lexiconLanguage`'s lexicon, reading text written in `textLanguage`. */
function matchersFor(lexiconLanguage: BotLanguage, textLanguage: BotLanguage, typos: boolean): LexiconMatchers {
  const lexicon: Lexicon = LEXICONS[lexiconLanguage];
  const conceptEntries = Object.entries(lexicon.concepts).flatMap(([concept, phrases]) => phrases.map((p) => [concept, p] as const));
  return {
    concepts: new PhraseMatcher(lexiconLanguage, conceptEntries, typos),
    greetings: new PhraseMatcher(lexiconLanguage, lexicon.greetings.map((p) => ['greeting', p] as const), typos),
    human: new PhraseMatcher(lexiconLanguage, lexicon.human.map((p) => ['human', p] as const), typos),
    stopWords: new Set(lexicon.stopWords.flatMap((w) => segmentWords(textLanguage, normalizeText(lexiconLanguage, w)))),
  };
}

function asEnglish(token: Token): Token {
  return { raw: token.raw, stem: stem('en', token.raw) };
}

function compactOf(normalized: string): string {
  return normalized.replace(/[\s\p{P}\p{S}]+/gu, '');
}

function bigramsOrWord(run: string): string[] {
  return [...run].length === 2 ? [run] : bigrams(run);
}
