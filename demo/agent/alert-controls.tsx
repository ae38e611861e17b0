import type { AlertSettingsControl } from './use-alert-settings';

/** The desk header's switches for the chime and desktop notifications. */
export function AlertControls({ control }: { control: AlertSettingsControl }) {
  const { settings } = control;
  return (
    <div class="alert-controls" role="group" aria-label="Alerts">
      <button type="button" class="button button--quiet toggle" aria-pressed={settings.sound} onClick={() => control.setSound(!settings.sound)}>
        Alert sound
      </button>
      {settings.permission === 'default' ? (
        <button type="button" class="button button--quiet" onClick={() => void control.requestPermission()}>
          Turn on desktop notifications
        </button>
      ) : settings.permission === 'granted' ? (
        <button type="button" class="button button--quiet toggle" aria-pressed={settings.notifications} onClick={() => control.setNotifications(!settings.notifications)}>
          Desktop notifications
        </button>
      ) : settings.permission === 'denied' ? (
        <p class="alert-controls__blocked">Desktop notifications are blocked in this browser’s site settings.</p>
      ) : null}
    </div>
  );
}
