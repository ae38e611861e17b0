import * as v from 'valibot';
import { CSRF_HEADER, LoginResponseSchema, WireErrorSchema, type AgentProfile } from '../../protocol';

/** The agent panel's side of /api/login, /api/me and /api/logout. The session lives in an HttpOnly cookie. */
export type AuthResult = { ok: true; agent: AgentProfile } | { ok: false; status: number; message: string };

type Fetch = typeof fetch;

const WRITE_HEADERS = { 'Content-Type': 'application/json', [CSRF_HEADER]: '1' };
const UNREACHABLE = 'Could not reach the server. Check your connection and try again.';

export async function fetchMe(fetchImpl: Fetch = fetch): Promise<AuthResult> {
  return profileFrom(() => fetchImpl('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } }));
}

export async function signIn(email: string, password: string, fetchImpl: Fetch = fetch): Promise<AuthResult> {
  return profileFrom(() =>
    fetchImpl('/api/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: WRITE_HEADERS,
      body: JSON.stringify({ email, password }),
    }),
  );
}

/** True when the server ended the session (or it was already gone). */
export async function signOut(fetchImpl: Fetch = fetch): Promise<{ ok: boolean; message: string }> {
  try {
    const response = await fetchImpl('/api/logout', { method: 'POST', credentials: 'same-origin', headers: WRITE_HEADERS });
    if (response.ok || response.status === 401) return { ok: true, message: '' };
    return { ok: false, message: await errorMessage(response) };
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
}

async function profileFrom(request: () => Promise<Response>): Promise<AuthResult> {
  let response: Response;
  try {
    response = await request();
  } catch {
    return { ok: false, status: 0, message: UNREACHABLE };
  }
  if (!response.ok) return { ok: false, status: response.status, message: await errorMessage(response) };
  const body = v.safeParse(LoginResponseSchema, await response.json().catch(() => null));
  if (!body.success) return { ok: false, status: response.status, message: 'The server sent an answer this page does not understand.' };
  return { ok: true, agent: body.output.agent };
}

async function errorMessage(response: Response): Promise<string> {
  const body = v.safeParse(WireErrorSchema, await response.json().catch(() => null));
  if (body.success) return body.output.message;
  return `The server answered ${response.status} ${response.statusText}`.trim() + '.';
}
