import { useEffect, useState } from 'preact/hooks';
import { TOPICS, type Topic } from '../../../protocol';
import { languageName } from '../format';
import { getJson, send, sendJson } from '../rest';
import { TOPIC_LABELS } from '../topics';
import { FaqListSchema, FaqResultSchema, type FaqArticle } from './schemas';

/** The FAQ bot's articles, through the FAQ admin API: add an article, edit or add a translation, delete. */
export function FaqAdmin({ siteId }: { siteId: string }) {
  const base = `/api/admin/sites/${encodeURIComponent(siteId)}/faq/articles`;
  const [articles, setArticles] = useState<FaqArticle[] | null>(null);
  const [editing, setEditing] = useState<{ id: string | null; topic: Topic; locale: string; title: string; body: string }>({ id: null, topic: 'deposit', locale: 'en', title: '', body: '' });
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  async function reload() {
    const result = await getJson(base, FaqListSchema);
    if (result.ok) setArticles(result.value.articles);
    else setMessage({ tone: 'error', text: result.message });
  }
  useEffect(() => void reload(), [siteId]);

  async function save(event: Event) {
    event.preventDefault();
    const text = { title: editing.title, body: editing.body };
    const result = editing.id
      ? await sendJson('PUT', `${base}/${encodeURIComponent(editing.id)}/translations/${encodeURIComponent(editing.locale)}`, text, FaqResultSchema)
      : await sendJson('POST', base, { topic: editing.topic, translations: { [editing.locale]: text } }, FaqResultSchema);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    setMessage({ tone: 'ok', text: `Saved “${editing.title}”. The bot answers with it now.` });
    setEditing({ id: null, topic: editing.topic, locale: 'en', title: '', body: '' });
    await reload();
  }

  async function remove(article: FaqArticle) {
    const result = await send('DELETE', `${base}/${encodeURIComponent(article.id)}`);
    setMessage(result.ok ? { tone: 'ok', text: 'Article deleted.' } : { tone: 'error', text: result.message });
    await reload();
  }

  return (
    <section aria-labelledby="faq-admin-title" class="admin">
      <h3 id="faq-admin-title">FAQ articles</h3>
      {message ? (
        <p class={`admin__message admin__message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {articles ? (
        <ul class="canned-list">
          {articles.map((a) => {
            const [locale, first] = Object.entries(a.translations)[0] ?? ['en', { title: a.id, body: '' }];
            return (
              <li key={a.id} class="canned-list__item">
                <p>
                  <strong>{first.title}</strong> <span class="tag">{TOPIC_LABELS[a.topic]}</span>{' '}
                  <span class="admin__email">{Object.keys(a.translations).join(', ')}</span>
                </p>
                <button type="button" class="button button--quiet" aria-label={`Edit ${first.title}`} onClick={() => setEditing({ id: a.id, topic: a.topic, locale, title: first.title, body: first.body })}>
                  Edit
                </button>
                <button type="button" class="button button--quiet" aria-label={`Delete ${first.title}`} onClick={() => void remove(a)}>
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>Loading…</p>
      )}
      <form class="admin__form" aria-labelledby="faq-form-title" onSubmit={save}>
        <h4 id="faq-form-title">{editing.id ? `Edit ${editing.id}` : 'New article'}</h4>
        <div class="admin__fields">
          {editing.id ? null : (
            <label>
              Topic
              <select value={editing.topic} onChange={(e) => setEditing({ ...editing, topic: e.currentTarget.value as Topic })}>
                {TOPICS.map((t) => (
                  <option key={t} value={t}>
                    {TOPIC_LABELS[t]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            Language
            <select
              value={editing.locale}
              onChange={(e) => {
                const locale = e.currentTarget.value;
                const existing = articles?.find((a) => a.id === editing.id)?.translations[locale];
                setEditing({ ...editing, locale, title: existing?.title ?? '', body: existing?.body ?? '' });
              }}
            >
              {['en', 'de', 'fr', 'es', 'pt-BR', 'tr', 'ru', 'ar', 'ko', 'zh-CN'].map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Title
            <input required maxLength={200} value={editing.title} onInput={(e) => setEditing({ ...editing, title: e.currentTarget.value })} />
          </label>
        </div>
        <label class="admin__text">
          Answer
          <textarea required rows={5} maxLength={8000} value={editing.body} onInput={(e) => setEditing({ ...editing, body: e.currentTarget.value })} />
        </label>
        <div class="admin__buttons">
          <button type="submit" class="button button--primary">
            {editing.id ? 'Save translation' : 'Add article'}
          </button>
          {editing.id ? (
            <button type="button" class="button" onClick={() => setEditing({ id: null, topic: 'deposit', locale: 'en', title: '', body: '' })}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
