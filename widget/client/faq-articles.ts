/** An FAQ article's text as `GET /api/sites/:siteId/faq/articles/:id` answers it. */
export interface FaqArticle {
  id: string;
  title: string;
  body: string;
}

export type ReadArticle = (id: string, locale: string) => Promise<FaqArticle>;

/**
 * Reads the articles the bot suggests from the relay the widget came from,
 * once each per locale. No cookies: the endpoint is public and CORS-checked
 * against the site's origins.
 */
export function articleReader(origin: string, site: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): ReadArticle {
  const cache = new Map<string, Promise<FaqArticle>>();
  return (id, locale) => {
    const url = new URL(`/api/sites/${encodeURIComponent(site)}/faq/articles/${encodeURIComponent(id)}`, origin);
    url.searchParams.set('locale', locale);
    let article = cache.get(url.href);
    if (!article) {
      article = fetchImpl(url.href, { credentials: 'omit' })
        .then((res) => (res.ok ? res.json() : null))
        .then((json: Partial<FaqArticle> | null) => {
          if (typeof json?.body !== 'string' || typeof json.title !== 'string') throw new Error(`Pitboss: article ${id} unavailable`);
          return { id, title: json.title, body: json.body };
        });
      // A failure is not remembered: opening the article again retries.
      article.catch(() => cache.delete(url.href));
      cache.set(url.href, article);
    }
    return article;
  };
}
