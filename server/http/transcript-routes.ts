import { Router, type Request, type Response } from 'express';
import * as v from 'valibot';
import { ExportFormatSchema, TranscriptQuerySchema } from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import { searchFile, transcriptFile, type ExportFile } from '../core/transcript-export';
import type { Transcripts } from '../core/transcripts';
import { requireAgent, type AuthedRequest } from './agent-auth';
import { parseInput } from './parse-input';
import { requireRole, SUPERVISING } from './staff-roles';

const ExportQuerySchema = v.object({ format: v.optional(ExportFormatSchema, 'json') });

/**
 * Transcripts: supervisors and admins search their site's conversations and
 * export results; one transcript may be read and exported by whoever may read
 * the conversation (its agent, or a supervisor or admin of the site). Reads
 * only, so GET with the session cookie; every one is audited.
 */
export function transcriptRoutes(deps: { sessions: AgentSessions; transcripts: Transcripts; now: () => number }): Router {
  const router = Router();
  const signedIn = requireAgent(deps.sessions);
  const supervising = [signedIn, requireRole(SUPERVISING)];
  const me = (req: Request) => (req as AuthedRequest).agent!;

  router.get('/api/transcripts', ...supervising, async (req, res) => {
    const result = await deps.transcripts.search(me(req), parseInput(TranscriptQuerySchema, req.query));
    res.setHeader('Cache-Control', 'no-store');
    res.json(result);
  });

  // Before '/:id', which would take "export" for an id.
  router.get('/api/transcripts/export', ...supervising, async (req, res) => {
    const { format, ...filters } = req.query;
    const { format: chosen } = parseInput(ExportQuerySchema, { format });
    const result = await deps.transcripts.exportSearch(me(req), parseInput(TranscriptQuerySchema, filters), chosen);
    sendFile(res, searchFile(result, chosen, deps.now()));
  });

  router.get('/api/transcripts/:id', signedIn, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await deps.transcripts.open(me(req), String(req.params.id)));
  });

  router.get('/api/transcripts/:id/export', signedIn, async (req, res) => {
    const { format } = parseInput(ExportQuerySchema, { format: req.query.format });
    sendFile(res, transcriptFile(await deps.transcripts.exportOne(me(req), String(req.params.id), format), format));
  });

  return router;
}

/** A download, never rendered by the browser in the panel's origin. */
export function sendFile(res: Response, file: ExportFile): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(file.body);
}
