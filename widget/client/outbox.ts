import { get, update } from 'idb-keyval';
import { TOPICS, type AttachmentRef, type Topic } from '../../protocol';
import { deviceStore } from './device-store';

export interface OutboxItem {
  id: string;
  text: string;
  /** epoch ms, device time, when the player sent it */
  at: number;
  /** The pre-chat topic, on the message that may open a conversation. */
  topic?: Topic;
  /** A file already uploaded, sent with this message. */
  attachment?: AttachmentRef;
}

/**
 * Messages the player sent that the server has not acknowledged yet, in the
 * order typed, mirrored to IndexedDB so a reload or a dropped network loses
 * nothing. Every write is one read-modify-write transaction (idb-keyval's
 * `update`), so two tabs of the same player do not overwrite each other.
 */
export class Outbox {
  private items: OutboxItem[] = [];
  private readonly key: string;

  constructor(site: string) {
    this.key = `pitboss:${site}:outbox`;
  }

  get pending(): readonly OutboxItem[] {
    return this.items;
  }

  has(id: string): boolean {
    return this.items.some((item) => item.id === id);
  }

  /** Read what earlier page loads left behind; they go first. Returns the items that were new to this page. */
  async load(): Promise<OutboxItem[]> {
    let stored: OutboxItem[] = [];
    try {
      stored = parseItems(await get<unknown>(this.key, deviceStore()));
    } catch {
      return [];
    }
    const fresh = stored.filter((item) => !this.has(item.id));
    this.items = [...fresh, ...this.items];
    return fresh;
  }

  add(item: OutboxItem): Promise<void> {
    if (this.has(item.id)) return Promise.resolve();
    this.items = [...this.items, item];
    return this.persist((items) => [...items.filter((i) => i.id !== item.id), item]);
  }

  remove(id: string): Promise<void> {
    if (!this.has(id)) return Promise.resolve();
    this.items = this.items.filter((item) => item.id !== id);
    return this.persist((items) => items.filter((i) => i.id !== id));
  }

  private async persist(change: (items: OutboxItem[]) => OutboxItem[]): Promise<void> {
    try {
      await update<unknown>(this.key, (old) => change(parseItems(old)), deviceStore());
    } catch {
      /* IndexedDB unavailable: the in-memory outbox still covers a dropped network */
    }
  }
}

/** Whatever is stored came from an older build or another tab: trust only well-formed items. */
function parseItems(value: unknown): OutboxItem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (v): v is OutboxItem =>
        typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.text === 'string' && typeof v.at === 'number',
    )
    .map(({ id, text, at, topic, attachment }) => ({
      id,
      text,
      at,
      ...(TOPICS.includes(topic as Topic) ? { topic } : {}),
      ...(typeof attachment?.id === 'string' ? { attachment } : {}),
    }));
}
