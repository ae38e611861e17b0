import nodemailer, { type Transporter } from 'nodemailer';
import type { Notifier } from '../core/relay';
import type { Logger } from '../logger';

type TranscriptInput = Parameters<Notifier['transcript']>[0];

/**
 * Mail through SMTP (`SMTP_URL`, e.g. smtp://user:pass@mail.example:587).
 * Without one, mails are written to the log instead, so the demo shows what
 * would be sent without needing a mail server.
 */
export function createNotifier(options: { smtpUrl?: string; from: string; log: Logger }): Notifier {
  const transport: Transporter = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    async offlineReply({ to, siteName, agentName, text, conversationId }) {
      const info = await transport.sendMail({
        from: options.from,
        to,
        subject: `${siteName} support: ${agentName} answered your question`,
        // Plain text only: the agent's words are never interpreted as HTML in a mail client.
        text: `${agentName} from ${siteName} support wrote:\n\n${text}\n\nReply by opening the chat on ${siteName} again.\n(Conversation ${conversationId})`,
      });
      if (!options.smtpUrl) options.log.info({ to, conversationId, mail: String(info.message) }, 'offline reply (no SMTP_URL: logged, not sent)');
    },
    async transcript(input) {
      const info = await transport.sendMail({
        from: options.from,
        to: input.to,
        subject: `${input.siteName} support: your chat transcript`,
        // Plain text, like the chat itself: nothing anyone typed becomes markup in a mail client.
        text: transcriptText(input),
      });
      if (!options.smtpUrl) options.log.info({ to: input.to, conversationId: input.conversationId, mail: String(info.message) }, 'transcript (no SMTP_URL: logged, not sent)');
    },
  };
}

/** The mail body: one block per message, "time · who", then the text as typed. */
export function transcriptText({ siteName, conversationId, timeZone, messages }: TranscriptInput): string {
  const time = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' });
  const who = (m: TranscriptInput['messages'][number]) =>
    m.author === 'player' ? 'You' : m.author === 'agent' ? (m.authorName ?? 'Agent') : m.author === 'bot' ? 'Assistant' : 'Notice';
  const blocks = messages.map((m) => `${time.format(m.at)} · ${who(m)}\n${m.text}`);
  return [`Your conversation with ${siteName} support`, '', ...blocks.flatMap((b) => [b, '']), `(Conversation ${conversationId})`].join('\n');
}
