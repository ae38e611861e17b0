import { useEffect, useRef } from 'preact/hooks';
import type { AgentDesk } from './agent-client';
import { AlertSound } from './alert-sound';
import { alertsBetween, alertText, type DeskAlert } from './desk-alerts';
import { conversationHref } from './route';
import type { AlertSettings } from './use-alert-settings';

/**
 * Watches the desk for new assignments and messages off screen (desk-alerts.ts):
 * one chime per change unless muted, and, while the page is hidden, a desktop
 * notification per chat that opens it when clicked.
 */
export function useDeskAlerts(desk: AgentDesk, settings: AlertSettings): void {
  const current = useRef(settings);
  current.current = settings;
  useEffect(() => {
    const sound = new AlertSound();
    let before = desk.getState();
    const unsubscribe = desk.subscribe(() => {
      const after = desk.getState();
      const alerts = alertsBetween(before, after);
      before = after;
      if (alerts.length === 0) return;
      const { sound: chime, notifications, permission } = current.current;
      if (chime) sound.play();
      if (notifications && permission === 'granted' && document.visibilityState === 'hidden') for (const alert of alerts) notify(alert);
    });
    return () => {
      unsubscribe();
      sound.close();
    };
  }, [desk]);
}

function notify(alert: DeskAlert): void {
  const { title, body, tag } = alertText(alert);
  try {
    const notification = new Notification(title, { body, tag });
    notification.onclick = () => {
      window.focus();
      location.hash = conversationHref(alert.conversation.id);
      notification.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker; the chime and the tab's badge still tell.
  }
}
