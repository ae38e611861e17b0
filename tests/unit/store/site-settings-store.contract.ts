import { afterEach, expect, it } from 'vitest';
import type { SiteSettingsRecord } from '../../../server/store/site-settings-store';
import type { Store } from '../../../server/store/store';

/** The site settings cases every Store implementation must pass. */
export function siteSettingsStoreContract(open: () => Promise<Store>): void {
  let store: Store;
  afterEach(async () => {
    await store?.close();
  });

  const record = (revision: number, overrides: Record<string, unknown>, siteId = 'demo'): SiteSettingsRecord => ({ siteId, overrides, revision, updatedAt: 1_000 + revision, updatedBy: 'a_max' });

  it('stores a site’s overrides and reads them back, per site', async () => {
    store = await open();
    expect(await store.siteSettings.get('demo')).toBeNull();
    expect(await store.siteSettings.save(record(1, { allowedOrigins: ['https://a.example'], sla: { firstResponseMs: 60_000 } }))).toBe(true);
    expect(await store.siteSettings.save(record(1, { offerTimeoutMs: 30_000 }, 'other'))).toBe(true);
    expect(await store.siteSettings.get('demo')).toEqual(record(1, { allowedOrigins: ['https://a.example'], sla: { firstResponseMs: 60_000 } }));
    expect((await store.siteSettings.list()).map((r) => r.siteId)).toEqual(['demo', 'other']);
  });

  it('refuses a write based on a revision someone else has replaced', async () => {
    store = await open();
    expect(await store.siteSettings.save(record(1, { skillWaitMs: 1 }))).toBe(true);
    // A second first write (two admins starting from the file's seed at once) loses.
    expect(await store.siteSettings.save(record(1, { skillWaitMs: 2 }))).toBe(false);
    expect(await store.siteSettings.save(record(2, { skillWaitMs: 3 }))).toBe(true);
    // Both read revision 2; the second to write loses instead of overwriting.
    expect(await store.siteSettings.save(record(3, { skillWaitMs: 4 }))).toBe(true);
    expect(await store.siteSettings.save(record(3, { skillWaitMs: 5 }))).toBe(false);
    expect(await store.siteSettings.get('demo')).toMatchObject({ revision: 3, overrides: { skillWaitMs: 4 } });
  });
}
