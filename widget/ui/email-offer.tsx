import type { ChatView, PlayerClient } from '../client/player-client';
import type { Messages } from '../i18n';
import { EmailForm } from './email-form';
import { RequestFailed } from './request-failed';

/**
 * The email fallback: when the relay says nobody can answer soon and the
 * player waits in the queue (or is about to ask while nobody is online),
 * offer to leave an address; once stored, say where the answer will go.
 */
export function EmailOffer({ view, client, messages }: { view: ChatView; client: PlayerClient; messages: Messages }) {
  const { availability, conversation, request } = view;
  const status = conversation?.status;
  // After a resolved chat the end card has its own email field (the transcript); the offer returns with the next question.
  const idle = status === undefined || status === 'missed';
  if (!availability || !(status === 'queued' || idle)) return null;
  const saved = status === 'queued' ? availability.email : null;
  const line = saved ? messages.emailSaved(saved) : view.heldEmail ? messages.emailHeld(view.heldEmail) : null;
  if (line) return <p class="offer">{line}</p>;
  if (!availability.offerEmail || (idle && availability.agentsOnline > 0)) return null;
  const mine = request?.kind === 'email' ? request : null;
  return (
    <div class="offer">
      <p class="offer-text">{messages.emailOffer}</p>
      <EmailForm label={messages.emailLabel} action={messages.emailSave} busy={mine !== null && !mine.failed} onSubmit={(email) => client.leaveEmail(email)} />
      {mine?.failed ? <RequestFailed messages={messages} /> : null}
    </div>
  );
}
