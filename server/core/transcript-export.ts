import type { ExportFormat, Transcript, TranscriptSummary } from '../../protocol';

/** A file to send: its body, media type and a suggested name. */
export interface ExportFile {
  body: string;
  contentType: string;
  fileName: string;
}

/**
 * One CSV cell (RFC 4180). A cell a spreadsheet would read as a formula
 * (=, +, -, @, tab, carriage return first) gets a leading apostrophe: a
 * player's "=HYPERLINK(...)" must stay text when a supervisor opens the file.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows: (string | number | boolean | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** One line per message (and per note, marked internal), oldest first. */
export function transcriptCsv(t: Transcript): string {
  const lines = [
    ...t.messages.map((m) => ({ at: m.at, kind: 'message', author: m.author, name: m.authorName, text: m.attachment ? `[file] ${m.attachment.name}` : m.text })),
    ...t.notes.map((n) => ({ at: n.at, kind: 'internal note', author: 'agent', name: n.agentName, text: n.text })),
  ].sort((a, b) => a.at - b.at);
  return csv([['conversation', 'time', 'kind', 'author', 'name', 'text'], ...lines.map((l) => [t.conversation.id, iso(l.at), l.kind, l.author, l.name, l.text])]);
}

/** A transcript as a person reads it: a header with the facts, then the lines. */
export function transcriptText(t: Transcript): string {
  const c = t.conversation;
  const head = [
    `Conversation ${c.id}`,
    `Player: ${c.playerName ?? 'anonymous'} (${c.playerId}${t.externalId ? `, casino id ${t.externalId}` : ''})`,
    `Agent: ${t.agentName ?? 'none'}`,
    `Topic: ${c.topic ?? 'none'} · Locale: ${c.locale} · Status: ${c.status}`,
    `Started: ${iso(c.createdAt)}${c.resolvedAt ? ` · Ended: ${iso(c.resolvedAt)}` : ''}`,
    `First response: ${c.firstResponseMs === null ? 'none' : `${Math.round(c.firstResponseMs / 1000)} s`}${c.breaches.length ? ` · SLA breaches: ${c.breaches.join(', ')}` : ''}`,
    ...(t.rating ? [`Rating: ${t.rating.rating}/5${t.rating.comment ? ` "${t.rating.comment}"` : ''}`] : []),
    ...(t.purgedAt ? [`Content removed on ${iso(t.purgedAt)} (retention or erasure).`] : []),
  ];
  const lines = [
    ...t.messages.map((m) => ({ at: m.at, text: `${m.authorName ?? m.author}: ${m.attachment ? `[file] ${m.attachment.name}` : m.text}` })),
    ...t.notes.map((n) => ({ at: n.at, text: `[internal note] ${n.agentName}: ${n.text}` })),
  ].sort((a, b) => a.at - b.at);
  return [...head, '', ...lines.map((l) => `[${iso(l.at)}] ${l.text}`)].join('\n') + '\n';
}

export function transcriptFile(t: Transcript, format: ExportFormat): ExportFile {
  const name = `transcript-${safeName(t.conversation.id)}`;
  if (format === 'csv') return { body: transcriptCsv(t), contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
  if (format === 'text') return { body: transcriptText(t), contentType: 'text/plain; charset=utf-8', fileName: `${name}.txt` };
  return { body: JSON.stringify(t, null, 2), contentType: 'application/json; charset=utf-8', fileName: `${name}.json` };
}

const SUMMARY_COLUMNS: (keyof TranscriptSummary)[] = [
  'id', 'playerId', 'playerName', 'externalId', 'status', 'topic', 'locale', 'agentId', 'agentName',
  'createdAt', 'resolvedAt', 'firstResponseMs', 'breaches', 'rating', 'messageCount', 'opening', 'purgedAt',
];

/** A search result: one row per conversation. */
export function searchFile(result: { total: number; conversations: TranscriptSummary[] }, format: ExportFormat, now: number): ExportFile {
  const name = `transcripts-${new Date(now).toISOString().slice(0, 10)}`;
  if (format === 'json') return { body: JSON.stringify(result, null, 2), contentType: 'application/json; charset=utf-8', fileName: `${name}.json` };
  const cell = (s: TranscriptSummary, k: keyof TranscriptSummary) => {
    const value = s[k];
    if (k === 'createdAt' || k === 'resolvedAt' || k === 'purgedAt') return iso(value as number | null);
    return Array.isArray(value) ? value.join(' ') : (value as string | number | null);
  };
  if (format === 'csv') return { body: csv([SUMMARY_COLUMNS, ...result.conversations.map((s) => SUMMARY_COLUMNS.map((k) => cell(s, k)))]), contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
  const text = result.conversations.map((s) => `${iso(s.createdAt)}  ${s.id}  ${s.playerName ?? s.playerId}  ${s.topic ?? '-'}  ${s.agentName ?? '-'}  ${s.status}${s.rating ? `  ${s.rating}/5` : ''}${s.opening ? `\n    ${s.opening}` : ''}`);
  return { body: `${result.total} conversations\n\n${text.join('\n')}\n`, contentType: 'text/plain; charset=utf-8', fileName: `${name}.txt` };
}

/** Ids are [A-Za-z0-9_-] already; this keeps a file name safe whatever comes. */
function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}
