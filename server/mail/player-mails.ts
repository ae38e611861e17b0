import type { Notifier } from '../core/relay';
import { playerTexts, type PlayerTexts } from '../player-texts/texts';

/** A mail to a player: the plain text is the mail; the HTML part only says its language and direction (Arabic reads right to left). */
export interface PlayerMail {
  subject: string;
  text: string;
  html: string;
}

type OfflineReplyInput = Parameters<Notifier['offlineReply']>[0];
type OfflineConfirmationInput = Parameters<Notifier['offlineConfirmation']>[0];
type TranscriptInput = Parameters<Notifier['transcript']>[0];

export function offlineReplyMail({ siteName, agentName, text, conversationId, locale }: OfflineReplyInput): PlayerMail {
  const t = playerTexts(locale);
  return mail(t, t.answeredSubject(siteName, agentName), [t.answeredIntro(agentName, siteName), '', text, '', t.answeredReplyHint(siteName), t.conversationRef(conversationId)]);
}

export function offlineConfirmationMail({ siteName, conversationId, locale }: OfflineConfirmationInput): PlayerMail {
  const t = playerTexts(locale);
  return mail(t, t.offlineSubject(siteName), [t.offlineBody(siteName), '', t.conversationRef(conversationId)]);
}

/** One block per message, "time · who", then the text as typed; times in the site's zone, written the player's way. */
export function transcriptMail({ siteName, conversationId, timeZone, locale, messages }: TranscriptInput): PlayerMail {
  const t = playerTexts(locale);
  const time = new Intl.DateTimeFormat(t.lang, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' });
  const who = (m: TranscriptInput['messages'][number]) => (m.author === 'player' ? t.you : m.author === 'agent' ? (m.authorName ?? t.agent) : m.author === 'bot' ? t.assistant : t.notice);
  const blocks = messages.map((m) => `${time.format(m.at)} · ${who(m)}\n${m.text}`);
  return mail(t, t.transcriptSubject(siteName), [t.transcriptHeading(siteName), '', ...blocks.flatMap((b) => [b, '']), t.conversationRef(conversationId)]);
}

/**
 * The HTML part is the same text, escaped and kept as typed (pre-wrap): what
 * players and agents wrote is never markup in a mail client, and a
 * right-to-left language is laid out right to left.
 */
function mail(t: PlayerTexts, subject: string, lines: string[]): PlayerMail {
  const text = lines.join('\n');
  const html =
    `<!doctype html><html lang="${t.lang}" dir="${t.dir}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body dir="${t.dir}"><div style="white-space:pre-wrap;font-family:sans-serif">${escapeHtml(text)}</div></body></html>`;
  return { subject, text, html };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
