import { useEffect, useState } from 'preact/hooks';
import { TransferCandidateListSchema, type AgentConversation, type TransferCandidate } from '../../protocol';
import { languageName } from './format';
import { getJson } from './rest';
import { TOPIC_LABELS } from './topics';

interface TransferToColleagueProps {
  conversation: AgentConversation;
  onSubmit: (agentId: string, note: string) => boolean;
  ready: boolean;
}

/**
 * Hand the chat to a named colleague: the online agents of the site (from
 * GET /api/transfer-candidates, asked when the form opens), with how busy
 * each is and whether they speak the player's language and know the topic.
 */
export function TransferToColleague({ conversation: c, onSubmit, ready }: TransferToColleagueProps) {
  const [open, setOpen] = useState(false);
  const [candidates, setCandidates] = useState<TransferCandidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [picked, setPicked] = useState<string | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setError(null);
    void getJson('/api/transfer-candidates', TransferCandidateListSchema).then((result) => {
      if (cancelled) return;
      if (result.ok) setCandidates(result.value.candidates);
      else setError(result.message);
    });
    return () => {
      cancelled = true;
    };
  }, [open, attempt]);

  const choice = candidates?.find((a) => a.id === picked) ?? null;
  return (
    <details class="actions__form" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Transfer to a colleague</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (choice && onSubmit(choice.id, note)) setNote('');
        }}
      >
        <fieldset class="colleagues">
          <legend>Colleague</legend>
          {error ? (
            <p role="alert">{error}</p>
          ) : candidates === null ? (
            <p aria-busy="true">Looking for colleagues online…</p>
          ) : candidates.length === 0 ? (
            <p>No colleague is online right now. Transfer to a queue instead.</p>
          ) : (
            <ul class="colleagues__list">
              {candidates.map((a) => (
                <li key={a.id}>
                  <label class="colleague">
                    <input type="radio" name="transfer-colleague" value={a.id} checked={picked === a.id} onChange={() => setPicked(a.id)} />
                    <span class="colleague__name">{a.name}</span>
                    <span class="sr-only">, </span>
                    <span class={`colleague__load${a.load >= a.capacity ? ' colleague__load--full' : ''}`}>
                      {a.load} of {a.capacity} chats{a.load >= a.capacity ? ', full' : ''}
                    </span>
                    <span class="sr-only">, </span>
                    <span class="colleague__fit">{fitFor(a, c)}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <button type="button" class="button button--quiet" onClick={() => setAttempt((n) => n + 1)}>
            Refresh colleagues
          </button>
        </fieldset>
        <label for="colleague-note">Note for your colleague</label>
        <textarea id="colleague-note" rows={2} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        {choice && choice.load >= choice.capacity ? <p class="colleague__warning">{choice.name} is full: the chat waits until they free a slot.</p> : null}
        <button type="submit" class="button" disabled={!ready || !choice}>
          Transfer to colleague
        </button>
      </form>
    </details>
  );
}

/** "Speaks French · knows KYC": what the holder weighs, in the player's terms. */
function fitFor(agent: TransferCandidate, c: AgentConversation): string {
  const language = c.locale.toLowerCase().split('-')[0] ?? c.locale;
  const speaks = agent.languages.includes(language) ? `Speaks ${languageName(language)}` : `No ${languageName(language)}`;
  if (!c.topic) return speaks;
  return `${speaks} · ${agent.skills.includes(c.topic) ? 'knows' : 'no'} ${TOPIC_LABELS[c.topic]}`;
}
