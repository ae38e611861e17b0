import { useEffect, useState } from 'preact/hooks';
import { TranscriptSchema, type Transcript } from '../../../protocol';
import { formatClock, formatDuration } from '../format';
import { getJson } from '../rest';
import { transcriptExportHref } from './search-query';

type Line = { key: string; at: number; author: string; text: string; note: boolean };

/** One transcript as staff read it: the facts, every line (notes marked), the timeline, and its downloads. Text only, never markup. */
export function TranscriptDetail({ conversationId }: { conversationId: string }) {
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void getJson(`/api/transcripts/${encodeURIComponent(conversationId)}`, TranscriptSchema).then((r) => (r.ok ? setTranscript(r.value) : setError(r.message)));
  }, [conversationId]);

  if (error) {
    return (
      <p class="admin__message admin__message--error" role="alert">
        {error}
      </p>
    );
  }
  if (!transcript) return <p class="board__loading">Loading the transcript…</p>;
  const c = transcript.conversation;
  const player = c.playerName ?? 'Anonymous player';
  const now = Date.now();
  const lines: Line[] = [
    ...transcript.messages.map((m) => ({
      key: `m${m.seq}`,
      at: m.at,
      author: m.author === 'player' ? player : m.author === 'agent' ? (m.authorName ?? 'Agent') : m.author === 'bot' ? 'Bot' : 'System',
      text: m.attachment ? `File: ${m.attachment.name}` : m.text,
      note: false,
    })),
    ...transcript.notes.map((n) => ({ key: `n${n.id}`, at: n.at, author: `Internal note · ${n.agentName}`, text: n.text, note: true })),
  ].sort((a, b) => a.at - b.at);
  return (
    <section class="admin transcript-detail" aria-labelledby="transcript-title">
      <div class="admin__log-header">
        <h3 id="transcript-title">
          Transcript with <bdi>{player}</bdi>
        </h3>
        <p class="transcripts__exports">
          Download:{' '}
          <a href={transcriptExportHref(c.id, 'json')} download>
            JSON
          </a>{' '}
          <a href={transcriptExportHref(c.id, 'csv')} download>
            CSV
          </a>{' '}
          <a href={transcriptExportHref(c.id, 'text')} download>
            Text
          </a>
        </p>
      </div>
      <dl class="transcript-detail__facts">
        <Fact term="Conversation" value={c.id} />
        <Fact term="Player id" value={c.playerId} />
        {transcript.externalId ? <Fact term="Casino id" value={transcript.externalId} /> : null}
        {transcript.offlineEmail ? <Fact term="Email left" value={transcript.offlineEmail} /> : null}
        <Fact term="Agent" value={transcript.agentName ?? '—'} />
        <Fact term="Topic" value={c.topic ?? '—'} />
        <Fact term="Status" value={c.status} />
        <Fact term="Started" value={formatClock(c.createdAt, now)} />
        {c.resolvedAt ? <Fact term="Ended" value={formatClock(c.resolvedAt, now)} /> : null}
        <Fact term="First response" value={c.firstResponseMs === null ? 'none' : formatDuration(c.firstResponseMs)} />
        <Fact term="SLA breaches" value={c.breaches.length ? c.breaches.join(', ') : 'none'} />
        <Fact term="Rating" value={transcript.rating ? `${transcript.rating.rating} / 5${transcript.rating.comment ? ` — ${transcript.rating.comment}` : ''}` : 'none'} />
      </dl>
      {transcript.purgedAt ? <p class="admin__hint">The content of this conversation was removed on {formatClock(transcript.purgedAt, now)} (retention period or erasure); its facts remain.</p> : null}
      <div class="transcript-detail__lines" role="log" aria-label="Transcript lines" tabIndex={0}>
        <ol class="transcript__lines">
        {lines.length === 0 ? <li class="transcript__empty">No messages.</li> : null}
        {lines.map((l) => (
          <li key={l.key} class={l.note ? 'line line--note' : 'line'}>
            <p class="line__meta">
              <span class="line__author">
                <bdi>{l.author}</bdi>
              </span>{' '}
              <time dateTime={new Date(l.at).toISOString()}>{formatClock(l.at, now)}</time>
            </p>
            <p class="line__text">{l.text}</p>
          </li>
        ))}
        </ol>
      </div>
      {transcript.events.length ? (
        <details>
          <summary>Timeline ({transcript.events.length})</summary>
          <ul>
            {transcript.events.map((e, i) => (
              <li key={i}>
                <time dateTime={new Date(e.at).toISOString()}>{formatClock(e.at, now)}</time> {e.kind}
                {e.detail ? ` (${e.detail})` : ''}
                {e.note ? ` — ${e.note}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
