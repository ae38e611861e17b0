import { randomBytes } from 'node:crypto';
import { Router, type Request } from 'express';
import {
  AgentCreateSchema,
  AgentUpdateSchema,
  CannedInputSchema,
  WebhookCreateSchema,
  WebhookUpdateSchema,
  type AgentAdmin,
  type AgentStatus,
  type Webhook,
  type WebhookDelivery,
} from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import type { Clock } from '../core/clock';
import { PitbossError } from '../core/errors';
import type { IdGenerator } from '../core/ids';
import type { Logger } from '../logger';
import { hashPassword } from '../core/passwords';
import type { AgentRecord } from '../store/records';
import type { Store } from '../store/store';
import type { WebhookDeliveryRecord, WebhookRecord } from '../store/webhook-store';
import { requireAgent, requireCsrfHeader, type AuthedRequest } from './agent-auth';
import { toWireCanned } from './desk-routes';
import { ADMIN, requireRole, SUPERVISING } from './staff-roles';
import { parseInput } from './parse-input';

export interface AdminRouteDeps {
  sessions: AgentSessions;
  store: Store;
  clock: Clock;
  ids: Pick<IdGenerator, 'id'>;
  relay: { agentStatus(agentId: string): AgentStatus; agentChanged(agentId: string): Promise<void> };
  log: Logger;
  /** Tell the webhook outbox a site's list changed. */
  webhooksChanged(siteId: string): void;
}

/** Made temporary passwords: 16 url-safe characters (96 bits), to be changed after the first sign-in. */
function temporaryPassword(): string {
  return randomBytes(12).toString('base64url');
}


/**
 * A site's administration: agents (admins; supervisors may look), canned
 * replies (supervisors and admins) and webhooks (admins). Disabling and
 * enabling agents is server/http/agent-admin-routes.ts.
 */
