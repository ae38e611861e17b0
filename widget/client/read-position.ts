import { get, set } from 'idb-keyval';
import { deviceStore } from './device-store';

/** How far the player has read, so a reload counts only what arrived since as unread. */
export interface ReadPosition {
  conversationId: string;
  seq: number;
}

const key = (site: string) => `pitboss:${site}:read`;

export async function loadReadPosition(site: string): Promise<ReadPosition | null> {
  try {
    const value = await get<unknown>(key(site), deviceStore());
    if (typeof value !== 'object' || value === null) return null;
    const { conversationId, seq } = value as Record<string, unknown>;
    return typeof conversationId === 'string' && typeof seq === 'number' ? { conversationId, seq } : null;
  } catch {
    return null;
  }
}

/** Written only when the position moves forward (the player read something), never on every frame. */
export async function saveReadPosition(site: string, position: ReadPosition): Promise<void> {
  try {
    await set(key(site), position, deviceStore());
  } catch {
    /* kept in memory */
  }
}
