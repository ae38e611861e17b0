import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { ATTACHMENT_NAME_HEADER, ATTACHMENTS_PATH, MAX_ATTACHMENT_BYTES } from '../../protocol';
import type { Rate } from '../config/edge';
import type { SiteDirectory } from '../config/sites';
import { sessionTokenFromCookies, type AgentSessions } from '../core/agent-sessions';
import type { Attachments } from '../core/attachments';
import { PitbossError } from '../core/errors';
import { clientAddress, limitKey, type ProxyTrust } from '../edge/client-address';
import { MemoryRateLimiter, type RateLimiter } from '../edge/rate-limiter';
import type { AttachmentRecord } from '../store/attachment-store';
import { allowSiteOrigin, selfOrigin } from './site-origin';

/** A handful of screenshots in a row, then one every two seconds: not a stream of 10 MB bodies. */
export const ATTACHMENT_UPLOAD_RATE: Rate = { burst: 10, perSecond: 0.5 };

export interface AttachmentEdge {
  attachments: Attachments;
  sessions: AgentSessions;
  sites: SiteDirectory;
  trust: ProxyTrust;
  now: () => number;
  /** Uploads per client address; ATTACHMENT_UPLOAD_RATE in memory when not given. */
  limiter?: RateLimiter;
}

/**
 * Attachments over HTTP. Players (on a casino's origin) upload with the
 * conversation's upload token and download with their session token, both as
 * bearer tokens, so no cookie is involved cross-origin; agents (on the
 * relay's origin) download with their cookie. Files are always served as
 * downloads that can neither be sniffed into HTML nor run anything.
 */
export function attachmentRoutes(deps: AttachmentEdge): Router {
  const router = Router();

  // Cross-origin requests with an Authorization header are preflighted: any site's page may ask; each request is then checked against its own site.
  router.options([ATTACHMENTS_PATH, `${ATTACHMENTS_PATH}/:id`], (req, res) => {
    const origin = req.get('origin');
    res.setHeader('Vary', 'Origin');
    if (!origin || !deps.sites.all().some((site) => deps.sites.allowsOrigin(site, origin, selfOrigin(req)))) throw new PitbossError('forbidden', 'This origin may not use attachments.');
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader('Access-Control-Allow-Headers', `Authorization, Content-Type, ${ATTACHMENT_NAME_HEADER}`);
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  });

  const rateLimited = uploadRateLimit(deps);

  router.post(
    ATTACHMENTS_PATH,
    rateLimited,
    // The token is checked before the body is read: a stranger cannot make us buffer 10 MB.
    async (req, res, next) => {
      try {
        const conversation = await deps.attachments.conversationOfToken(bearer(req) ?? '');
        allowOrigin(req, res, deps.sites, conversation.siteId);
        res.locals.conversation = conversation;
        next();
      } catch (error) {
        next(error);
      }
    },
    express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES }),
    async (req, res) => {
      const bytes: unknown = req.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw new PitbossError('bad_frame', 'Send the file’s bytes as the request body.');
      const name = decodeName(req.get(ATTACHMENT_NAME_HEADER));
      res.status(201).json(await deps.attachments.upload(res.locals.conversation, name, bytes));
    },
  );

  router.get(`${ATTACHMENTS_PATH}/:id`, async (req, res) => {
    const id = String(req.params.id);
    const token = bearer(req);
    const { attachment, bytes } = token
      ? await deps.attachments.readAsPlayer(token, id)
      : await deps.attachments.readAsAgent(await deps.sessions.authenticate(sessionTokenFromCookies(req.headers.cookie)), id);
    if (token) allowOrigin(req, res, deps.sites, attachment.siteId);
    serveFile(res, attachment, bytes);
  });

  return router;
}

function serveFile(res: Response, attachment: AttachmentRecord, bytes: Buffer): void {
  res.setHeader('Content-Type', attachment.type);
  res.setHeader('Content-Length', String(bytes.length));
  res.setHeader('Content-Disposition', contentDisposition(attachment.name));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Opened anyway (a browser that ignores the disposition, a PDF viewer): no script, no requests, a unique origin.
  res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(bytes);
}

/** `attachment` with an ASCII fallback name and the exact one in RFC 5987 form. */
/** Uploads per client address (players' and agents' routes each count their own), answered 429-style with Retry-After. */
export function uploadRateLimit(deps: Pick<AttachmentEdge, 'limiter' | 'now' | 'trust'>): RequestHandler {
  const limiter = deps.limiter ?? new MemoryRateLimiter(ATTACHMENT_UPLOAD_RATE, deps.now);
  return async (req, res, next) => {
    try {
      const decision = await limiter.take(limitKey(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], deps.trust)));
      if (decision.allowed) return next();
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))));
      throw new PitbossError('rate_limited', 'Too many files in a short time; wait a moment.');
    } catch (error) {
      next(error);
    }
  };
}

export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function bearer(req: Request): string | null {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,512})$/.exec(req.get('authorization') ?? '');
  return match?.[1] ?? null;
}

export function decodeName(header: string | undefined): string {
  try {
    return decodeURIComponent(header ?? '').slice(0, 500);
  } catch {
    return '';
  }
}

function allowOrigin(req: Request, res: Response, sites: SiteDirectory, siteId: string): void {
  const site = sites.get(siteId);
  if (!site) throw new PitbossError('not_found', 'No such site.');
  allowSiteOrigin(req, res, site, sites, 'This origin may not use this site’s attachments.');
}
