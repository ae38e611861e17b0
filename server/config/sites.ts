import { readFileSync } from 'node:fs';
import * as v from 'valibot';

/** SLA targets, in ms. Defaults from the operators' playbooks. */
const SlaSchema = v.object({
  firstResponseMs: v.optional(v.pipe(v.number(), v.minValue(1000)), 5 * 60_000),
  resolutionMs: v.optional(v.pipe(v.number(), v.minValue(1000)), 15 * 60_000),
  escalationMs: v.optional(v.pipe(v.number(), v.minValue(1000)), 60 * 60_000),
});

const SiteSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  name: v.string(),
  /**
   * Page origins allowed to open the player socket. "self" means the relay's
   * own origin (the demo casino is served by the relay itself).
   */
  allowedOrigins: v.array(v.string()),
  /** HMAC-SHA256 secret the casino backend signs player ids with. */
  identitySecret: v.pipe(v.string(), v.minLength(16)),
  /** Secrets still accepted while a rotation is under way (sign with the new one, keep the old here until pages reload). */
  previousIdentitySecrets: v.optional(v.array(v.pipe(v.string(), v.minLength(16))), []),
  /** Secrets an admin rotated away (server/http/site-admin-routes.ts): each verifies until its grace period ends. */
  retiringIdentitySecrets: v.optional(v.array(v.object({ secret: v.pipe(v.string(), v.minLength(16)), until: v.number() })), []),
  requireVerifiedPlayers: v.optional(v.boolean(), false),
  /** A signed identity older than this is refused, so a leaked signature cannot be replayed forever. */
  identityMaxAgeMs: v.optional(v.pipe(v.number(), v.minValue(60_000)), 24 * 60 * 60_000),
  locales: v.optional(v.array(v.string()), ['en']),
  sla: v.optional(SlaSchema, {}),
  /** An assigned chat with no agent reply within this goes to the next agent (a missed offer). */
  offerTimeoutMs: v.optional(v.pipe(v.number(), v.minValue(1000)), 60_000),
  /** How long a VIP waits for their personal manager (when online) before anyone may take the chat. */
  // The defaults for the waits below come from bench/routing.ts (docs/BENCHMARKS.md): longer waits buy more
  // chats answered in the player's language but cost overall and VIP answer times.
  managerWaitMs: v.optional(v.pipe(v.number(), v.minValue(0)), 20_000),
  /** How long a chat waits for an agent who speaks the player's language before any skilled agent may take it. */
  languageWaitMs: v.optional(v.pipe(v.number(), v.minValue(0)), 15_000),
  /** How long a chat waits for an agent with the topic's skill before any agent may take it. */
  skillWaitMs: v.optional(v.pipe(v.number(), v.minValue(0)), 15_000),
  /**
   * How long a responsible-gambling chat waits for a trained agent before anyone answers. 0: a trained agent
   * is preferred when one is free, otherwise the first free agent answers at once.
   */
  responsibleGamblingWaitMs: v.optional(v.pipe(v.number(), v.minValue(0)), 0),
  /** Offer the email fallback when the expected wait for a human is above this. */
  offlineAfterWaitMs: v.optional(v.pipe(v.number(), v.minValue(0)), 10 * 60_000),
  /** Average time a chat holds an agent slot, for the expected-wait estimate (until measured figures replace it). */
  averageHandleMs: v.optional(v.pipe(v.number(), v.minValue(1000)), 8 * 60_000),
  /** How long an agent may be disconnected before their chats go back to the queue. */
  agentReconnectGraceMs: v.optional(v.pipe(v.number(), v.minValue(0)), 15_000),
  defaultAgentCapacity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 4),
  /**
   * Days a conversation's content (messages, files, notes, left emails) is kept after it ended; then the relay
   * purges it and keeps only its KPI facts (docs/SECURITY.md, "Player data"). Two years by default.
   */
  retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)), 730),
  /** IANA time zone of the site's floor: the staffing forecast's hours of the week and the shifts are in it. */
  timeZone: v.optional(v.pipe(v.string(), v.check(isTimeZone, 'Unknown time zone.')), 'UTC'),
  /** Share of chats to answer within the FRT target, for the staffing forecast. */
  serviceLevelGoal: v.optional(v.pipe(v.number(), v.minValue(0.5), v.maxValue(0.99)), 0.8),
  /**
   * The casino's CRM, for the agent's player sidebar and VIP routing. The relay
   * GETs `${url}/players/${playerId}` signed with `secret` (docs/CRM.md). A
   * path ("/demo-crm") names a CRM served by the relay itself: the demo's.
   */
  crm: v.optional(
    v.object({
      url: v.pipe(v.string(), v.check((url) => /^https?:\/\/[^/]/.test(url) || /^\/[^/]/.test(url), 'An http(s) URL or a path on this relay.')),
      secret: v.pipe(v.string(), v.minLength(16)),
      timeoutMs: v.optional(v.pipe(v.number(), v.minValue(100), v.maxValue(10_000)), 1500),
    }),
  ),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const SitesFileSchema = v.object({ sites: v.array(SiteSchema) });

