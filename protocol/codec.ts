import * as v from 'valibot';
import type { WireError } from './errors';

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: WireError };

/**
 * Parse one text frame against a schema. Never throws: a malformed frame comes
 * back as a typed `bad_frame` error that names the first problem.
 */
export function decodeFrame<S extends v.GenericSchema>(schema: S, raw: string): Decoded<v.InferOutput<S>> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: { code: 'bad_frame', message: 'Frame is not valid JSON.' } };
  }
  const parsed = v.safeParse(schema, json);
  if (parsed.success) return { ok: true, value: parsed.output };
  const issue = parsed.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  const ref = typeof json === 'object' && json && 'id' in json && typeof json.id === 'string' ? json.id.slice(0, 64) : undefined;
  const tooLong = issue?.type === 'max_length' && path === 'text';
  return {
    ok: false,
    error: {
      code: tooLong ? 'too_large' : 'bad_frame',
      message: `Invalid frame${path ? ` at "${path}"` : ''}: ${issue?.message ?? 'unknown shape'}.`,
      ...(ref ? { ref } : {}),
    },
  };
}

export function encodeFrame(frame: { type: string }): string {
  return JSON.stringify(frame);
}
