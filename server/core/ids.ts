import { createHash } from 'node:crypto';

/** Id and secret generation is passed in so tests can make it predictable. */
export interface IdGenerator {
  /** A public identifier with a readable prefix ("c_…", "p_…"). */
  id(prefix: string): string;
  /** A bearer secret of at least 128 random bits, url-safe. */
  token(): string;
}

/** Secrets are stored only as hashes: a leaked database holds no usable session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
