import * as v from 'valibot';
import { PitbossError } from '../core/errors';

/** A request body or query string through its protocol schema; the first issue becomes a `bad_frame` naming the field. */
export function parseInput<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.');
    throw new PitbossError('bad_frame', `${path ? `${path}: ` : ''}${issue?.message ?? 'Invalid request.'}`);
  }
  return parsed.output;
}
