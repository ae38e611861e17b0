import { useState } from 'preact/hooks';
import type { AgentDesk } from './agent-client';
import { AlertControls } from './alert-controls';
import { ConnectionStatus } from './connection-status';
import { PanelNav } from './panel-nav';
import type { PanelView } from './route';
import { isEnded, type DeskState } from './desk-state';
import { StatusControl } from './status-control';
import type { AlertSettingsControl } from './use-alert-settings';

interface DeskHeaderProps {
  desk: AgentDesk;
  state: DeskState;
  onSignOut: () => Promise<{ ok: boolean; message: string }>;
  view: PanelView;
  alerts: AlertSettingsControl;
}

export function DeskHeader({ desk, state, onSignOut, view, alerts }: DeskHeaderProps) {
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const active = Object.values(state.conversations).filter((c) => !isEnded(c)).length;

  async function signOut() {
    setBusy(true);
    setSignOutError(null);
    const result = await onSignOut();
    // On success this header is already gone.
    if (!result.ok) {
      setBusy(false);
      setSignOutError(`Sign-out failed: ${result.message}`);
    }
  }

  return (
    <header class="desk-header">
      <h1 class="brand">
        <span class="brand__mark" aria-hidden="true">
          P
        </span>{' '}
        Pitboss <span class="brand__product">Agent desk</span>
      </h1>
      <PanelNav role={state.me.role} current={view} />
      <ConnectionStatus connection={state.connection} ready={state.ready} wasReady={state.wasReady} />
      <div class="desk-header__agent">
        <AlertControls control={alerts} />
        <StatusControl
          status={state.requestedStatus ?? state.me.status}
          disabled={!state.ready}
          onChange={(status) => desk.setStatus(status)}
        />
        <p class="desk-header__load" title="Open chats / capacity">
          {active} / {state.me.capacity} chats
        </p>
        <p class="desk-header__name">
          {state.me.name}
          <span class="desk-header__email">{state.me.email}</span>
        </p>
        <button type="button" class="button button--quiet" onClick={signOut} disabled={busy}>
          Sign out
        </button>
        {signOutError ? (
          <p class="desk-header__error" role="alert">
            {signOutError}
          </p>
        ) : null}
      </div>
    </header>
  );
}
