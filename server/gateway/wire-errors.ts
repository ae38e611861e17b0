import type { WireError } from '../../protocol';
import { isPitbossError } from '../core/errors';

/** The one place where a thrown error becomes what a client may see. Unknown errors never leak their text. */
export function toWireError(error: unknown, ref?: string): WireError {
  const base = isPitbossError(error)
    ? { code: error.code, message: error.message }
    : { code: 'internal' as const, message: 'Something went wrong on our side; please retry.' };
  return ref ? { ...base, ref } : base;
}
