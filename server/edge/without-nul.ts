/**
 * NUL characters are dropped from every string where JSON enters the relay
 * (socket frames and REST bodies). PostgreSQL's text cannot hold them (the
 * insert fails, and the client would get `internal`), SQLite's can: dropping
 * them at the edge keeps both stores the same and turns a hostile NUL into
 * nothing rather than a server error.
 */
export function withoutNul(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

/**
 * A frame's text with its NULs gone. In JSON a NUL can only be the escape
 * \u0000 inside a string, so frames without that text pass untouched and
 * uncopied; the rare ones are parsed and written again.
 */
export function frameWithoutNul(raw: string): string {
  if (!raw.includes('\\u0000')) return raw;
  try {
    return JSON.stringify(JSON.parse(raw, withoutNul));
  } catch {
    return raw; // not JSON: the decoder answers bad_frame
  }
}
