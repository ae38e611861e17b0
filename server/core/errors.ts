import type { ErrorCode } from '../../protocol';

/**
 * The one error type the server throws on purpose. Callers branch on `code`;
 * the edge (gateway, http) maps it to a frame, a close code or an HTTP status
 * in one place each.
 */
export class PitbossError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PitbossError';
  }
}

export function isPitbossError(error: unknown): error is PitbossError {
  return error instanceof PitbossError;
}
