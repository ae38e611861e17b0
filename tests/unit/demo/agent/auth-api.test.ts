import { describe, expect, it, vi } from 'vitest';
import { fetchMe, signIn, signOut } from '../../../../demo/agent/auth-api';
import { ME } from './fixtures';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('auth api', () => {
  it('posts the credentials as JSON with the CSRF header and returns the profile', async () => {
    const fetchImpl = vi.fn(async () => json(200, { agent: ME }));
    const result = await signIn('dana@example.com', 'secret', fetchImpl);
    expect(result).toEqual({ ok: true, agent: ME });
    expect(fetchImpl).toHaveBeenCalledWith('/api/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'x-pitboss-csrf': '1' },
      body: JSON.stringify({ email: 'dana@example.com', password: 'secret' }),
    });
  });

  it('shows the server message of a refused sign-in', async () => {
    const fetchImpl = vi.fn(async () => json(401, { code: 'unauthorized', message: 'Wrong email or password.' }));
    expect(await signIn('dana@example.com', 'nope', fetchImpl)).toEqual({ ok: false, status: 401, message: 'Wrong email or password.' });
  });

  it('explains a network failure and an answer it cannot read', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await signIn('a@b.c', 'x', offline)).toMatchObject({ ok: false, status: 0, message: expect.stringContaining('Could not reach') });
    const garbled = vi.fn(async () => json(200, { agent: { id: 1 } }));
    expect(await fetchMe(garbled)).toMatchObject({ ok: false, status: 200 });
    const html = vi.fn(async () => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }));
    expect(await fetchMe(html)).toEqual({ ok: false, status: 502, message: 'The server answered 502 Bad Gateway.' });
  });

  it('reads the current session from /api/me', async () => {
    const fetchImpl = vi.fn(async () => json(401, { code: 'unauthorized', message: 'Not signed in.' }));
    expect(await fetchMe(fetchImpl)).toMatchObject({ ok: false, status: 401 });
    expect(fetchImpl).toHaveBeenCalledWith('/api/me', expect.objectContaining({ credentials: 'same-origin' }));
  });

  it('signs out with the CSRF header and treats an already-gone session as signed out', async () => {
    const fetchImpl = vi.fn(async () => new Response(null, { status: 204 }));
    expect(await signOut(fetchImpl)).toEqual({ ok: true, message: '' });
    expect(fetchImpl).toHaveBeenCalledWith('/api/logout', expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ 'x-pitboss-csrf': '1' }) }));
    expect((await signOut(vi.fn(async () => json(401, { code: 'unauthorized', message: 'x' })))).ok).toBe(true);
    expect(await signOut(vi.fn(async () => json(500, { code: 'internal', message: 'Try again.' })))).toEqual({ ok: false, message: 'Try again.' });
  });
});
