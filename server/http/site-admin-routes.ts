import { randomBytes } from 'node:crypto';
import { Router, type Request } from 'express';
import { SecretRotationSchema, SiteSettingsUpdateSchema, type SiteSettings } from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import type { Clock } from '../core/clock';
import { PitbossError } from '../core/errors';
import { MissingCrmSetting, parseOverrides, withRotation, withUpdate, type SiteOverrides } from '../config/site-overrides';
import type { SiteSettingsSync } from '../config/site-settings-sync';
import type { SiteConfig, SiteDirectory } from '../config/sites';
import type { SiteSettingsRecord, SiteSettingsStore } from '../store/site-settings-store';
import { requireAgent, requireCsrfHeader, type AuthedRequest } from './agent-auth';
import { ADMIN, requireRole } from './staff-roles';
import { parseInput } from './parse-input';

export interface SiteAdminRouteDeps {
  sessions: AgentSessions;
  store: { siteSettings: SiteSettingsStore };
  sites: SiteDirectory;
  sync: Pick<SiteSettingsSync, 'changed'>;
  clock: Clock;
}

/**
 * The admin's own site: origins, SLA targets, routing waits, email fallback,
 * CRM and identity-secret rotation. Admins only; secrets never leave in a GET
 * (the rotated identity secret is in the rotation's answer, once). A change is
 * stored, applied on this node and announced to the others before the answer.
 */
export function siteAdminRoutes(deps: SiteAdminRouteDeps): Router {
  const router = Router();
  const admin = [requireAgent(deps.sessions), requireRole(ADMIN)];
  const siteIdOf = (req: Request) => (req as AuthedRequest).agent!.siteId;

  function current(siteId: string): SiteConfig {
    const site = deps.sites.get(siteId);
    if (!site) throw new PitbossError('not_found', 'This site is not configured on the relay.');
    return site;
  }

  /** Store the next overrides over `record`'s revision, apply and announce them. */
  async function save(req: Request, record: SiteSettingsRecord | null, overrides: SiteOverrides): Promise<SiteSettingsRecord> {
    const siteId = siteIdOf(req);
    try {
      deps.sites.resolve(siteId, overrides);
    } catch (err) {
      throw new PitbossError('bad_frame', err instanceof Error ? err.message : 'These settings are not valid.');
    }
    const next: SiteSettingsRecord = { siteId, overrides, revision: (record?.revision ?? 0) + 1, updatedAt: deps.clock.now(), updatedBy: (req as AuthedRequest).agent!.id };
    if (!(await deps.store.siteSettings.save(next))) throw new PitbossError('conflict', 'Another admin changed this site’s settings just now. Reload them and try again.');
    await deps.sync.changed(siteId);
    return next;
  }

  async function stored(siteId: string): Promise<{ record: SiteSettingsRecord | null; overrides: SiteOverrides }> {
    const record = await deps.store.siteSettings.get(siteId);
    return { record, overrides: record ? parseOverrides(record.overrides) : {} };
  }

  router.get('/api/admin/site', ...admin, async (req, res) => {
    const siteId = siteIdOf(req);
    const { record, overrides } = await stored(siteId);
    res.setHeader('Cache-Control', 'no-store');
    res.json(toSettings(current(siteId), record, overrides, deps.clock.now()));
  });

  router.patch('/api/admin/site', requireCsrfHeader, ...admin, async (req, res) => {
    const update = parseInput(SiteSettingsUpdateSchema, req.body);
    const siteId = siteIdOf(req);
    const { record, overrides } = await stored(siteId);
    let next: SiteOverrides;
    try {
      next = withUpdate(overrides, current(siteId), update);
    } catch (err) {
      if (err instanceof MissingCrmSetting) throw new PitbossError('bad_frame', `crm.${err.field}: ${err.message}`);
      throw err;
    }
    const saved = await save(req, record, next);
    res.json(toSettings(current(siteId), saved, next, deps.clock.now()));
  });

  router.post('/api/admin/site/identity-secret', requireCsrfHeader, ...admin, async (req, res) => {
    const { graceMs } = parseInput(SecretRotationSchema, req.body ?? {});
    const siteId = siteIdOf(req);
    const { record, overrides } = await stored(siteId);
    const now = deps.clock.now();
    const secret = randomBytes(32).toString('hex');
    const next = withRotation(overrides, current(siteId), secret, now, graceMs);
    const saved = await save(req, record, next);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ secret, previousValidUntil: now + graceMs, settings: toSettings(current(siteId), saved, next, now) });
  });

  return router;
}


/** The site's settings without a secret in them. */
function toSettings(site: SiteConfig, record: SiteSettingsRecord | null, overrides: SiteOverrides, now: number): SiteSettings {
  const retiring = site.retiringIdentitySecrets.filter((r) => r.until > now).map((r) => r.until);
  return {
    siteId: site.id,
    name: site.name,
    allowedOrigins: site.allowedOrigins,
    sla: site.sla,
    routing: {
      offerTimeoutMs: site.offerTimeoutMs,
      managerWaitMs: site.managerWaitMs,
      languageWaitMs: site.languageWaitMs,
      skillWaitMs: site.skillWaitMs,
      responsibleGamblingWaitMs: site.responsibleGamblingWaitMs,
    },
    emailFallback: { offlineAfterWaitMs: site.offlineAfterWaitMs },
    crm: site.crm ? { url: site.crm.url, timeoutMs: site.crm.timeoutMs, secretSet: true } : null,
    identity: {
      requireVerifiedPlayers: site.requireVerifiedPlayers,
      rotatedAt: overrides.identityRotatedAt ?? null,
      previousValidUntil: retiring.length ? Math.max(...retiring) : null,
    },
    updatedAt: record?.updatedAt ?? null,
  };
}