export type SiteConfig = v.InferOutput<typeof SiteSchema>;
/** A site as written in the sites file: everything with a default may be left out. */
export type SiteInput = v.InferInput<typeof SiteSchema>;

/**
 * The sites: the file's seed, with admins' stored overrides laid over it
 * (server/config/site-overrides.ts). Everything that needs a site asks here at
 * the moment it needs it, so an applied change takes effect at once: origin
 * checks, identity verification, SLA timers, routing waits, the CRM.
 */
export class SiteDirectory {
  private readonly seeds: Map<string, SiteInput>;
  private readonly byId: Map<string, SiteConfig>;
  private readonly appliedListeners = new Set<(siteId: string) => void>();

  /** Validates and fills in defaults, so a site built in code gets the same defaults as one read from the file. */
  constructor(sites: SiteInput[]) {
    const parsed = v.safeParse(SitesFileSchema, { sites });
    if (!parsed.success) {
      const issue = parsed.issues[0];
      throw new Error(`Invalid site configuration at ${issue?.path?.map((p) => String(p.key)).join('.')}: ${issue?.message}`);
    }
    this.seeds = new Map(sites.map((s) => [s.id, structuredClone(s)]));
    this.byId = new Map(parsed.output.sites.map((s) => [s.id, s]));
  }

  /** The site as the file seeds it, before any admin change. */
  seed(id: string): SiteInput | undefined {
    return this.seeds.get(id);
  }

  /** The site the file's seed and `overrides` make, validated with the file's rules; throws on an invalid result. */
  resolve(id: string, overrides: Partial<SiteInput>): SiteConfig {
    const seed = this.seeds.get(id);
    if (!seed) throw new Error(`Unknown site "${id}".`);
    const parsed = v.safeParse(SiteSchema, { ...seed, ...overrides, id: seed.id });
    if (!parsed.success) {
      const issue = parsed.issues[0];
      throw new Error(`Invalid settings for site "${id}" at ${issue?.path?.map((p) => String(p.key)).join('.')}: ${issue?.message}`);
    }
    return parsed.output;
  }

  /** Lay `overrides` over the site's seed (none: back to the file) from now on. */
  apply(id: string, overrides: Partial<SiteInput> | null): void {
    this.byId.set(id, this.resolve(id, overrides ?? {}));
    for (const listener of this.appliedListeners) listener(id);
  }

  /** Called after every applied change, on this node (what was allowed at a socket's hello may not be any more). */
  onApplied(listener: (siteId: string) => void): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  static fromFile(path: string): SiteDirectory {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { sites?: SiteInput[] };
    return new SiteDirectory(json.sites ?? []);
  }

  get(id: string): SiteConfig | undefined {
    return this.byId.get(id);
  }

  all(): SiteConfig[] {
    return [...this.byId.values()];
  }

  /** Is a page at `origin` allowed to embed `site`? `selfOrigin` is the relay's own origin as the browser sees it. */
  allowsOrigin(site: SiteConfig, origin: string | undefined, selfOrigin: string): boolean {
    if (!origin) return false;
    return site.allowedOrigins.some((allowed) => (allowed === 'self' ? origin === selfOrigin : allowed === origin));
  }
}
