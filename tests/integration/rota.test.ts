import { afterEach, describe, expect, it } from 'vitest';
import { login } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
afterEach(async () => {
  await server?.stop();
});

const write = (method: string, path: string, cookie: string, body?: unknown) =>
  fetch(`${server.url}${path}`, { method, headers: { cookie, 'content-type': 'application/json', 'x-pitboss-csrf': '1' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const read = (path: string, cookie: string) => fetch(`${server.url}${path}`, { headers: { cookie } });

/** Agents the staffing view counts on shift at a weekday and hour. */
async function onShift(cookie: string, weekday: number, hour: number): Promise<number> {
  const staffing = await (await read('/api/staffing', cookie)).json();
  return staffing.hours.find((h: any) => h.weekday === weekday && h.hour === hour).scheduled;
}

describe('rota editor API', () => {
  it('adds, moves and deletes a shift, and the staffing forecast counts it where it is', async () => {
    server = await startTestServer();
    const sara = await login(server.url, 'sara@luckystar.test');
    expect(await onShift(sara.cookie, 1, 9)).toBe(0);

    const added = await write('POST', '/api/shifts', sara.cookie, { agentId: 'a_alice', weekday: 1, startHour: 8, endHour: 16 });
    expect(added.status).toBe(201);
    const { shift } = await added.json();
    expect(shift).toMatchObject({ agentId: 'a_alice', weekday: 1, startHour: 8, endHour: 16 });
    expect(await onShift(sara.cookie, 1, 9)).toBe(1);
    expect(await onShift(sara.cookie, 1, 16)).toBe(0);
    expect((await (await read('/api/shifts', sara.cookie)).json()).shifts).toEqual([shift]);

    // Moved to Wednesday night, past midnight into Thursday.
    const moved = await write('PATCH', `/api/shifts/${shift.id}`, sara.cookie, { agentId: 'a_alice', weekday: 2, startHour: 22, endHour: 6 });
    expect(moved.status).toBe(200);
    expect(await onShift(sara.cookie, 1, 9)).toBe(0);
    expect(await onShift(sara.cookie, 2, 23)).toBe(1);
    expect(await onShift(sara.cookie, 3, 5)).toBe(1);

    expect((await write('DELETE', `/api/shifts/${shift.id}`, sara.cookie)).status).toBe(204);
    expect(await onShift(sara.cookie, 2, 23)).toBe(0);
    expect((await write('DELETE', `/api/shifts/${shift.id}`, sara.cookie)).status).toBe(404);
  });

  it('never books one agent twice in the same hour, across midnight and the end of the week too', async () => {
    server = await startTestServer();
    const max = await login(server.url, 'max@luckystar.test');
    const sunday = await (await write('POST', '/api/shifts', max.cookie, { agentId: 'a_alice', weekday: 6, startHour: 22, endHour: 6 })).json();
    const monday = await write('POST', '/api/shifts', max.cookie, { agentId: 'a_alice', weekday: 0, startHour: 5, endHour: 13 });
    expect(monday.status).toBe(409);
    expect(await monday.json()).toMatchObject({ code: 'conflict', message: 'Alice Martin already works Sun 22:00–06:00, which overlaps Mon 05:00–13:00.' });
    // Back to back is fine, and another agent may share the hours.
    expect((await write('POST', '/api/shifts', max.cookie, { agentId: 'a_alice', weekday: 0, startHour: 6, endHour: 14 })).status).toBe(201);
    expect((await write('POST', '/api/shifts', max.cookie, { agentId: 'a_bruno', weekday: 0, startHour: 5, endHour: 13 })).status).toBe(201);
    // Moving onto another of the same agent's shifts is refused; moving within its own hours is not.
    expect((await write('PATCH', `/api/shifts/${sunday.shift.id}`, max.cookie, { agentId: 'a_alice', weekday: 0, startHour: 12, endHour: 20 })).status).toBe(409);
    expect((await write('PATCH', `/api/shifts/${sunday.shift.id}`, max.cookie, { agentId: 'a_alice', weekday: 6, startHour: 20, endHour: 4 })).status).toBe(200);
    // A whole rota that double-books is refused and the stored one stays.
    const whole = await write('PUT', '/api/shifts', max.cookie, { shifts: [{ agentId: 'a_bruno', weekday: 3, startHour: 8, endHour: 16 }, { agentId: 'a_bruno', weekday: 3, startHour: 15, endHour: 18 }] });
    expect(whole.status).toBe(409);
    expect((await (await read('/api/shifts', max.cookie)).json()).shifts).toHaveLength(3);
  });

  it('refuses shifts outside the week or the day with a typed error naming the field', async () => {
    server = await startTestServer();
    const sara = await login(server.url, 'sara@luckystar.test');
    const cases: [unknown, number, RegExp][] = [
      [{ agentId: 'a_alice', weekday: 7, startHour: 8, endHour: 16 }, 400, /^weekday: The day is 0 \(Monday\) to 6 \(Sunday\)/],
      [{ agentId: 'a_alice', weekday: -1, startHour: 8, endHour: 16 }, 400, /^weekday:/],
      [{ agentId: 'a_alice', weekday: 1, startHour: 24, endHour: 2 }, 400, /^startHour: An hour is 0 to 23/],
      [{ agentId: 'a_alice', weekday: 1, startHour: 8, endHour: 25 }, 400, /^endHour: An hour is 0 to 24/],
      [{ agentId: 'a_alice', weekday: 1, startHour: 8.5, endHour: 16 }, 400, /^startHour: Shifts start and end on the hour/],
      [{ agentId: 'a_alice', weekday: 1, startHour: 8, endHour: 8 }, 400, /A shift needs different start and end hours/],
      [{ agentId: 'a_alice', weekday: 1, startHour: 8, endHour: 16, note: 'x' }, 400, /Unknown shift field/],
      [{ agentId: 'a_nobody', weekday: 1, startHour: 8, endHour: 16 }, 404, /No such agent/],
    ];
    for (const [body, status, message] of cases) {
      const res = await write('POST', '/api/shifts', sara.cookie, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect((await res.json()).message).toMatch(message);
    }
    expect((await (await read('/api/shifts', sara.cookie)).json()).shifts).toEqual([]);
  });

  it('is for supervisors and admins of the site only', async () => {
    server = await startTestServer();
    const alice = await login(server.url, 'alice@luckystar.test');
    const sara = await login(server.url, 'sara@luckystar.test');
    expect((await read('/api/shifts', alice.cookie)).status).toBe(403);
    expect((await write('POST', '/api/shifts', alice.cookie, { agentId: 'a_alice', weekday: 1, startHour: 8, endHour: 16 })).status).toBe(403);
    expect((await read('/api/shifts', '')).status).toBe(401);
    // Without the CSRF header a write is refused even with the cookie.
    const noCsrf = await fetch(`${server.url}/api/shifts`, { method: 'POST', headers: { cookie: sara.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ agentId: 'a_alice', weekday: 1, startHour: 8, endHour: 16 }) });
    expect(noCsrf.status).toBe(403);
    // Another site's shift cannot be seen, moved or deleted.
    await server.store.shifts.create({ id: 'sh_other', siteId: 'other', agentId: null, weekday: 1, startHour: 8, endHour: 16 });
    expect((await write('PATCH', '/api/shifts/sh_other', sara.cookie, { agentId: null, weekday: 2, startHour: 8, endHour: 16 })).status).toBe(404);
    expect((await write('DELETE', '/api/shifts/sh_other', sara.cookie)).status).toBe(404);
    expect(await server.store.shifts.get('sh_other')).toMatchObject({ weekday: 1 });
  });
});
