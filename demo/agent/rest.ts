import * as v from 'valibot';
import { CSRF_HEADER, WireErrorSchema } from '../../protocol';

/** The panel's REST calls beside sign-in: cookie-authenticated, CSRF header on writes, answers checked against the protocol's schemas. */
export type RestResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

type Fetch = typeof fetch;
const UNREACHABLE = 'Could not reach the server. Check your connection and try again.';

export async function getJson<S extends v.GenericSchema>(path: string, schema: S, fetchImpl: Fetch = fetch): Promise<RestResult<v.InferOutput<S>>> {
  return call(() => fetchImpl(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }), schema);
}

export async function sendJson<S extends v.GenericSchema>(method: Method, path: string, body: unknown, schema: S, fetchImpl: Fetch = fetch): Promise<RestResult<v.InferOutput<S>>> {
  return call(() => fetchImpl(path, writeInit(method, body)), schema);
}

/** A write whose answer carries nothing the page needs (204, or a body it ignores). */
export async function send(method: Method, path: string, body?: unknown, fetchImpl: Fetch = fetch): Promise<RestResult<null>> {
  return call(() => fetchImpl(path, writeInit(method, body)), null) as Promise<RestResult<null>>;
}

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function writeInit(method: Method, body: unknown): RequestInit {
  return {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', [CSRF_HEADER]: '1' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

async function call(request: () => Promise<Response>, schema: v.GenericSchema | null): Promise<RestResult<unknown>> {
  let response: Response;
  try {
    response = await request();
  } catch {
    return { ok: false, status: 0, message: UNREACHABLE };
  }
  if (!response.ok) {
    const error = v.safeParse(WireErrorSchema, await response.json().catch(() => null));
    return { ok: false, status: response.status, message: error.success ? error.output.message : `The server answered ${response.status}.` };
  }
  if (!schema || response.status === 204) return { ok: true, value: null };
  const parsed = v.safeParse(schema, await response.json().catch(() => null));
  if (!parsed.success) return { ok: false, status: response.status, message: 'The server sent an answer this page does not understand.' };
  return { ok: true, value: parsed.output };
}
