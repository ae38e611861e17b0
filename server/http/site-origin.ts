import type { Request, Response } from 'express';
import type { SiteConfig, SiteDirectory } from '../config/sites';
import { PitbossError } from '../core/errors';

/** The relay's own origin as the browser sees it (req.protocol believes X-Forwarded-Proto from our own proxies only). */
export function selfOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? ''}`;
}

/**
 * CORS for the widget's public endpoints, which take no cookie. Same-origin
 * requests carry no Origin header (browsers add it to cross-origin ones); a
 * request from any other page than the site's own is refused with `refusal`,
 * so a third-party page cannot use a site's endpoints through a visitor.
 */
export function allowSiteOrigin(req: Request, res: Response, site: SiteConfig, sites: SiteDirectory, refusal: string): void {
  const origin = req.get('origin');
  res.setHeader('Vary', 'Origin');
  if (origin === undefined) return;
  if (!sites.allowsOrigin(site, origin, selfOrigin(req))) throw new PitbossError('forbidden', refusal);
  res.setHeader('Access-Control-Allow-Origin', origin);
}
