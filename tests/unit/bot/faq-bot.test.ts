import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoFaq } from '../../../server/bot/demo-faq/seed';
import { DEMO_ARTICLES } from '../../../server/bot/demo-faq/articles';
import { FaqBot } from '../../../server/bot/faq-bot';
import type { KyselyStore } from '../../../server/store/kysely-store';
import { openSqliteStore } from '../../../server/store/sqlite';

let store: KyselyStore;
let bot: FaqBot;
beforeEach(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
  await seedDemoFaq(store, 1000);
  bot = await FaqBot.load(store);
});
afterEach(async () => {
  await store.close();
});

describe('seeding the demo FAQ', () => {
  it('gives every article a text in the ten locales, once', async () => {
    const articles = await store.faq.list('demo');
    expect(articles).toHaveLength(DEMO_ARTICLES.length);
    for (const a of articles) expect(a.translations.map((t) => t.locale).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ko', 'pt-BR', 'ru', 'tr', 'zh-CN']);
    expect(await seedDemoFaq(store, 2000)).toBe(0);
    expect(await store.faq.list('demo')).toEqual(articles);
  });

  it('never brings back an article the admins deleted', async () => {
    await store.faq.delete('demo', 'free-spins');
    expect(await seedDemoFaq(store, 2000)).toBe(0);
    expect(await store.faq.get('demo', 'free-spins')).toBeNull();
  });
});

describe('FaqBot', () => {
  it('answers a typical question confidently with at most three articles, best first', () => {
    const answer = bot.answer('demo', 'en', 'how long does a withdrawal take?');
    expect(answer).toMatchObject({ confident: true, intent: 'question', inferredTopic: 'withdrawal' });
    expect(answer.results[0]).toMatchObject({ id: 'withdrawal-times', topic: 'withdrawal', title: 'How long do withdrawals take?' });
    expect(answer.results.length).toBeLessThanOrEqual(3);
    expect(answer.results.map((r) => r.score)).toEqual([...answer.results.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('answers in the player locale and across scripts', () => {
    expect(bot.answer('demo', 'ar', 'كم يوم ياخذ السحب').results[0]?.title).toBe('كم يستغرق السحب؟');
    const zh = bot.answer('demo', 'zh-CN', '提现需要多长时间');
    expect(zh.confident).toBe(true);
    expect(zh.results[0]).toMatchObject({ id: 'withdrawal-times', title: '提款需要多长时间？' });
    expect(bot.answer('demo', 'ko', '출금 얼마나 걸려요').results[0]?.id).toBe('withdrawal-times');
  });

  it('is never confident for greetings, person requests, off-topic or responsible-gambling messages, but still routes', () => {
    expect(bot.answer('demo', 'fr', 'bonjour')).toEqual({ results: [], confident: false, inferredTopic: null, intent: 'greeting' });
    expect(bot.answer('demo', 'en', 'I want a human about my withdrawal')).toMatchObject({ confident: false, intent: 'human', inferredTopic: 'withdrawal' });
    expect(bot.answer('demo', 'en', 'tell me a joke')).toMatchObject({ confident: false, intent: 'off-topic', inferredTopic: null });
    const rg = bot.answer('demo', 'en', 'how do I self-exclude?');
    expect(rg).toMatchObject({ confident: false, intent: 'responsible-gambling', inferredTopic: 'responsible-gambling' });
    // The article is still found: the relay may show it beside the help resources.
    expect(rg.results[0]?.id).toBe('self-exclusion');
  });

  it('is not confident when two articles fit about as well, and still names the topic', () => {
    // "My withdrawal": how long they take, or why this one is pending? Both fit.
    const answer = bot.answer('demo', 'en', 'my withdrawal');
    expect(answer.results.slice(0, 2).map((r) => r.id).sort()).toEqual(['withdrawal-pending', 'withdrawal-times']);
    expect(answer).toMatchObject({ confident: false, intent: 'question', inferredTopic: 'withdrawal' });
  });

  it('falls back to another locale of the same language, then English, for a locale it has no index for', () => {
    expect(bot.answer('demo', 'pt', 'esqueci minha senha').results[0]?.id).toBe('password-reset');
    expect(bot.answer('demo', 'it', 'password reset').results[0]?.id).toBe('password-reset');
    expect(bot.answer('nowhere', 'en', 'password reset')).toMatchObject({ results: [], confident: false });
  });

  it('gives an article in the asked locale, or in English when it has no text there', async () => {
    expect(bot.article('demo', 'kyc-documents', 'de')).toMatchObject({ locale: 'de', title: 'Welche Dokumente brauche ich für die Verifizierung (KYC)?' });
    expect(bot.article('demo', 'kyc-documents', 'pt')).toMatchObject({ locale: 'pt-BR' });
    const article = (await store.faq.get('demo', 'kyc-documents'))!;
    await store.faq.save({ ...article, translations: article.translations.filter((t) => t.locale !== 'ko'), updatedAt: 2000 });
    await bot.reload('demo');
    expect(bot.article('demo', 'kyc-documents', 'ko')).toMatchObject({ locale: 'en', title: 'Which documents do I need to verify my account (KYC)?' });
    expect(bot.article('demo', 'nope', 'en')).toBeNull();
  });

  it('searches an edited article after reload, and another node picks the edit up on refresh', async () => {
    const other = await FaqBot.load(store);
    await store.faq.save({
      siteId: 'demo',
      id: 'sports-betting',
      topic: 'other',
      createdAt: 3000,
      updatedAt: 3000,
      translations: [{ locale: 'en', title: 'Do you offer sports betting?', body: 'Sports betting on football, tennis and basketball opens next spring.', updatedAt: 3000 }],
    });
    expect(bot.answer('demo', 'en', 'do you offer sports betting on football').results.map((r) => r.id)).not.toContain('sports-betting');
    await bot.reload('demo');
    expect(bot.answer('demo', 'en', 'do you offer sports betting on football').results[0]?.id).toBe('sports-betting');
    expect(await other.refresh()).toEqual(['demo']);
    expect(await other.refresh()).toEqual([]);
    expect(other.answer('demo', 'en', 'do you offer sports betting on football').results[0]?.id).toBe('sports-betting');
  });

  it('finds an article on a subject its lexicons do not know, word for word, without being confident', async () => {
    expect(bot.answer('demo', 'en', 'is there sports betting on tennis')).toEqual({ results: [], confident: false, inferredTopic: null, intent: 'off-topic' });
    await store.faq.save({
      siteId: 'demo',
      id: 'sports-betting',
      topic: 'other',
      createdAt: 3000,
      updatedAt: 3000,
      translations: [{ locale: 'en', title: 'Sports betting', body: 'Sports betting on tennis and basketball opens next spring.', updatedAt: 3000 }],
    });
    await bot.reload('demo');
    const answer = bot.answer('demo', 'en', 'is there sports betting on tennis');
    expect(answer).toMatchObject({ confident: false, intent: 'question', inferredTopic: 'other' });
    expect(answer.results[0]?.id).toBe('sports-betting');
  });

  it('reads at most 500 characters of a message', () => {
    const long = `${'blah '.repeat(200)} how long does a withdrawal take`;
    expect(bot.answer('demo', 'en', long).results).toEqual([]);
  });
});
