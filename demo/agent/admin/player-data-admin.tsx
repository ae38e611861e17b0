import { useState } from 'preact/hooks';
import { PlayerDataExportSchema, PlayerErasedSchema, type PlayerDataExport } from '../../../protocol';
import { getJson, sendJson } from '../rest';

const dataPath = (player: string) => `/api/players/${encodeURIComponent(player)}/data`;

/** GDPR: an admin exports everything stored about a player, or erases it (their conversations' facts stay, anonymous). */
export function PlayerDataAdmin() {
  const [player, setPlayer] = useState('');
  const [found, setFound] = useState<PlayerDataExport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  async function look(event: Event) {
    event.preventDefault();
    setConfirming(false);
    setFound(null);
    const result = await getJson(dataPath(player.trim()), PlayerDataExportSchema);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    setMessage(null);
    setFound(result.value);
  }

  async function erase() {
    if (!found) return;
    const result = await sendJson('POST', `/api/players/${encodeURIComponent(found.player.id)}/erase`, undefined, PlayerErasedSchema);
    setConfirming(false);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    setFound(null);
    setMessage({
      tone: 'ok',
      text: `Erased: ${result.value.messages} messages, ${result.value.attachments} files and ${result.value.notes} notes in ${result.value.conversations} conversations. Their facts remain under ${result.value.anonymousId}.`,
    });
  }

  const messages = found ? found.conversations.reduce((n, c) => n + c.messages.length, 0) : 0;
  return (
    <section aria-labelledby="player-data-title" class="admin">
      <h3 id="player-data-title">Player data</h3>
      <p class="admin__hint">
        A player's request under the GDPR: export everything stored about them as JSON, or erase it. Erasing removes their messages, files, notes, names, emails and ids; their
        conversations stay in the KPIs without anything that identifies them. Both are written to the audit log.
      </p>
      <form class="admin__form" aria-label="Find a player" onSubmit={look}>
        <div class="admin__fields">
          <label>
            Player id or casino id
            <input required value={player} onInput={(e) => setPlayer(e.currentTarget.value)} />
          </label>
        </div>
        <div class="admin__buttons">
          <button type="submit" class="button button--primary">
            Find player
          </button>
        </div>
      </form>
      {message ? (
        <p class={`admin__message admin__message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {found ? (
        <div class="admin__form" aria-label="Player found" role="group">
          <p>
            <strong>
              <bdi>{found.player.name ?? 'Anonymous player'}</bdi>
            </strong>{' '}
            <span class="admin__email">
              {found.player.id}
              {found.player.externalId ? ` · casino id ${found.player.externalId}` : ''}
            </span>
          </p>
          <p>
            {found.conversations.length} conversations, {messages} messages.
          </p>
          <div class="admin__buttons">
            <a class="button" href={dataPath(found.player.id)} download>
              Download data (JSON)
            </a>
            {confirming ? (
              <>
                <button type="button" class="button button--primary" onClick={() => void erase()}>
                  Erase this player’s data for good
                </button>
                <button type="button" class="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" class="button" onClick={() => setConfirming(true)}>
                Erase data…
              </button>
            )}
          </div>
        </div>
      ) : null}
    </section>
  );
}
