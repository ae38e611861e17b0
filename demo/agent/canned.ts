import type { CannedReply } from '../../protocol';

/**
 * Canned replies in the reply box: typing `/bon` at the start of the box or
 * after a space offers the replies whose shortcut starts with "bon"; the one
 * picked replaces the `/bon` with its text in the conversation's language,
 * its variables filled in.
 */

/** The `/word` being typed at the caret, if any: where it starts and what follows the slash. */
export function shortcutAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([a-z0-9-]*)$/i.exec(before);
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]!.toLowerCase() };
}

/** Shortcut prefix matches first, then title word matches; at most `limit`. */
export function matchCanned(replies: CannedReply[], query: string, limit = 8): CannedReply[] {
  const q = query.toLowerCase();
  const byShortcut = replies.filter((r) => r.shortcut.startsWith(q));
  const byTitle = q ? replies.filter((r) => !r.shortcut.startsWith(q) && r.title.toLowerCase().split(/\s+/).some((w) => w.startsWith(q))) : [];
  return [...byShortcut, ...byTitle].slice(0, limit);
}

/** The text for a locale: exact tag, then its language, then any tag of that language, then English, then any. */
export function textFor(reply: CannedReply, locale: string): string {
  const texts = reply.texts;
  const language = locale.split('-')[0]!.toLowerCase();
  const tag = Object.keys(texts).find((k) => k.toLowerCase() === locale.toLowerCase()) ?? Object.keys(texts).find((k) => k.toLowerCase() === language) ?? Object.keys(texts).find((k) => k.split('-')[0]!.toLowerCase() === language);
  return texts[tag ?? 'en'] ?? Object.values(texts)[0] ?? '';
}

export interface CannedContext {
  playerName: string | null;
  agentName: string;
}

/** Fill `{{player.name}}` and `{{agent.name}}`; a player without a name leaves no gap ("Hi ," → "Hi,"). */
export function fillVariables(text: string, context: CannedContext): string {
  const agentFirst = context.agentName.split(/\s+/)[0] ?? context.agentName;
  let filled = text.replace(/\{\{\s*agent\.name\s*\}\}/g, agentFirst);
  filled = context.playerName ? filled.replace(/\{\{\s*player\.name\s*\}\}/g, context.playerName) : filled.replace(/\s*\{\{\s*player\.name\s*\}\}/g, '');
  return filled;
}

/** Put the reply in place of the `/word`; returns the new text and where the caret goes. */
export function insertCanned(text: string, at: { start: number; end: number }, replacement: string): { text: string; caret: number } {
  const next = text.slice(0, at.start) + replacement + text.slice(at.end);
  return { text: next, caret: at.start + replacement.length };
}