export function adminRoutes(deps: AdminRouteDeps): Router {
  const router = Router();
  const signedIn = requireAgent(deps.sessions);
  const supervising = [requireCsrfHeader, signedIn, requireRole(SUPERVISING)];
  const admin = [requireCsrfHeader, signedIn, requireRole(ADMIN)];
  const me = (req: Request) => (req as AuthedRequest).agent!;
  const toAdmin = (a: AgentRecord): AgentAdmin => ({
    id: a.id,
    siteId: a.siteId,
    name: a.name,
    email: a.email,
    role: a.role,
    status: deps.relay.agentStatus(a.id),
    capacity: a.capacity,
    skills: a.skills,
    languages: a.languages,
    disabled: a.disabled,
    createdAt: a.createdAt,
  });
  async function siteAgent(req: Request): Promise<AgentRecord> {
    const agent = await deps.store.getAgent(String(req.params.id));
    if (!agent || agent.siteId !== me(req).siteId) throw new PitbossError('not_found', 'No such agent.');
    return agent;
  }

  // ── agents ──
  router.get('/api/admin/agents', ...supervising, async (req, res) => {
    res.json({ agents: (await deps.store.agents.list(me(req).siteId)).map(toAdmin) });
  });

  router.post('/api/admin/agents', ...admin, async (req, res) => {
    const input = parseInput(AgentCreateSchema, req.body);
    if (await deps.store.findAgentByEmail(input.email)) throw new PitbossError('conflict', 'An agent with this email exists already.');
    const password = temporaryPassword();
    const agent: AgentRecord = { id: deps.ids.id('a'), siteId: me(req).siteId, ...input, passwordHash: await hashPassword(password), disabled: false, createdAt: deps.clock.now() };
    await deps.store.createAgent(agent);
    res.status(201).json({ agent: toAdmin(agent), temporaryPassword: password });
  });

  router.patch('/api/admin/agents/:id', ...admin, async (req, res) => {
    const target = await siteAgent(req);
    const patch = parseInput(AgentUpdateSchema, req.body);
    // An admin demoting themselves could leave the site without one.
    if (target.id === me(req).id && patch.role !== undefined && patch.role !== target.role) throw new PitbossError('conflict', 'You cannot change your own role.');
    const updated = await deps.store.agents.update(target.id, patch);
    // Routing uses the new capacity, skills and languages from the next assignment on, not the next sign-in.
    // The change is stored either way: if the relay cannot be told now (no leader this second), the next sign-in picks it up.
    await deps.relay.agentChanged(target.id).catch((err: unknown) => deps.log.warn({ err, agent: target.id }, 'relay not told of an agent change'));
    res.json({ agent: toAdmin(updated!) });
  });

  router.post('/api/admin/agents/:id/password', ...admin, async (req, res) => {
    const target = await siteAgent(req);
    const password = temporaryPassword();
    await deps.store.agents.update(target.id, { passwordHash: await hashPassword(password) });
    res.json({ temporaryPassword: password });
  });

  // ── canned replies ──
  router.post('/api/canned', ...supervising, async (req, res) => {
    const input = parseInput(CannedInputSchema, req.body);
    const siteId = me(req).siteId;
    if ((await deps.store.canned.list(siteId)).some((r) => r.shortcut === input.shortcut)) throw new PitbossError('conflict', `/${input.shortcut} is taken.`);
    const now = deps.clock.now();
    const reply = { id: deps.ids.id('k'), siteId, ...input, createdAt: now, updatedAt: now };
    await deps.store.canned.create(reply);
    res.status(201).json({ reply: toWireCanned(reply) });
  });

  router.put('/api/canned/:id', ...supervising, async (req, res) => {
    const input = parseInput(CannedInputSchema, req.body);
    const siteId = me(req).siteId;
    const existing = await deps.store.canned.get(String(req.params.id));
    if (!existing || existing.siteId !== siteId) throw new PitbossError('not_found', 'No such canned reply.');
    if ((await deps.store.canned.list(siteId)).some((r) => r.shortcut === input.shortcut && r.id !== existing.id)) throw new PitbossError('conflict', `/${input.shortcut} is taken.`);
    const updated = await deps.store.canned.update(existing.id, { ...input, updatedAt: deps.clock.now() });
    res.json({ reply: toWireCanned(updated!) });
  });

  router.delete('/api/canned/:id', ...supervising, async (req, res) => {
    const existing = await deps.store.canned.get(String(req.params.id));
    if (!existing || existing.siteId !== me(req).siteId) throw new PitbossError('not_found', 'No such canned reply.');
    await deps.store.canned.delete(existing.id);
    res.status(204).end();
  });

  // ── webhooks ──
  const toWebhook = (w: WebhookRecord): Webhook => ({ id: w.id, url: w.url, events: w.events, active: w.active, createdAt: w.createdAt });
  const toDelivery = (d: WebhookDeliveryRecord): WebhookDelivery => ({
    id: d.id,
    webhookId: d.webhookId,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt,
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    createdAt: d.createdAt,
    deliveredAt: d.deliveredAt,
  });
  async function siteWebhook(req: Request): Promise<WebhookRecord> {
    const webhook = await deps.store.webhooks.get(String(req.params.id));
    if (!webhook || webhook.siteId !== me(req).siteId) throw new PitbossError('not_found', 'No such webhook.');
    return webhook;
  }

  router.get('/api/webhooks', ...admin, async (req, res) => {
    res.json({ webhooks: (await deps.store.webhooks.list(me(req).siteId)).map(toWebhook) });
  });

  router.post('/api/webhooks', ...admin, async (req, res) => {
    const input = parseInput(WebhookCreateSchema, req.body);
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const webhook: WebhookRecord = { id: deps.ids.id('wh'), siteId: me(req).siteId, url: input.url, secret, events: input.events, active: true, createdAt: deps.clock.now() };
    await deps.store.webhooks.create(webhook);
    deps.webhooksChanged(webhook.siteId);
    res.status(201).json({ webhook: toWebhook(webhook), secret });
  });

  router.patch('/api/webhooks/:id', ...admin, async (req, res) => {
    const webhook = await siteWebhook(req);
    const updated = await deps.store.webhooks.update(webhook.id, parseInput(WebhookUpdateSchema, req.body));
    deps.webhooksChanged(webhook.siteId);
    res.json({ webhook: toWebhook(updated!) });
  });

  router.delete('/api/webhooks/:id', ...admin, async (req, res) => {
    const webhook = await siteWebhook(req);
    await deps.store.webhooks.delete(webhook.id);
    deps.webhooksChanged(webhook.siteId);
    res.status(204).end();
  });

  router.get('/api/webhooks/deliveries', ...admin, async (req, res) => {
    const webhookId = typeof req.query.webhook === 'string' ? req.query.webhook : undefined;
    const limit = Math.min(200, Math.max(1, Number(req.query.limit ?? 50) || 50));
    const deliveries = await deps.store.webhooks.deliveries(me(req).siteId, { ...(webhookId ? { webhookId } : {}), limit });
    res.json({ deliveries: deliveries.map(toDelivery) });
  });

  return router;
}
