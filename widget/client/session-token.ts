import { del, get, set } from 'idb-keyval';
import { deviceStore } from './device-store';

/**
 * The resumable anonymous session the server issued, per site, so a reload
 * (or the next visit) continues the same conversation. Storage failures
 * (private mode, blocked IndexedDB) degrade to a session that lasts the page.
 */
const key = (site: string) => `pitboss:${site}:session`;

export async function loadSessionToken(site: string): Promise<string | null> {
  try {
    const token = await get<unknown>(key(site), deviceStore());
    return typeof token === 'string' && token.length > 0 ? token : null;
  } catch {
    return null;
  }
}

export async function saveSessionToken(site: string, token: string): Promise<void> {
  try {
    await set(key(site), token, deviceStore());
  } catch {
    /* kept in memory by the caller */
  }
}

export async function clearSessionToken(site: string): Promise<void> {
  try {
    await del(key(site), deviceStore());
  } catch {
    /* nothing stored */
  }
}
