import nodemailer, { type Transporter } from 'nodemailer';
import type { Notifier } from '../core/relay';
import type { Logger } from '../logger';

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
  };
}
