import { useState } from 'preact/hooks';

/**
 * The agent's choices for alerts, kept in this browser (localStorage): the
 * chime on or muted, desktop notifications on or off. Written only when the
 * agent flips one; the browser's notification permission is asked for only
 * when they press the button, never on load.
 */
export interface AlertSettings {
  sound: boolean;
  notifications: boolean;
  permission: NotificationPermission | 'unsupported';
}

export const SOUND_KEY = 'pitboss.desk.sound';
export const NOTIFICATIONS_KEY = 'pitboss.desk.notifications';

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage blocked (a privacy setting): the defaults hold for this page.
    return null;
  }
}

function store(key: string, on: boolean): void {
  try {
    localStorage.setItem(key, on ? 'on' : 'off');
  } catch {
    // As above: the choice lasts until the page closes.
  }
}

function permission(): AlertSettings['permission'] {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export function readAlertSettings(): AlertSettings {
  return { sound: stored(SOUND_KEY) !== 'off', notifications: stored(NOTIFICATIONS_KEY) !== 'off', permission: permission() };
}

export interface AlertSettingsControl {
  settings: AlertSettings;
  setSound(on: boolean): void;
  setNotifications(on: boolean): void;
  /** Ask the browser (from a click); notifications are on if it grants. */
  requestPermission(): Promise<void>;
}

export function useAlertSettings(): AlertSettingsControl {
  const [settings, setSettings] = useState(readAlertSettings);
  return {
    settings,
    setSound(on) {
      store(SOUND_KEY, on);
      setSettings((s) => ({ ...s, sound: on }));
    },
    setNotifications(on) {
      store(NOTIFICATIONS_KEY, on);
      setSettings((s) => ({ ...s, notifications: on }));
    },
    async requestPermission() {
      if (typeof Notification === 'undefined') return;
      const answer = await Notification.requestPermission();
      if (answer === 'granted') store(NOTIFICATIONS_KEY, true);
      setSettings((s) => ({ ...s, permission: answer, notifications: answer === 'granted' ? true : s.notifications }));
    },
  };
}
