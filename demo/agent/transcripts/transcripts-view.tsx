import { useEffect, useState } from 'preact/hooks';
import { AgentAdminListSchema, TOPICS, TranscriptSearchResultSchema, type AgentAdmin, type TranscriptSearchResult } from '../../../protocol';
import { formatClock } from '../format';
import { getJson } from '../rest';
import { viewHref } from '../route';
import { matchExcerpt } from './match-excerpt';
import { EMPTY_FORM, exportHref, searchParams, type SearchForm } from './search-query';
import { TranscriptDetail } from './transcript-detail';
import './transcripts.css';

/**
 * Supervisors' and admins' transcripts: search the site's conversations,
 * open one (`#/transcripts/{id}`), export either. The server audits each
 * search, opening and export.
 */
export function TranscriptsView({ openId }: { openId: string | null }) {
  const [form, setForm] = useState<SearchForm>(EMPTY_FORM);
  const [searched, setSearched] = useState<SearchForm>(EMPTY_FORM);
  const [result, setResult] = useState<TranscriptSearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [agents, setAgents] = useState<AgentAdmin[]>([]);

  async function search(next: SearchForm, page = 1) {
    const answer = await getJson(`/api/transcripts?${searchParams(next, page).toString()}`, TranscriptSearchResultSchema);
    if (!answer.ok) return setError(answer.message);
    setError(null);
    setSearched(next);
    setResult(answer.value);
  }

  useEffect(() => {
    void search(EMPTY_FORM);
    void getJson('/api/admin/agents', AgentAdminListSchema).then((r) => r.ok && setAgents(r.value.agents));
  }, []);

  const field = <K extends keyof SearchForm>(key: K) => (value: SearchForm[K]) => setForm({ ...form, [key]: value });
  const now = Date.now();
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  return (
    <main class="board" aria-labelledby="transcripts-title">
      <header class="board__header">
        <h2 id="transcripts-title">Transcripts</h2>
      </header>
      <form
        class="admin__form transcripts__search"
        role="search"
        aria-label="Search transcripts"
        onSubmit={(e) => {
          e.preventDefault();
          void search(form);
        }}
      >
        <div class="admin__fields">
          <label>
            Player
            <input type="search" value={form.player} placeholder="Name, id or email" onInput={(e) => field('player')(e.currentTarget.value)} />
          </label>
          <label>
            Text
            <input
              type="search"
              value={form.text}
              placeholder="Words in the messages"
              aria-describedby="transcripts-text-hint"
              onInput={(e) => field('text')(e.currentTarget.value)}
            />
          </label>
          <label>
            Agent
            <select value={form.agentId} onChange={(e) => field('agentId')(e.currentTarget.value)}>
              <option value="">Any agent</option>
              {agents.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Topic
            <select value={form.topic} onChange={(e) => field('topic')(e.currentTarget.value)}>
              <option value="">Any topic</option>
              {TOPICS.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select value={form.status} onChange={(e) => field('status')(e.currentTarget.value)}>
              <option value="">Open or closed</option>
              <option value="open">Open</option>
              <option value="closed">Closed</option>
            </select>
          </label>
          <label>
            From
            <input type="date" value={form.fromDate} onInput={(e) => field('fromDate')(e.currentTarget.value)} />
          </label>
          <label>
            To
            <input type="date" value={form.toDate} onInput={(e) => field('toDate')(e.currentTarget.value)} />
          </label>
          <label>
            Rating
            <select value={form.rating} onChange={(e) => field('rating')(e.currentTarget.value)}>
              <option value="">Any rating</option>
              {['5', '4', '3', '2', '1'].map((r) => (
                <option key={r} value={r}>
                  {r} / 5
                </option>
              ))}
            </select>
          </label>
          <label class="transcripts__check">
            <input type="checkbox" checked={form.breached} onChange={(e) => field('breached')(e.currentTarget.checked)} />
            SLA breached
          </label>
        </div>
        <p class="admin__hint" id="transcripts-text-hint">
          Text: every word must be in the chat, matched from its start (“withdraw” finds “withdrawals”); put “an exact phrase” in quotes.
        </p>
        <div class="admin__buttons">
          <button type="submit" class="button button--primary">
            Search
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setForm(EMPTY_FORM);
              void search(EMPTY_FORM);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      {error ? (
        <p class="admin__message admin__message--error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <section aria-labelledby="results-title" class="admin">
          <div class="admin__log-header">
            <h3 id="results-title" aria-live="polite">
              {result.total === 1 ? '1 conversation' : `${result.total} conversations`}
            </h3>
            <p class="transcripts__exports">
              Export results:{' '}
              <a href={exportHref(searched, 'csv')} download>
                CSV
              </a>{' '}
              <a href={exportHref(searched, 'json')} download>
                JSON
              </a>
            </p>
          </div>
          <div class="table-scroll">
            <table aria-labelledby="results-title">
              <thead>
                <tr>
                  <th scope="col">Started</th>
                  <th scope="col">Player</th>
                  <th scope="col">Topic</th>
                  <th scope="col">Agent</th>
                  <th scope="col">Status</th>
                  <th scope="col">Rating</th>
                  <th scope="col">{searched.text.trim() ? 'Matching line' : 'First line'}</th>
                </tr>
              </thead>
              <tbody>
                {result.conversations.map((c) => (
                  <tr key={c.id} aria-current={c.id === openId ? 'true' : undefined}>
                    <td>
                      <a href={viewHref({ kind: 'transcripts', id: c.id })}>
                        <time dateTime={new Date(c.createdAt).toISOString()}>{formatClock(c.createdAt, now)}</time>
                      </a>
                    </td>
                    <td>
                      <bdi>{c.playerName ?? 'Anonymous'}</bdi>
                      {c.externalId ? <span class="admin__email">{c.externalId}</span> : null}
                    </td>
                    <td>{c.topic ?? '—'}</td>
                    <td>{c.agentName ?? '—'}</td>
                    <td>
                      {c.status}
                      {c.breaches.length ? <span class="tag tag--alert">breached</span> : null}
                    </td>
                    <td>{c.rating ?? '—'}</td>
                    <td class="transcripts__opening">{c.purgedAt ? <em>content removed</em> : c.match ? <MatchLine text={c.match.text} query={searched.text} /> : (c.opening ?? '—')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav aria-label="Result pages" class="admin__buttons">
              <button type="button" class="button" disabled={result.page <= 1} onClick={() => void search(searched, result.page - 1)}>
                Previous page
              </button>
              <span>
                Page {result.page} of {pages}
              </span>
              <button type="button" class="button" disabled={result.page >= pages} onClick={() => void search(searched, result.page + 1)}>
                Next page
              </button>
            </nav>
          ) : null}
        </section>
      ) : null}
      {openId ? <TranscriptDetail key={openId} conversationId={openId} /> : null}
    </main>
  );
}

/** The line a text search matched, around its first hit, the hits marked; text nodes only. */
function MatchLine({ text, query }: { text: string; query: string }) {
  return (
    <>
      {matchExcerpt(text, query).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
