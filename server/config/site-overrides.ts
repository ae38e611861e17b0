import * as v from 'valibot';
import type { SiteSettingsUpdate } from '../../protocol';
import type { SiteConfig, SiteInput } from './sites';

/**
 * What admins changed about a site, as stored (server/store/site-settings-store.ts)
 * and laid over the sites file's seed by SiteDirectory.apply. Whole groups are
 * stored (all three SLA targets, the whole CRM), so an override never mixes
 * with a seed that later changes underneath it. Values were validated by the
 * protocol when they were written; this schema guards what is read back.
 */
export const SiteOverridesSchema = v.object({
  allowedOrigins: v.optional(v.array(v.string())),
  sla: v.optional(v.object({ firstResponseMs: v.number(), resolutionMs: v.number(), escalationMs: v.number() })),
  offerTimeoutMs: v.optional(v.number()),
  managerWaitMs: v.optional(v.number()),
  languageWaitMs: v.optional(v.number()),
  skillWaitMs: v.optional(v.number()),
  responsibleGamblingWaitMs: v.optional(v.number()),
  offlineAfterWaitMs: v.optional(v.number()),
  crm: v.optional(v.object({ url: v.string(), secret: v.string(), timeoutMs: v.number() })),
  identitySecret: v.optional(v.string()),
  retiringIdentitySecrets: v.optional(v.array(v.object({ secret: v.string(), until: v.number() }))),
  /** When an admin last rotated the identity secret (shown, not applied). */
  identityRotatedAt: v.optional(v.number()),
});
export type SiteOverrides = v.InferOutput<typeof SiteOverridesSchema>;

export function parseOverrides(stored: unknown): SiteOverrides {
  const parsed = v.safeParse(SiteOverridesSchema, stored);
  if (!parsed.success) throw new Error(`Stored site settings are unreadable: ${parsed.issues[0]?.message}`);
  return parsed.output;
}

/** The part of the overrides the site's configuration takes. */
export function asSiteInput(overrides: SiteOverrides): Partial<SiteInput> {
  const { identityRotatedAt: _shownOnly, ...input } = overrides;
  return input;
}

/** The overrides after an admin's edit of `site` (the site as it is now). */
export function withUpdate(overrides: SiteOverrides, site: SiteConfig, update: SiteSettingsUpdate): SiteOverrides {
  const next: SiteOverrides = { ...overrides };
  if (update.allowedOrigins) next.allowedOrigins = [...new Set(update.allowedOrigins)];
  if (update.sla) next.sla = { ...site.sla, ...update.sla };
  if (update.routing) Object.assign(next, update.routing);
  if (update.emailFallback) Object.assign(next, update.emailFallback);
  if (update.crm) {
    const url = update.crm.url ?? site.crm?.url;
    const secret = update.crm.secret ?? site.crm?.secret;
    if (!url || !secret) throw new MissingCrmSetting(!url ? 'url' : 'secret');
    next.crm = { url, secret, timeoutMs: update.crm.timeoutMs ?? site.crm?.timeoutMs ?? 1500 };
  }
  return next;
}

/** A site without a CRM gets one only with both its URL and its secret. */
export class MissingCrmSetting extends Error {
  constructor(readonly field: 'url' | 'secret') {
    super(`A new CRM needs its ${field === 'url' ? 'URL' : 'secret'}.`);
  }
}

/**
 * The overrides after rotating to `secret`: the secret in use until now keeps
 * verifying until `now + graceMs` (pages signed before the rotation keep their
 * chats); rotated secrets whose grace has ended are dropped.
 */
export function withRotation(overrides: SiteOverrides, site: SiteConfig, secret: string, now: number, graceMs: number): SiteOverrides {
  const stillRetiring = site.retiringIdentitySecrets.filter((r) => r.until > now && r.secret !== site.identitySecret);
  const retiring = graceMs > 0 ? [...stillRetiring, { secret: site.identitySecret, until: now + graceMs }] : stillRetiring;
  return { ...overrides, identitySecret: secret, retiringIdentitySecrets: retiring, identityRotatedAt: now };
}
