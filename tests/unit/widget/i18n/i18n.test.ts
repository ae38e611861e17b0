import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../../protocol';
import { en } from '../../../../widget/i18n/en';
import { loadMessages, withFallback } from '../../../../widget/i18n/index';
import { localeCandidates, normalizeLocale } from '../../../../widget/i18n/locale-tag';
import type { Messages } from '../../../../widget/i18n/messages';
import { launcherLabels, pickLocale } from '../../../../widget/loader/launcher-labels';

/** The ten locales the widget ships, as a page or setLocale names them. */
const LOCALES = ['en', 'fr', 'ar', 'ko', 'zh-CN', 'es', 'de', 'pt-BR', 'ru', 'tr'] as const;

async function catalogFile(locale: string): Promise<Partial<Messages>> {
  return ((await import(`../../../../widget/i18n/${locale}.ts`)) as { default: Partial<Messages> }).default;
}

describe('locale tags', () => {
  it('normalizes what pages put in lang and navigator.language to tags the protocol accepts', () => {
    expect(normalizeLocale('EN_us')).toBe('en-us');
    expect(normalizeLocale('pt-BR')).toBe('pt-BR');
    expect(normalizeLocale(' zh-Hant-TW ')).toBe('zh-Hant-TW');
    expect(normalizeLocale('')).toBeNull();
    expect(normalizeLocale(undefined)).toBeNull();
    expect(normalizeLocale('english')).toBeNull();
    expect(normalizeLocale('<script>')).toBeNull();
    expect(normalizeLocale(`en-${'x'.repeat(40)}`)).toBeNull();
  });

  it('tries the most specific catalog first', () => {
    expect(localeCandidates('pt-BR')).toEqual(['pt-br', 'pt']);
  });

  it('picks the first language we translate, else keeps the page language for the conversation', () => {
    expect(pickLocale(['it', 'de-CH', 'fr'])).toBe('de-CH');
    expect(pickLocale([undefined, 'PT_pt'])).toBe('pt-pt');
    expect(pickLocale(['it', 'nl'])).toBe('it');
    expect(pickLocale([null, '', '<x>'])).toBe('en');
  });
});

describe('catalogs', () => {
  it.each(LOCALES)('%s has every key of English, topics included, and real words in it', async (locale) => {
    const catalog = await catalogFile(locale);
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(catalog.topics ?? {}).sort()).toEqual([...TOPICS].sort());
    for (const [key, value] of Object.entries(catalog)) {
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
    }
    expect(catalog.lang).toBe(locale);
    expect(catalog.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    if (locale !== 'en') {
      // Translated, not copied: the sentences a player reads differ from English.
      for (const key of ['title', 'placeholder', 'reconnecting', 'empty', 'topicPrompt', 'seen'] as const) expect(catalog[key], key).not.toBe(en[key]);
      expect(catalog.typing!('Alice')).toContain('Alice');
      expect(catalog.typing!(null)).not.toBe(en.typing(null));
      expect(catalog.status!('assigned', 'Anna')).toContain('Anna');
    }
    expect(catalog.status!('bot', null)).toBeNull();
    expect(catalog.openWithUnread!(3)).toContain(catalog.unread!(3));
  });

  it.each(LOCALES)('%s names the launcher in its own language', (locale) => {
    const labels = launcherLabels(locale);
    if (locale === 'en') expect(labels).toEqual({ open: 'Open chat', close: 'Close chat' });
    else expect(labels.open).not.toBe('Open chat');
    expect(labels.close).not.toBe(labels.open);
  });

  it('counts unread messages with each language’s plural rules', async () => {
    const ru = await catalogFile('ru');
    expect([1, 2, 5, 21, 22, 11].map((n) => ru.unread!(n))).toEqual([
      '1 непрочитанное сообщение',
      '2 непрочитанных сообщения',
      '5 непрочитанных сообщений',
      '21 непрочитанное сообщение',
      '22 непрочитанных сообщения',
      '11 непрочитанных сообщений',
    ]);
    const ar = await catalogFile('ar');
    expect(ar.unread!(1)).toBe('رسالة واحدة غير مقروءة');
    expect(ar.unread!(2)).toBe('رسالتان غير مقروءتين');
    expect(ar.unread!(3)).toBe('3 رسائل غير مقروءة');
    expect(ar.unread!(11)).toBe('11 رسالة غير مقروءة');
    expect(en.unread(1)).toBe('1 unread message');
    expect(en.openWithUnread(2)).toBe('Open chat, 2 unread messages');
  });
});

describe('loadMessages', () => {
  it('loads the catalog of the locale, a bare language or a sibling variant', async () => {
    expect((await loadMessages('pt-BR')).send).toBe('Enviar');
    expect((await loadMessages('pt')).lang).toBe('pt-BR');
    expect((await loadMessages('zh-TW')).lang).toBe('zh-CN');
    expect((await loadMessages('fr-CA')).lang).toBe('fr');
    expect(await loadMessages('en-GB')).toBe(en);
    expect(await loadMessages('it')).toBe(en);
  });

  it('shows English for a string a locale lacks, and English altogether when its chunk fails to load', async () => {
    const partial: Partial<Messages> = { lang: 'xx', send: 'Senden!', topics: { deposit: 'Einzahlen' } as Messages['topics'] };
    const messages = await loadMessages('xx', { xx: async () => ({ default: partial }) });
    expect(messages.send).toBe('Senden!');
    expect(messages.placeholder).toBe(en.placeholder);
    expect(messages.status('queued', null)).toBe(en.status('queued', null));
    expect(messages.topics.deposit).toBe('Einzahlen');
    expect(messages.topics.withdrawal).toBe(en.topics.withdrawal);
    expect(withFallback({}).typing('Ann')).toBe('Ann is typing…');

    const failing = await loadMessages('xx', { xx: () => Promise.reject(new Error('chunk 404')) });
    expect(failing).toBe(en);
  });
});
