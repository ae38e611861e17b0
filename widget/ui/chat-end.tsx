import { useState } from 'preact/hooks';
import type { ChatView, PlayerClient } from '../client/player-client';
import type { Messages } from '../i18n';
import { EmailForm } from './email-form';
import { RequestFailed } from './request-failed';

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * After a resolved chat: rate the agent's help (only when an agent answered;
 * a chat the bot's articles solved has nobody to rate) and have the
 * transcript mailed.
 */
export function ChatEnd({ view, client, messages }: { view: ChatView; client: PlayerClient; messages: Messages }) {
  const conversation = view.conversation;
  if (conversation?.status !== 'resolved') return null;
  const failed = (kind: 'csat' | 'transcript') => (view.request?.kind === kind && view.request.failed ? <RequestFailed messages={messages} /> : null);
  const busy = (kind: 'csat' | 'transcript') => view.request?.kind === kind && !view.request.failed;
  return (
    <div class="end">
      {conversation.agentName !== null && !conversation.deflected ? (
        view.rating !== null ? (
          <p class="thanks">{messages.rateThanks}</p>
        ) : (
          <Rating key={conversation.id} messages={messages} busy={busy('csat')} onRate={(rating, comment) => client.rate(rating, comment)} />
        )
      ) : null}
      {failed('csat')}
      {view.transcriptTo !== null ? (
        <p class="thanks">{messages.transcriptSent(view.transcriptTo)}</p>
      ) : (
        <EmailForm
          label={messages.emailLabel}
          action={messages.transcriptSend}
          initial={view.availability?.email}
          busy={busy('transcript')}
          onSubmit={(email) => client.mailTranscript(email)}
        />
      )}
      {failed('transcript')}
    </div>
  );
}

function Rating({ messages, busy, onRate }: { messages: Messages; busy: boolean; onRate: (rating: number, comment: string) => void }) {
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  return (
    <form
      class="rating"
      onSubmit={(event) => {
        event.preventDefault();
        if (rating > 0) onRate(rating, comment);
      }}
    >
      <fieldset>
        <legend>{messages.rateTitle}</legend>
        <div class="stars">
          {RATINGS.map((n) => (
            <label key={n} class={n <= rating ? 'star on' : 'star'}>
              <input type="radio" name="pitboss-rating" value={n} checked={n === rating} aria-label={messages.rateStar(n)} onChange={() => setRating(n)} />
              <span aria-hidden="true">★</span>
            </label>
          ))}
        </div>
      </fieldset>
      <textarea class="field" rows={2} maxLength={1000} aria-label={messages.rateComment} placeholder={messages.rateComment} value={comment} onInput={(event) => setComment(event.currentTarget.value)} />
      <button type="submit" class="action" disabled={rating === 0 || busy}>
        {messages.rateSend}
      </button>
    </form>
  );
}
