import { nanoid } from 'nanoid';
import { PROTOCOL_VERSION } from '../../protocol';
import { DEMO_PASSWORD } from '../../server/seed';
import { TestSocket } from './ws-client';

export function wsUrl(httpUrl: string, path: string): string {
  return httpUrl.replace(/^http/, 'ws') + path;
}

/** A player as the widget would be: origin of the casino page, hello, then messages. */
export async function connectPlayer(
  baseUrl: string,
  options: { session?: string | null; lastSeq?: number; conversationId?: string; origin?: string; site?: string; forwardedFor?: string; locale?: string } = {},
) {
  const headers: Record<string, string> = { origin: options.origin ?? baseUrl };
  // As a load balancer in front of the relay would say who the player is (the relay must trust it by config).
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;
  const socket = await TestSocket.open(wsUrl(baseUrl, '/v1/player'), headers);
  socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: options.site ?? 'demo', session: options.session ?? null, locale: options.locale ?? 'en', lastSeq: options.lastSeq ?? 0, conversationId: options.conversationId ?? null });
  const welcome = await socket.type('welcome');
  return {
    socket,
    welcome,
    async say(text: string, id = nanoid(), timeoutMs?: number) {
      socket.send({ type: 'send', id, text });
      return socket.type('ack', (f) => f.id === id, timeoutMs);
    },
  };
}

export async function login(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<{ cookie: string; status: number; body: any }> {
  const res = await fetch(`${baseUrl}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pitboss-csrf': '1' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, status: res.status, body: await res.json() };
}

/** An agent as the panel would be: log in over HTTP, then the cookie opens the socket. */
export async function connectAgent(baseUrl: string, email: string, options: { status?: 'online' | 'away' | 'offline' } = {}) {
  const { cookie } = await login(baseUrl, email);
  const socket = await TestSocket.open(wsUrl(baseUrl, '/v1/agent'), { origin: baseUrl, cookie });
  socket.send({ type: 'hello', v: PROTOCOL_VERSION });
  const welcome = await socket.type('welcome');
  if (options.status) {
    socket.send({ type: 'status', status: options.status });
    await socket.type('agent', (f) => f.agent.status === options.status);
  }
  return {
    socket,
    welcome,
    cookie,
    async reply(conversationId: string, text: string, id = nanoid()) {
      socket.send({ type: 'send', id, conversationId, text });
      return socket.type('ack', (f) => f.id === id);
    },
  };
}
