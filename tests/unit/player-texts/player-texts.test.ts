import { describe, expect, it } from 'vitest';
import { en } from '../../../server/player-texts/en';
import { PLAYER_TEXT_LOCALES, playerTexts, type PlayerTexts } from '../../../server/player-texts/texts';

async function catalogFile(locale: string): Promise<Partial<PlayerTexts>> {
  const module = (await import(`../../../server/player-texts/${locale}.ts`)) as Record<string, Partial<PlayerTexts>>;
  return Object.values(module)[0]!;
}

/** Sentences a player reads, called with sample arguments where they take some. */
function sentences(t: Partial<PlayerTexts>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(t)) {
    if (key === 'lang' || key === 'dir') continue;
    out[key] = typeof value === 'function' ? (value as (...a: string[]) => string)('Lucky Star', 'Alice') : String(value);
  }
  return out;
}

describe('the relay’s texts for players', () => {
  it.each(PLAYER_TEXT_LOCALES)('%s has every key of English, each with real words', async (locale) => {
    const catalog = await catalogFile(locale);
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    expect(catalog.lang).toBe(locale);
    expect(catalog.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    for (const [key, text] of Object.entries(sentences(catalog))) expect(text.trim(), key).not.toBe('');
  });

  it.each(PLAYER_TEXT_LOCALES.filter((l) => l !== 'en'))('%s is translated, not copied, and keeps the names it is given', async (locale) => {
    const catalog = await catalogFile(locale);
    const english = sentences(en);
    for (const key of ['responsibleGamblingHelp', 'seniorJoining', 'transferring', 'offlineBody', 'transcriptHeading', 'you'] as const) {
      expect(sentences(catalog)[key], key).not.toBe(english[key]);
    }
    expect(catalog.answeredSubject!('Lucky Star', 'Alice')).toContain('Lucky Star');
    expect(catalog.answeredSubject!('Lucky Star', 'Alice')).toContain('Alice');
    expect(catalog.answeredIntro!('Alice', 'Lucky Star')).toContain('Alice');
    expect(catalog.conversationRef!('c_42')).toContain('c_42');
    expect(catalog.suggestedArticles!('Deposits · Bonuses')).toContain('Deposits · Bonuses');
  });

  it('picks the conversation’s language by its tag, its region variants and the variant we have, English otherwise', () => {
    expect(playerTexts('fr').lang).toBe('fr');
    expect(playerTexts('fr-CA').lang).toBe('fr');
    expect(playerTexts('pt-BR').lang).toBe('pt-BR');
    expect(playerTexts('pt').lang).toBe('pt-BR');
    expect(playerTexts('zh-CN').lang).toBe('zh-CN');
    expect(playerTexts('zh').lang).toBe('zh-CN');
    expect(playerTexts('AR').dir).toBe('rtl');
    expect(playerTexts('it')).toBe(en);
    expect(playerTexts('')).toBe(en);
    expect(playerTexts(null)).toBe(en);
  });
});
