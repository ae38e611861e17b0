import { CLOSE_CODES } from '../../protocol';
import type { StateChange } from '../../widget/client/connection';

interface ConnectionStatusProps {
  connection: StateChange;
  ready: boolean;
  wasReady: boolean;
}

type View = { tone: 'ok' | 'busy' | 'down'; text: string; reload?: boolean };

export function connectionView({ connection, ready, wasReady }: ConnectionStatusProps): View {
  if (ready && connection.state === 'open') return { tone: 'ok', text: 'Connected' };
  if (connection.state === 'closed') {
    if (connection.code === CLOSE_CODES.version) {
      return { tone: 'down', text: 'This page is out of date. Reload to continue.', reload: true };
    }
    return { tone: 'down', text: 'Disconnected' };
  }
  // Between attempts the state flips reconnecting → connecting → reconnecting; the words stay put.
  if (connection.state === 'reconnecting' || wasReady) return { tone: 'busy', text: 'Reconnecting…' };
  return { tone: 'busy', text: 'Connecting…' };
}

/** A quiet pill in the header; screen readers hear changes through role="status". */
export function ConnectionStatus(props: ConnectionStatusProps) {
  const view = connectionView(props);
  return (
    <div class={`connection connection--${view.tone}`} role="status">
      <span class="connection__dot" aria-hidden="true" />
      <span>{view.text}</span>
      {view.reload ? (
        <button type="button" class="button button--quiet" onClick={() => location.reload()}>
          Reload
        </button>
      ) : null}
    </div>
  );
}
