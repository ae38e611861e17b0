import type { SiteConfig } from '../config/sites';
import type { PlayerDataStore } from '../store/player-data-store';
import type { AuditTrail } from './audit-trail';

export const DAY_MS = 24 * 60 * 60_000;

/**
 * The retention period: the content of conversations that ended more than
 * `retentionDays` ago is removed, site by site (PlayerDataStore.purgeEnded;
 * the KPI facts stay). Safe on every node at once: the deletes are
 * idempotent, and a conversation once purged is skipped.
 */
export async function purgeExpired(deps: { sites: () => SiteConfig[]; store: PlayerDataStore; audit: AuditTrail }, now: number): Promise<number> {
  let purged = 0;
  for (const site of deps.sites()) {
    const removed = await deps.store.purgeEnded(site.id, now - site.retentionDays * DAY_MS, now);
    if (removed.conversations === 0) continue;
    purged += removed.conversations;
    await deps.audit.record(null, site.id, 'retention.purge', { type: 'site', id: site.id }, { retentionDays: site.retentionDays, ...removed });
  }
  return purged;
}
