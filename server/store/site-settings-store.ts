import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * Admin changes to a site, stored over the sites file's seed so every node
 * shares them. The overrides are one JSON document the config layer validates
 * when it reads them (server/config/site-overrides.ts); `revision` counts the
 * writes, so two admins saving at once cannot silently overwrite each other
 * (a lost identity-secret rotation would leave the casino signing with a
 * secret nobody stored).
 */
export interface SiteSettingsRecord {
  siteId: string;
  overrides: Record<string, unknown>;
  revision: number;
  updatedAt: number;
  updatedBy: string;
}

export interface SiteSettingsStore {
  get(siteId: string): Promise<SiteSettingsRecord | null>;
  list(): Promise<SiteSettingsRecord[]>;
  /**
   * Write `record` if the stored revision is still `record.revision - 1`
   * (revision 1: no row yet). False when someone else wrote first.
   */
  save(record: SiteSettingsRecord): Promise<boolean>;
}

export interface SiteSettingsTables {
  site_settings: {
    site_id: string;
    overrides: string;
    revision: number;
    updated_at: number;
    updated_by: string;
  };
}

export class KyselySiteSettingsStore implements SiteSettingsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async get(siteId: string): Promise<SiteSettingsRecord | null> {
    const row = await this.db.selectFrom('site_settings').selectAll().where('site_id', '=', siteId).executeTakeFirst();
    return row ? toRecord(row) : null;
  }

  async list(): Promise<SiteSettingsRecord[]> {
    return (await this.db.selectFrom('site_settings').selectAll().orderBy('site_id').execute()).map(toRecord);
  }

  async save(record: SiteSettingsRecord): Promise<boolean> {
    const values = { overrides: JSON.stringify(record.overrides), revision: record.revision, updated_at: record.updatedAt, updated_by: record.updatedBy };
    if (record.revision === 1) {
      const inserted = await this.db
        .insertInto('site_settings')
        .values({ site_id: record.siteId, ...values })
        .onConflict((oc) => oc.column('site_id').doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    }
    const updated = await this.db
      .updateTable('site_settings')
      .set(values)
      .where('site_id', '=', record.siteId)
      .where('revision', '=', record.revision - 1)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }
}

function toRecord(row: SiteSettingsTables['site_settings']): SiteSettingsRecord {
  return {
    siteId: row.site_id,
    overrides: JSON.parse(row.overrides) as Record<string, unknown>,
    revision: Number(row.revision),
    updatedAt: Number(row.updated_at),
    updatedBy: row.updated_by,
  };
}
