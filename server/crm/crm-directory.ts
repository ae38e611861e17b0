import * as v from 'valibot';
import { CrmProfileSchema, type CrmProfile, type CrmStatus } from '../../protocol';
import type { SiteDirectory } from '../config/sites';
import type { Logger } from '../logger';
import { CRM_SIGNATURE_HEADER, CRM_TIMESTAMP_HEADER, signCrmRequest } from './crm-signature';

export interface CrmLookup {
  status: CrmStatus;
  profile: CrmProfile | null;
}

export interface CrmDirectoryOptions {
  sites: SiteDirectory;
  now: () => number;
  /** This relay's own base URL, for a CRM named by a path (the demo's). */
  selfUrl: () => string;
  log: Logger;
  fetch?: typeof fetch;
  /** How long an answer is reused. */
  cacheMs?: number;
  /** How long a failure is remembered, so a CRM that is down is not asked on every sidebar open. */
  failureCacheMs?: number;
  maxEntries?: number;
}

const CACHE_MS = 60_000;
const FAILURE_CACHE_MS = 10_000;
const MAX_ENTRIES = 5_000;

/**
 * What the casino's CRM says of a verified player. Every call is signed, has
 * the site's timeout (1.5 s by default) and never throws: a slow, failing or
 * nonsensical CRM is "unavailable", which the desk shows as such. Answers are
 * cached for a minute, and concurrent look-ups of one player share one call.
 */
export class CrmDirectory {
  private readonly cache = new Map<string, { until: number; result: CrmLookup }>();
  private readonly inFlight = new Map<string, Promise<CrmLookup>>();
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: CrmDirectoryOptions) {
    this.fetchImpl = options.fetch ?? fetch;
  }

  async lookup(siteId: string, externalId: string | null): Promise<CrmLookup> {
    const crm = this.options.sites.get(siteId)?.crm;
    if (!crm) return { status: 'not_configured', profile: null };
    if (!externalId) return { status: 'anonymous', profile: null };
    const key = `${siteId}\u0000${externalId}`;
    const cached = this.cache.get(key);
    if (cached && cached.until > this.options.now()) return cached.result;
    const running = this.inFlight.get(key);
    if (running) return running;
    const call = this.call(crm, externalId).then((result) => {
      this.inFlight.delete(key);
      this.remember(key, result);
      return result;
    });
    this.inFlight.set(key, call);
    return call;
  }

  /** Forget a player's cached answer (after the CRM told us it changed, or in tests). */
  forget(siteId: string, externalId: string): void {
    this.cache.delete(`${siteId}\u0000${externalId}`);
  }

  private async call(crm: { url: string; secret: string; timeoutMs: number }, externalId: string): Promise<CrmLookup> {
    const base = crm.url.startsWith('/') ? `${this.options.selfUrl()}${crm.url}` : crm.url;
    const url = new URL(`${base.replace(/\/+$/, '')}/players/${encodeURIComponent(externalId)}`);
    const timestamp = this.options.now();
    const path = `${url.pathname}${url.search}`;
    try {
      const response = await this.fetchImpl(url, {
        method: 'GET',
        headers: {
          accept: 'application/json',
          [CRM_TIMESTAMP_HEADER]: String(timestamp),
          [CRM_SIGNATURE_HEADER]: signCrmRequest(crm.secret, 'GET', path, timestamp),
        },
        signal: AbortSignal.timeout(crm.timeoutMs),
        redirect: 'error',
      });
      if (response.status === 404) return { status: 'not_found', profile: null };
      if (!response.ok) {
        this.options.log.warn({ status: response.status, crm: url.origin }, 'crm answered an error');
        return { status: 'unavailable', profile: null };
      }
      const parsed = v.safeParse(CrmProfileSchema, await response.json());
      if (!parsed.success) {
        this.options.log.warn({ crm: url.origin, issue: parsed.issues[0]?.message }, 'crm answer does not match the profile schema');
        return { status: 'unavailable', profile: null };
      }
      return { status: 'ok', profile: parsed.output };
    } catch (err) {
      this.options.log.warn({ err, crm: url.origin }, 'crm unreachable or too slow');
      return { status: 'unavailable', profile: null };
    }
  }

  private remember(key: string, result: CrmLookup): void {
    const ttl = result.status === 'unavailable' ? (this.options.failureCacheMs ?? FAILURE_CACHE_MS) : (this.options.cacheMs ?? CACHE_MS);
    this.cache.delete(key);
    this.cache.set(key, { until: this.options.now() + ttl, result });
    const max = this.options.maxEntries ?? MAX_ENTRIES;
    // Oldest first: Map keeps insertion order, and a refreshed entry was re-inserted above.
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= max) break;
      this.cache.delete(oldest);
    }
  }
}
