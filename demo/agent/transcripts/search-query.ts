import type { TranscriptQueryInput } from '../../../protocol';

/** The search form as typed: every field text, dates as the date inputs give them (YYYY-MM-DD). */
export interface SearchForm {
  player: string;
  text: string;
  agentId: string;
  topic: string;
  status: string;
  fromDate: string;
  toDate: string;
  rating: string;
  breached: boolean;
}

export const EMPTY_FORM: SearchForm = { player: '', text: '', agentId: '', topic: '', status: '', fromDate: '', toDate: '', rating: '', breached: false };

const DAY_MS = 86_400_000;

/**
 * The form as the query string GET /api/transcripts reads. Dates are the
 * supervisor's own days: from the start of `fromDate` to the end of `toDate`
 * in the browser's time zone.
 */
export function searchParams(form: SearchForm, page = 1): URLSearchParams {
  const query: TranscriptQueryInput = {};
  if (form.player.trim()) query.player = form.player.trim();
  if (form.text.trim()) query.text = form.text.trim();
  if (form.agentId) query.agentId = form.agentId;
  if (form.topic) query.topic = form.topic as TranscriptQueryInput['topic'];
  if (form.status) query.status = form.status as TranscriptQueryInput['status'];
  const from = localDayStart(form.fromDate);
  const to = localDayStart(form.toDate);
  if (from !== null) query.from = String(from);
  if (to !== null) query.to = String(to + DAY_MS);
  if (form.rating) query.rating = form.rating;
  if (form.breached) query.breached = 'true';
  if (page > 1) query.page = String(page);
  return new URLSearchParams(query as Record<string, string>);
}

function localDayStart(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/** Where a search result's export downloads from. */
export function exportHref(form: SearchForm, format: 'csv' | 'json' | 'text'): string {
  const params = searchParams(form);
  params.set('format', format);
  return `/api/transcripts/export?${params.toString()}`;
}

export function transcriptExportHref(conversationId: string, format: 'csv' | 'json' | 'text'): string {
  return `/api/transcripts/${encodeURIComponent(conversationId)}/export?format=${format}`;
}
