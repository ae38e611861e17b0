import type { Bus } from '../bus/bus';
import type { Logger } from '../logger';
import type { SiteSettingsStore } from '../store/site-settings-store';
import { asSiteInput, parseOverrides } from './site-overrides';
import type { SiteDirectory } from './sites';

/**
 * Keeps this node's SiteDirectory equal to the sites file plus the stored
 * admin overrides: all of them when the node starts, and a site again
 * whenever any node announces a change on the bus, so every node applies an
 * edit at once (origin checks, identity secrets, SLA timers, routing waits).
 */
export class SiteSettingsSync {
  private readonly unsubscribe: () => void;

  private constructor(private readonly deps: { store: { siteSettings: SiteSettingsStore }; bus: Bus; sites: SiteDirectory; log: Logger }) {
    this.unsubscribe = deps.bus.subscribe((event) => {
      if (event.kind !== 'site') return;
      this.reload(event.siteId).catch((err) => deps.log.error({ err, siteId: event.siteId }, 'site settings reload failed'));
    });
  }

  static async start(deps: { store: { siteSettings: SiteSettingsStore }; bus: Bus; sites: SiteDirectory; log: Logger }): Promise<SiteSettingsSync> {
    const sync = new SiteSettingsSync(deps);
    for (const record of await deps.store.siteSettings.list()) sync.applyStored(record.siteId, record.overrides);
    return sync;
  }

  /** Read the site's overrides from the store and apply them on this node. */
  async reload(siteId: string): Promise<void> {
    const record = await this.deps.store.siteSettings.get(siteId);
    this.applyStored(siteId, record?.overrides ?? null);
  }

  /** Applied on this node, then announced to the others. */
  async changed(siteId: string): Promise<void> {
    await this.reload(siteId);
    this.deps.bus.publish({ kind: 'site', siteId });
  }

  close(): void {
    this.unsubscribe();
  }

  private applyStored(siteId: string, stored: unknown): void {
    // Settings of a site the sites file no longer has stay stored but unused.
    if (!this.deps.sites.seed(siteId)) return;
    try {
      this.deps.sites.apply(siteId, stored === null ? null : asSiteInput(parseOverrides(stored)));
    } catch (err) {
      // A bad stored document must not take the node down: the site keeps what it had, and the log says why.
      this.deps.log.error({ err, siteId }, 'stored site settings not applied');
    }
  }
}
