import { afterEach, expect, it } from 'vitest';
import type { FaqArticleRecord } from '../../../server/store/faq-article-store';
import type { Store } from '../../../server/store/store';

/** The FAQ article cases every Store implementation must pass. */
export function faqArticleStoreContract(open: () => Promise<Store>): void {
  let store: Store;
  afterEach(async () => {
    await store?.close();
  });

  const article = (id: string, siteId = 'demo', locales = ['en', 'fr']): FaqArticleRecord => ({
    siteId,
    id,
    topic: 'withdrawal',
    createdAt: 10,
    updatedAt: 10,
    translations: locales.map((locale) => ({ locale, title: `${id} ${locale}`, body: `Body of ${id} in ${locale}`, updatedAt: 10 })),
  });

  it('saves an article with its translations and reads it back', async () => {
    store = await open();
    await store.faq.save(article('withdrawal-times'));
    expect(await store.faq.get('demo', 'withdrawal-times')).toEqual(article('withdrawal-times'));
    expect(await store.faq.get('demo', 'nope')).toBeNull();
    expect(await store.faq.get('other-site', 'withdrawal-times')).toBeNull();
  });

  it('replaces the translations on save, so a dropped locale is gone', async () => {
    store = await open();
    await store.faq.save(article('a', 'demo', ['en', 'fr', 'de']));
    await store.faq.save({ ...article('a', 'demo', ['en']), topic: 'bonus', createdAt: 99, updatedAt: 20 });
    const stored = await store.faq.get('demo', 'a');
    expect(stored?.translations.map((t) => t.locale)).toEqual(['en']);
    // The topic and update time change; the creation time is the first one.
    expect(stored).toMatchObject({ topic: 'bonus', createdAt: 10, updatedAt: 20 });
  });

  it('lists per site or all, and deletes an article with its translations', async () => {
    store = await open();
    await store.faq.save(article('b'));
    await store.faq.save(article('a'));
    await store.faq.save(article('a', 'casino-two'));
    expect((await store.faq.list('demo')).map((a) => a.id)).toEqual(['a', 'b']);
    expect((await store.faq.list()).map((a) => `${a.siteId}/${a.id}`)).toEqual(['casino-two/a', 'demo/a', 'demo/b']);
    expect((await store.faq.list('demo'))[0]!.translations.map((t) => t.locale)).toEqual(['en', 'fr']);

    expect(await store.faq.delete('demo', 'a')).toBe(true);
    expect(await store.faq.delete('demo', 'a')).toBe(false);
    expect((await store.faq.list()).map((a) => `${a.siteId}/${a.id}`)).toEqual(['casino-two/a', 'demo/b']);
    // Saving it again starts from no translations.
    await store.faq.save(article('a', 'demo', ['ko']));
    expect((await store.faq.get('demo', 'a'))?.translations.map((t) => t.locale)).toEqual(['ko']);
  });
}
