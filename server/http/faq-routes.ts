import { Router, type Request, type RequestHandler, type Response } from 'express';
import * as v from 'valibot';
import { LocaleSchema } from '../../protocol';
import type { FaqBot } from '../bot/faq-bot';
import type { Rate } from '../config/edge';
import type { SiteConfig, SiteDirectory } from '../config/sites';
import { PitbossError } from '../core/errors';
import { clientAddress, limitKey, type ProxyTrust } from '../edge/client-address';
import { MemoryRateLimiter, type RateLimiter } from '../edge/rate-limiter';
import type { AgentSessions } from '../core/agent-sessions';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { faqAdminRoutes } from './faq-admin-routes';
import { allowSiteOrigin } from './site-origin';

/** What the FAQ endpoints need from the server's entry point. */
export interface FaqEdge {
  bot: FaqBot;
  sites: SiteDirectory;
  now: () => number;
  /** Per client address, for the public endpoints; FAQ_PUBLIC_RATE in memory when not given. */
  limiter?: RateLimiter;
}

/** A search box typed into (debounced) and a few article opens: generous for a person, useless for a scraper. */
export const FAQ_PUBLIC_RATE: Rate = { burst: 20, perSecond: 2 };
export const MAX_QUERY_CHARS = 500;

const SearchQuerySchema = v.object({
  q: v.pipe(v.string(), v.trim(), v.minLength(1, 'Say what you are looking for in q.')),
  locale: v.optional(LocaleSchema),
});

/**
 * The public FAQ, called by the widget from casino pages: search and article
 * text. Cross-origin reads are allowed for the site's own origins only; no
 * cookies are involved, so no credentials are allowed either. The admin API
 * (faq-admin-routes.ts) is mounted with it.
 */
export function faqRoutes(deps: { faq: FaqEdge; trust: ProxyTrust; sessions: AgentSessions; store: Store; log: Logger }): Router {
  const router = Router();
  router.use(faqAdminRoutes(deps));
  const { bot, sites } = deps.faq;
  const limiter = deps.faq.limiter ?? new MemoryRateLimiter(FAQ_PUBLIC_RATE, deps.faq.now);

  const site = (req: Request): SiteConfig => {
    const found = sites.get(String(req.params.siteId));
    if (!found) throw new PitbossError('not_found', 'No such site.');
    return found;
  };

  /** Unknown site first (404), then origin (403), then the rate (429): a refused origin does not spend the caller's tokens. */
  const guard: RequestHandler = async (req, res, next) => {
    try {
      const s = site(req);
      allowOrigin(req, res, s, sites);
      const decision = await limiter.take(limitKey(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], deps.trust)));
      if (!decision.allowed) {
        res.setHeader('Retry-After', String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))));
        throw new PitbossError('rate_limited', 'Too many searches; wait a moment.');
      }
      res.setHeader('Cache-Control', 'no-store');
      next();
    } catch (error) {
      next(error);
    }
  };

  // Simple GETs need no preflight, but a widget that adds a header will ask.
  router.options('/api/sites/:siteId/faq/{*rest}', (req, res) => {
    allowOrigin(req, res, site(req), sites);
    res.setHeader('Access-Control-Allow-Methods', 'GET');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  });

  router.get('/api/sites/:siteId/faq/search', guard, (req, res) => {
    const s = site(req);
    const q = typeof req.query.q === 'string' ? req.query.q : undefined;
    if (q !== undefined && q.length > MAX_QUERY_CHARS) throw new PitbossError('too_large', `A search is at most ${MAX_QUERY_CHARS} characters.`);
    const parsed = v.safeParse(SearchQuerySchema, { q, locale: typeof req.query.locale === 'string' ? req.query.locale : undefined });
    if (!parsed.success) throw new PitbossError('bad_frame', parsed.issues[0]?.message ?? 'Bad search.');
    const answer = bot.answer(s.id, parsed.output.locale ?? s.locales[0] ?? 'en', parsed.output.q);
    res.json({ results: answer.results, confident: answer.confident });
  });

  router.get('/api/sites/:siteId/faq/articles/:id', guard, (req, res) => {
    const s = site(req);
    const locale = v.safeParse(LocaleSchema, req.query.locale ?? s.locales[0] ?? 'en');
    if (!locale.success) throw new PitbossError('bad_frame', 'Bad locale.');
    const article = bot.article(s.id, String(req.params.id), locale.output);
    if (!article) throw new PitbossError('not_found', 'No such article.');
    res.json(article);
  });

  return router;
}

function allowOrigin(req: Request, res: Response, site: SiteConfig, sites: SiteDirectory): void {
  allowSiteOrigin(req, res, site, sites, 'This origin may not use this site’s FAQ.');
}
