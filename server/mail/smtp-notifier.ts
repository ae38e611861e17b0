import nodemailer, { type Transporter } from 'nodemailer';
import type { Notifier } from '../core/relay';
import type { Logger } from '../logger';
import { offlineConfirmationMail, offlineReplyMail, transcriptMail, type PlayerMail } from './player-mails';

/**
 * Mail through SMTP (`SMTP_URL`, e.g. smtp://user:pass@mail.example:587).
 * Without one, mails are written to the log instead, so the demo shows what
 * would be sent without needing a mail server. Every mail is in the player's
 * language (server/player-texts).
 */
export function createNotifier(options: { smtpUrl?: string; from: string; log: Logger }): Notifier {
  const transport: Transporter = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true });

  async function send(to: string, conversationId: string, what: string, mail: PlayerMail): Promise<void> {
    const info = await transport.sendMail({ from: options.from, to, subject: mail.subject, text: mail.text, html: mail.html });
    if (!options.smtpUrl) options.log.info({ to, conversationId, mail: String(info.message) }, `${what} (no SMTP_URL: logged, not sent)`);
  }

  return {
    offlineReply: (input) => send(input.to, input.conversationId, 'offline reply', offlineReplyMail(input)),
    offlineConfirmation: (input) => send(input.to, input.conversationId, 'offline confirmation', offlineConfirmationMail(input)),
    transcript: (input) => send(input.to, input.conversationId, 'transcript', transcriptMail(input)),
  };
}
