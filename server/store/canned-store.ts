import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema';

/** A canned reply: one text per locale tag, with `{{player.name}}` and `{{agent.name}}` filled in by the desk. */
export interface CannedReplyRecord {
  id: string;
  siteId: string;
  shortcut: string;
  title: string;
  texts: Record<string, string>;
  createdAt: number;
  updatedAt: number;
}

export type CannedReplyPatch = Partial<Pick<CannedReplyRecord, 'shortcut' | 'title' | 'texts' | 'updatedAt'>>;

export interface CannedReplyStore {
  /** By shortcut. */
  list(siteId: string): Promise<CannedReplyRecord[]>;
  get(id: string): Promise<CannedReplyRecord | null>;
  /** Throws when the site already has the shortcut (a unique constraint). */
  create(reply: CannedReplyRecord): Promise<void>;
  update(id: string, patch: CannedReplyPatch): Promise<CannedReplyRecord | null>;
  delete(id: string): Promise<boolean>;
}

export class KyselyCannedReplyStore implements CannedReplyStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(siteId: string): Promise<CannedReplyRecord[]> {
    const rows = await this.db.selectFrom('canned_replies').selectAll().where('site_id', '=', siteId).orderBy('shortcut', 'asc').execute();
    return rows.map(toCanned);
  }

  async get(id: string): Promise<CannedReplyRecord | null> {
    const row = await this.db.selectFrom('canned_replies').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toCanned(row) : null;
  }

  async create(r: CannedReplyRecord): Promise<void> {
    await this.db
      .insertInto('canned_replies')
      .values({
        id: r.id,
        site_id: r.siteId,
        shortcut: r.shortcut,
        title: r.title,
        texts: JSON.stringify(r.texts),
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      })
      .execute();
  }

  async update(id: string, patch: CannedReplyPatch): Promise<CannedReplyRecord | null> {
    const columns: Partial<Database['canned_replies']> = {};
    if (patch.shortcut !== undefined) columns.shortcut = patch.shortcut;
    if (patch.title !== undefined) columns.title = patch.title;
    if (patch.texts !== undefined) columns.texts = JSON.stringify(patch.texts);
    if (patch.updatedAt !== undefined) columns.updated_at = patch.updatedAt;
    if (Object.keys(columns).length > 0) await this.db.updateTable('canned_replies').set(columns).where('id', '=', id).execute();
    return this.get(id);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('canned_replies').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toCanned(row: Selectable<Database['canned_replies']>): CannedReplyRecord {
  let texts: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(row.texts);
    if (parsed && typeof parsed === 'object') texts = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  } catch {
    // A row written by hand with broken JSON shows as a reply without texts rather than failing the list.
  }
  return {
    id: row.id,
    siteId: row.site_id,
    shortcut: row.shortcut,
    title: row.title,
    texts,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}
