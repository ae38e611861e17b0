import { Router, type Request } from 'express';
import type { AgentSessions } from '../core/agent-sessions';
import type { PlayerData } from '../core/player-data';
import { AuditQuerySchema, type AuditEntry } from '../../protocol';
import type { AuditRecord } from '../store/audit-store';
import type { Store } from '../store/store';
import { requireAgent, requireCsrfHeader, type AuthedRequest } from './agent-auth';
import { parseInput } from './parse-input';
import { ADMIN, requireRole } from './staff-roles';

/** Admins only: a player's GDPR export and erasure, and the site's audit log. */
export function playerDataRoutes(deps: { sessions: AgentSessions; playerData: PlayerData; store: Pick<Store, 'audit'> }): Router {
  const router = Router();
  const admin = [requireCsrfHeader, requireAgent(deps.sessions), requireRole(ADMIN)];
  const me = (req: Request) => (req as AuthedRequest).agent!;
  const ref = (req: Request) => String(req.params.player).slice(0, 128);

  router.get('/api/players/:player/data', ...admin, async (req, res) => {
    const data = await deps.playerData.export(me(req), ref(req));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="player-data-${data.player.id}.json"`);
    res.json(data);
  });

  router.post('/api/players/:player/erase', ...admin, async (req, res) => {
    res.json(await deps.playerData.erase(me(req), ref(req)));
  });

  router.get('/api/audit', ...admin, async (req, res) => {
    const q = parseInput(AuditQuerySchema, req.query);
    const { total, entries } = await deps.store.audit.list(me(req).siteId, q);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ total, entries: entries.map(toWireAudit) });
  });

  return router;
}

function toWireAudit(e: AuditRecord): AuditEntry {
  return { id: e.id, at: e.at, agentId: e.agentId, agentName: e.agentName, role: e.role, action: e.action, objectType: e.objectType, objectId: e.objectId, detail: e.detail };
}
