import { Router, type Request } from 'express';
import { RotaInputSchema, ShiftInputSchema, type Shift, type ShiftInput } from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import { PitbossError } from '../core/errors';
import type { IdGenerator } from '../core/ids';
import { describeShift, firstOverlap, overlappingShift } from '../core/rota';
import type { ShiftRecord } from '../store/shift-store';
import type { Store } from '../store/store';
import { requireAgent, requireCsrfHeader, type AuthedRequest } from './agent-auth';
import { requireRole, SUPERVISING } from './staff-roles';
import { parseInput } from './parse-input';

export interface RotaRouteDeps {
  sessions: AgentSessions;
  store: Pick<Store, 'shifts' | 'agents'>;
  ids: Pick<IdGenerator, 'id'>;
}

/**
 * The rota of the supervisor's or admin's own site: list it, add, move and
 * delete single shifts (the rota editor), or replace it whole. One agent is
 * never booked twice in the same hour; shifts outside the site are not found.
 */
export function rotaRoutes(deps: RotaRouteDeps): Router {
  const router = Router();
  const supervising = [requireAgent(deps.sessions), requireRole(SUPERVISING)];
  const siteIdOf = (req: Request) => (req as AuthedRequest).agent!.siteId;

  async function agentNames(siteId: string): Promise<Map<string, string>> {
    return new Map((await deps.store.agents.list(siteId)).map((a) => [a.id, a.name]));
  }

  /** The agent must be one of the site's; another site's id reads as unknown. */
  function checkAgent(names: Map<string, string>, input: Pick<ShiftInput, 'agentId'>): void {
    if (input.agentId !== null && !names.has(input.agentId)) throw new PitbossError('not_found', 'No such agent on this site.');
  }

  function refuseOverlap(names: Map<string, string>, existing: ShiftRecord, wanted: Pick<ShiftRecord, 'agentId' | 'weekday' | 'startHour' | 'endHour'>): never {
    const who = names.get(existing.agentId ?? '') ?? 'This agent';
    throw new PitbossError('conflict', `${who} already works ${describeShift(existing)}, which overlaps ${describeShift(wanted)}.`);
  }

  async function siteShift(req: Request): Promise<ShiftRecord> {
    const shift = await deps.store.shifts.get(String(req.params.id));
    if (!shift || shift.siteId !== siteIdOf(req)) throw new PitbossError('not_found', 'No such shift.');
    return shift;
  }

  router.get('/api/shifts', ...supervising, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ shifts: (await deps.store.shifts.list(siteIdOf(req))).map(toWire) });
  });

  router.post('/api/shifts', requireCsrfHeader, ...supervising, async (req, res) => {
    const input = parseInput(ShiftInputSchema, req.body);
    const siteId = siteIdOf(req);
    const names = await agentNames(siteId);
    checkAgent(names, input);
    const shift: ShiftRecord = { id: deps.ids.id('sh'), siteId, ...input };
    const clash = overlappingShift(await deps.store.shifts.list(siteId), shift);
    if (clash) refuseOverlap(names, clash, shift);
    await deps.store.shifts.create(shift);
    res.status(201).json({ shift: toWire(shift) });
  });

  router.patch('/api/shifts/:id', requireCsrfHeader, ...supervising, async (req, res) => {
    const existing = await siteShift(req);
    const input = parseInput(ShiftInputSchema, req.body);
    const names = await agentNames(existing.siteId);
    checkAgent(names, input);
    const clash = overlappingShift(await deps.store.shifts.list(existing.siteId), { ...input, id: existing.id });
    if (clash) refuseOverlap(names, clash, input);
    const moved = await deps.store.shifts.update(existing.id, input);
    if (!moved) throw new PitbossError('not_found', 'No such shift.');
    res.json({ shift: toWire(moved) });
  });

  router.delete('/api/shifts/:id', requireCsrfHeader, ...supervising, async (req, res) => {
    const existing = await siteShift(req);
    if (!(await deps.store.shifts.delete(existing.id))) throw new PitbossError('not_found', 'No such shift.');
    res.status(204).end();
  });

  router.put('/api/shifts', requireCsrfHeader, ...supervising, async (req, res) => {
    const input = parseInput(RotaInputSchema, req.body);
    const siteId = siteIdOf(req);
    const names = await agentNames(siteId);
    for (const s of input.shifts) checkAgent(names, s);
    const shifts = input.shifts.map((s): ShiftRecord => ({ ...s, id: deps.ids.id('sh'), siteId }));
    const clash = firstOverlap(shifts);
    if (clash) refuseOverlap(names, clash[0], clash[1]);
    await deps.store.shifts.replace(siteId, shifts);
    res.json({ shifts: (await deps.store.shifts.list(siteId)).map(toWire) });
  });

  return router;
}

function toWire(s: ShiftRecord): Shift {
  return { id: s.id, agentId: s.agentId, weekday: s.weekday, startHour: s.startHour, endHour: s.endHour };
}

