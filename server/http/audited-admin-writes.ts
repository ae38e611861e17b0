import type { RequestHandler } from 'express';
import type { AuditAction, AuditObjectType } from '../../protocol';
import type { AuditTrail } from '../core/audit-trail';
import type { Logger } from '../logger';
import type { AuthedRequest } from './agent-auth';

interface AuditedWrite {
  method: string;
  path: RegExp;
  action: AuditAction;
  objectType: AuditObjectType;
}

/**
 * The admin screens' writes that the audit log records. The object's id comes
 * from the path, or for a creation from the answer the server itself sent.
 */
const AUDITED: AuditedWrite[] = [
  { method: 'POST', path: /^\/api\/admin\/agents$/, action: 'agent.create', objectType: 'agent' },
  { method: 'PATCH', path: /^\/api\/admin\/agents\/([^/]+)$/, action: 'agent.update', objectType: 'agent' },
  { method: 'POST', path: /^\/api\/admin\/agents\/([^/]+)\/password$/, action: 'agent.password', objectType: 'agent' },
  { method: 'POST', path: /^\/api\/agents\/([^/]+)\/disable$/, action: 'agent.disable', objectType: 'agent' },
  { method: 'POST', path: /^\/api\/agents\/([^/]+)\/enable$/, action: 'agent.enable', objectType: 'agent' },
  { method: 'POST', path: /^\/api\/canned$/, action: 'canned.create', objectType: 'canned' },
  { method: 'PUT', path: /^\/api\/canned\/([^/]+)$/, action: 'canned.update', objectType: 'canned' },
  { method: 'DELETE', path: /^\/api\/canned\/([^/]+)$/, action: 'canned.delete', objectType: 'canned' },
  { method: 'POST', path: /^\/api\/webhooks$/, action: 'webhook.create', objectType: 'webhook' },
  { method: 'PATCH', path: /^\/api\/webhooks\/([^/]+)$/, action: 'webhook.update', objectType: 'webhook' },
  { method: 'DELETE', path: /^\/api\/webhooks\/([^/]+)$/, action: 'webhook.delete', objectType: 'webhook' },
  { method: 'POST', path: /^\/api\/admin\/sites\/[^/]+\/faq\/articles$/, action: 'faq.create', objectType: 'faq' },
  { method: 'PATCH', path: /^\/api\/admin\/sites\/[^/]+\/faq\/articles\/([^/]+)$/, action: 'faq.update', objectType: 'faq' },
  { method: 'PUT', path: /^\/api\/admin\/sites\/[^/]+\/faq\/articles\/([^/]+)\/translations\/[^/]+$/, action: 'faq.update', objectType: 'faq' },
  { method: 'DELETE', path: /^\/api\/admin\/sites\/[^/]+\/faq\/articles\/([^/]+)\/translations\/[^/]+$/, action: 'faq.update', objectType: 'faq' },
  { method: 'DELETE', path: /^\/api\/admin\/sites\/[^/]+\/faq\/articles\/([^/]+)$/, action: 'faq.delete', objectType: 'faq' },
  { method: 'PATCH', path: /^\/api\/admin\/site$/, action: 'site.update', objectType: 'site' },
  { method: 'POST', path: /^\/api\/admin\/site\/identity-secret$/, action: 'site.secret-rotate', objectType: 'site' },
];

/**
 * Mounted before the admin routes: once a listed write has succeeded, the
 * audit log gets who (the session's agent, as the server authenticated it)
 * did what to which object. Written after the answer, so a failing audit
 * write is logged rather than undoing an edit already made.
 */
export function auditAdminWrites(audit: AuditTrail, log: Logger): RequestHandler {
  return (req, res, next) => {
    const write = AUDITED.find((w) => w.method === req.method && w.path.test(req.path));
    if (!write) return next();
    let answer: unknown;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      answer = body;
      return json(body);
    };
    res.on('finish', () => {
      const agent = (req as AuthedRequest).agent;
      if (!agent || res.statusCode >= 300) return;
      const fromPath = write.path.exec(req.path)?.[1];
      const id = fromPath ? safeDecode(fromPath) : write.objectType === 'site' ? agent.siteId : createdId(answer);
      audit.record(agent, agent.siteId, write.action, { type: write.objectType, id }).catch((err) => log.error({ err, action: write.action }, 'audit write failed'));
    });
    next();
  };
}

/** The id in a creation's answer: `{ agent | reply | webhook | article: { id } }`. */
function createdId(answer: unknown): string | null {
  if (!answer || typeof answer !== 'object') return null;
  for (const key of ['agent', 'reply', 'webhook', 'article']) {
    const item = (answer as Record<string, unknown>)[key];
    if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') return (item as { id: string }).id;
  }
  return null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment).slice(0, 128);
  } catch {
    return segment.slice(0, 128);
  }
}
