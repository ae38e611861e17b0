import type { ErrorRequestHandler, Response } from 'express';
import type { ErrorCode } from '../../protocol';
import { isPitbossError } from '../core/errors';
import type { Logger } from '../logger';

const STATUS: Record<ErrorCode, number> = {
  bad_frame: 400,
  too_large: 413,
  rate_limited: 429,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version: 426,
  internal: 500,
};

export function sendError(res: Response, code: ErrorCode, message: string): void {
  res.status(STATUS[code]).json({ code, message });
}

/** The one place where a thrown error becomes an HTTP answer. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    if (isPitbossError(error)) {
      const retryAfterMs = (error as { retryAfterMs?: unknown }).retryAfterMs;
      if (typeof retryAfterMs === 'number') res.setHeader('Retry-After', String(Math.ceil(retryAfterMs / 1000)));
      return sendError(res, error.code, error.message);
    }
    // express.json() parse failures and oversized bodies
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status === 413) return sendError(res, 'too_large', 'Request body too large.');
    if (status === 400) return sendError(res, 'bad_frame', 'Malformed request body.');
    log.error({ err: error }, 'request failed');
    sendError(res, 'internal', 'Something went wrong on our side; please retry.');
  };
}
