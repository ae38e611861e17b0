import type { AgentConversation } from '../../protocol';
import { isEnded, threadOf, type DeskState } from './desk-state';
import { languageName } from './format';
import { unreadCount } from './thread';
import { TOPIC_LABELS } from './topics';

/**
 * What deserves the agent's attention between two desk states: a chat newly
 * assigned to them, or a player's message in a chat that is not on screen
 * (another tab, or the page is hidden). Pure, so the rules are unit-tested;
 * use-desk-alerts.ts plays the sound and shows the desktop notification.
 */
export type DeskAlert = { kind: 'assigned' | 'message'; conversation: AgentConversation };

export function alertsBetween(before: DeskState, after: DeskState): DeskAlert[] {
  // A (re)connect's welcome lists chats the agent already holds: that is no news.
  if (!before.ready || !after.ready) return [];
  const alerts: DeskAlert[] = [];
  for (const c of Object.values(after.conversations)) {
    if (isEnded(c) || c.agentId !== after.me.id) continue;
    const known = before.conversations[c.id];
    if (!known || isEnded(known) || known.agentId !== after.me.id) {
      alerts.push({ kind: 'assigned', conversation: c });
      continue;
    }
    const onScreen = c.id === after.openId && after.visible;
    if (!onScreen && unreadCount(threadOf(after, c.id)) > unreadCount(threadOf(before, c.id))) alerts.push({ kind: 'message', conversation: c });
  }
  return alerts;
}

export interface AlertText {
  title: string;
  body: string;
  /** One notification per chat: a newer one replaces it instead of piling up. */
  tag: string;
}

/**
 * What a desktop notification says. Never the player's words or name: the
 * operating system shows notifications outside the panel's sign-in (on a
 * locked screen, in a shared screen, in its notification history), and a
 * casino chat carries payment, identity and gambling-harm details. Topic,
 * language and flags are enough to judge urgency; the chat itself is one
 * click away. Everything here is plain text (Notification renders no markup).
 */
export function alertText(alert: DeskAlert): AlertText {
  const c = alert.conversation;
  const about = c.topic ? TOPIC_LABELS[c.topic] : 'No topic yet';
  const flags = [c.vipTier > 0 ? `VIP ${c.vipTier}` : null, c.responsibleGambling ? 'Responsible gambling' : null].filter((f): f is string => f !== null);
  const body = [about, languageName(c.locale), ...flags].join(' · ');
  return alert.kind === 'assigned'
    ? { title: 'New chat assigned', body, tag: `pitboss-${c.id}` }
    : { title: 'New message in a chat', body, tag: `pitboss-${c.id}` };
}
