import * as v from 'valibot';

/**
 * A site's settings as admins edit them (/api/admin/site). The sites file is
 * the seed; what an admin changes is stored and wins over it. Secrets are
 * write-only: the identity secret is shown once, when it is rotated, and the
 * CRM secret is never shown at all.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A page origin as browsers send it (scheme, host, port; no path), or "self" for the relay's own origin. */
const OriginSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(200),
  v.check((origin) => origin === 'self' || isOrigin(origin), 'An origin is "self" or a scheme and host such as https://casino.example (no path, no trailing slash).'),
);

function isOrigin(text: string): boolean {
  if (!/^https?:\/\/[^/?#\s]+$/.test(text)) return false;
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}

const duration = (label: string, min: number, max: number) =>
  v.pipe(v.number(`${label} is a number of milliseconds.`), v.integer(`${label} is whole milliseconds.`), v.minValue(min, `${label} is at least ${min / 1000} s.`), v.maxValue(max, `${label} is at most ${max / HOUR} h.`));

export const SiteSlaSchema = v.object({
  firstResponseMs: duration('The first-response target', 10_000, 24 * HOUR),
  resolutionMs: duration('The resolution target', MINUTE, 7 * 24 * HOUR),
  escalationMs: duration('The escalation target', MINUTE, 7 * 24 * HOUR),
});

export const SiteRoutingSchema = v.object({
  /** An assigned chat with no agent reply within this goes to the next agent. */
  offerTimeoutMs: duration('The offer timeout', 5_000, HOUR),
  managerWaitMs: duration('The VIP manager wait', 0, HOUR),
  languageWaitMs: duration('The language wait', 0, HOUR),
  skillWaitMs: duration('The skill wait', 0, HOUR),
  responsibleGamblingWaitMs: duration('The responsible-gambling wait', 0, HOUR),
});

export const SiteEmailFallbackSchema = v.object({
  /** Offer the player to leave an address when the expected wait is above this. */
  offlineAfterWaitMs: duration('The email-fallback wait', 0, 24 * HOUR),
});

const CrmUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(2000),
  v.check((url) => /^https?:\/\/[^/\s]+/.test(url) || /^\/[^/\s]/.test(url), 'The CRM URL is a full http(s) URL or a path on this relay ("/demo-crm").'),
);
const CrmTimeoutSchema = v.pipe(v.number(), v.integer(), v.minValue(100, 'The CRM timeout is at least 100 ms.'), v.maxValue(10_000, 'The CRM timeout is at most 10 s.'));
const CrmSecretSchema = v.pipe(v.string(), v.minLength(16, 'The CRM secret has at least 16 characters.'), v.maxLength(200));

/** GET /api/admin/site */
export const SiteSettingsSchema = v.object({
  siteId: v.string(),
  name: v.string(),
  allowedOrigins: v.array(v.string()),
  sla: SiteSlaSchema,
  routing: SiteRoutingSchema,
  emailFallback: SiteEmailFallbackSchema,
  /** The CRM, without its secret: only whether one is set. */
  crm: v.nullable(v.object({ url: v.string(), timeoutMs: v.number(), secretSet: v.boolean() })),
  identity: v.object({
    requireVerifiedPlayers: v.boolean(),
    /** When the secret was last rotated here; null while the sites file's secret is in use. */
    rotatedAt: v.nullable(v.number()),
    /** Until when a previous secret still verifies; null when none does. */
    previousValidUntil: v.nullable(v.number()),
  }),
  /** Last admin change; null while the site runs on the sites file alone. */
  updatedAt: v.nullable(v.number()),
});
export type SiteSettings = v.InferOutput<typeof SiteSettingsSchema>;

/** PATCH /api/admin/site: only what is given changes. */
export const SiteSettingsUpdateSchema = v.strictObject(
  {
    allowedOrigins: v.optional(v.pipe(v.array(OriginSchema), v.minLength(1, 'Give at least one origin.'), v.maxLength(50, 'At most 50 origins.'))),
    sla: v.optional(v.partial(SiteSlaSchema)),
    routing: v.optional(v.partial(SiteRoutingSchema)),
    emailFallback: v.optional(v.partial(SiteEmailFallbackSchema)),
    /** A CRM secret is needed when the site has no CRM yet; afterwards it may be left out to keep the stored one. */
    crm: v.optional(v.strictObject({ url: v.optional(CrmUrlSchema), timeoutMs: v.optional(CrmTimeoutSchema), secret: v.optional(CrmSecretSchema) }, 'Unknown CRM setting.')),
  },
  'Unknown setting.',
);
export type SiteSettingsUpdate = v.InferOutput<typeof SiteSettingsUpdateSchema>;

export const MAX_ROTATION_GRACE_MS = 7 * 24 * HOUR;

/** POST /api/admin/site/identity-secret */
export const SecretRotationSchema = v.strictObject(
  {
    /** How long the previous secret keeps verifying, so pages signed before the rotation keep their chats. */
    graceMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0, 'The grace period cannot be negative.'), v.maxValue(MAX_ROTATION_GRACE_MS, 'The grace period is at most 7 days.')), 24 * HOUR),
  },
  'Unknown setting.',
);

/** The new identity secret, shown this once. */
export const SecretRotatedSchema = v.object({ secret: v.string(), previousValidUntil: v.number(), settings: SiteSettingsSchema });
