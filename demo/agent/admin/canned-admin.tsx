import { useEffect, useState } from 'preact/hooks';
import { CannedListSchema, type CannedReply } from '../../../protocol';
import { languageName } from '../format';
import { getJson, send, sendJson } from '../rest';
import { CannedResultSchema } from './schemas';

/** The locales the demo's players write in; others can be typed in. */
const COMMON_LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'tr', 'ru', 'ar', 'ko', 'zh-CN'];

interface Draft {
  id: string | null;
  shortcut: string;
  title: string;
  texts: [string, string][];
}

const blank = (): Draft => ({ id: null, shortcut: '', title: '', texts: [['en', '']] });

/** Canned replies: a shortcut, a title, and one text per language with {{player.name}} and {{agent.name}}. */
export function CannedAdmin() {
  const [replies, setReplies] = useState<CannedReply[] | null>(null);
  const [draft, setDraft] = useState<Draft>(blank);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  async function reload() {
    const result = await getJson('/api/canned', CannedListSchema);
    if (result.ok) setReplies(result.value.replies);
    else setMessage({ tone: 'error', text: result.message });
  }
  useEffect(() => void reload(), []);

  async function save(event: Event) {
    event.preventDefault();
    const body = { shortcut: draft.shortcut, title: draft.title, texts: Object.fromEntries(draft.texts.filter(([, text]) => text.trim())) };
    const result = draft.id ? await sendJson('PUT', `/api/canned/${encodeURIComponent(draft.id)}`, body, CannedResultSchema) : await sendJson('POST', '/api/canned', body, CannedResultSchema);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    setMessage({ tone: 'ok', text: `Saved /${result.value.reply.shortcut}.` });
    setDraft(blank());
    await reload();
  }

  async function remove(reply: CannedReply) {
    const result = await send('DELETE', `/api/canned/${encodeURIComponent(reply.id)}`);
    setMessage(result.ok ? { tone: 'ok', text: `Deleted /${reply.shortcut}.` } : { tone: 'error', text: result.message });
    await reload();
  }

  const unused = COMMON_LOCALES.filter((l) => !draft.texts.some(([tag]) => tag === l));
  return (
    <section aria-labelledby="canned-admin-title" class="admin">
      <h3 id="canned-admin-title">Canned replies</h3>
      <p class="admin__hint">
        Agents type <kbd>/</kbd> and the shortcut in the reply box. The text in the conversation's language is used (English otherwise); <code>{'{{player.name}}'}</code> and{' '}
        <code>{'{{agent.name}}'}</code> are filled in.
      </p>
      {message ? (
        <p class={`admin__message admin__message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {replies ? (
        <ul class="canned-list">
          {replies.map((r) => (
            <li key={r.id} class="canned-list__item">
              <p>
                <strong>/{r.shortcut}</strong> {r.title} <span class="admin__email">{Object.keys(r.texts).join(', ')}</span>
              </p>
              <p class="canned-list__text">{r.texts.en ?? Object.values(r.texts)[0]}</p>
              <button type="button" class="button button--quiet" aria-label={`Edit /${r.shortcut}`} onClick={() => setDraft({ id: r.id, shortcut: r.shortcut, title: r.title, texts: Object.entries(r.texts) })}>
                Edit
              </button>
              <button type="button" class="button button--quiet" aria-label={`Delete /${r.shortcut}`} onClick={() => void remove(r)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Loading…</p>
      )}
      <form class="admin__form" aria-labelledby="canned-form-title" onSubmit={save}>
        <h4 id="canned-form-title">{draft.id ? `Edit /${draft.shortcut}` : 'New canned reply'}</h4>
        <div class="admin__fields">
          <label>
            Shortcut
            <input required pattern="[a-z0-9-]{1,32}" value={draft.shortcut} onInput={(e) => setDraft({ ...draft, shortcut: e.currentTarget.value.toLowerCase() })} />
          </label>
          <label>
            Title
            <input required maxLength={80} value={draft.title} onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
          </label>
        </div>
        {draft.texts.map(([tag, text], i) => (
          <label key={tag} class="admin__text">
            Text in {languageName(tag)}
            <textarea
              rows={3}
              lang={tag}
              dir={tag === 'ar' ? 'rtl' : 'auto'}
              value={text}
              onInput={(e) => {
                const texts = [...draft.texts];
                texts[i] = [tag, e.currentTarget.value];
                setDraft({ ...draft, texts });
              }}
            />
          </label>
        ))}
        <div class="admin__buttons">
          {unused.length ? (
            <label>
              Add a language{' '}
              <select value="" onChange={(e) => e.currentTarget.value && setDraft({ ...draft, texts: [...draft.texts, [e.currentTarget.value, '']] })}>
                <option value="">Choose…</option>
                {unused.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="submit" class="button button--primary">
            {draft.id ? 'Save reply' : 'Add reply'}
          </button>
          {draft.id ? (
            <button type="button" class="button" onClick={() => setDraft(blank())}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
