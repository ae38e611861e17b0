import type { Kysely, Selectable } from 'kysely';
import type { Topic } from '../../protocol';
import type { Database } from './schema';

/** One locale's text of an FAQ article. */
export interface FaqTranslationRecord {
  /** BCP 47, as the widget sends it ("en", "pt-BR", "zh-CN"). */
  locale: string;
  title: string;
  body: string;
  updatedAt: number;
}

/** An FAQ article of one site: its topic (for routing and reports) and its text in each locale. */
export interface FaqArticleRecord {
  siteId: string;
  id: string;
  topic: Topic;
  createdAt: number;
  updatedAt: number;
  translations: FaqTranslationRecord[];
}

/** The FAQ knowledge base. Articles are few (tens per site) and read whole, so the port reads and writes whole articles. */
export interface FaqArticleStore {
  /** Every article of a site, or of every site when none is given; ordered by site and id, translations by locale. */
  list(siteId?: string): Promise<FaqArticleRecord[]>;
  get(siteId: string, id: string): Promise<FaqArticleRecord | null>;
  /** Create the article or replace it: afterwards it has exactly these translations. */
  save(article: FaqArticleRecord): Promise<void>;
  /** False when there was no such article. */
  delete(siteId: string, id: string): Promise<boolean>;
}

export class KyselyFaqArticleStore implements FaqArticleStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(siteId?: string): Promise<FaqArticleRecord[]> {
    let articles = this.db.selectFrom('faq_articles').selectAll().orderBy('site_id').orderBy('id');
    let translations = this.db.selectFrom('faq_translations').selectAll().orderBy('locale');
    if (siteId !== undefined) {
      articles = articles.where('site_id', '=', siteId);
      translations = translations.where('site_id', '=', siteId);
    }
    const [articleRows, translationRows] = await Promise.all([articles.execute(), translations.execute()]);
    const byArticle = new Map<string, FaqTranslationRecord[]>();
    for (const row of translationRows) {
      const key = `${row.site_id}\u0000${row.article_id}`;
      const list = byArticle.get(key) ?? [];
      list.push(toTranslation(row));
      byArticle.set(key, list);
    }
    return articleRows.map((row) => toArticle(row, byArticle.get(`${row.site_id}\u0000${row.id}`) ?? []));
  }

  async get(siteId: string, id: string): Promise<FaqArticleRecord | null> {
    const row = await this.db.selectFrom('faq_articles').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const translations = await this.db
      .selectFrom('faq_translations')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('article_id', '=', id)
      .orderBy('locale')
      .execute();
    return toArticle(row, translations.map(toTranslation));
  }

  async save(article: FaqArticleRecord): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('faq_articles')
        .values({ site_id: article.siteId, id: article.id, topic: article.topic, created_at: article.createdAt, updated_at: article.updatedAt })
        .onConflict((oc) => oc.columns(['site_id', 'id']).doUpdateSet({ topic: article.topic, updated_at: article.updatedAt }))
        .execute();
      await trx.deleteFrom('faq_translations').where('site_id', '=', article.siteId).where('article_id', '=', article.id).execute();
      if (article.translations.length === 0) return;
      await trx
        .insertInto('faq_translations')
        .values(
          article.translations.map((t) => ({
            site_id: article.siteId,
            article_id: article.id,
            locale: t.locale,
            title: t.title,
            body: t.body,
            updated_at: t.updatedAt,
          })),
        )
        .execute();
    });
  }

  async delete(siteId: string, id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('faq_translations').where('site_id', '=', siteId).where('article_id', '=', id).execute();
      const result = await trx.deleteFrom('faq_articles').where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }
}

/** Table shapes (added to `Database` in schema.ts). */
export interface FaqTables {
  faq_articles: {
    site_id: string;
    id: string;
    topic: string;
    created_at: number;
    updated_at: number;
  };
  faq_translations: {
    site_id: string;
    article_id: string;
    locale: string;
    title: string;
    body: string;
    updated_at: number;
  };
}

function toArticle(row: Selectable<Database['faq_articles']>, translations: FaqTranslationRecord[]): FaqArticleRecord {
  return {
    siteId: row.site_id,
    id: row.id,
    topic: row.topic as Topic,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    translations,
  };
}

function toTranslation(row: Selectable<Database['faq_translations']>): FaqTranslationRecord {
  return { locale: row.locale, title: row.title, body: row.body, updatedAt: Number(row.updated_at) };
}
