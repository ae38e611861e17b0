import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { signIdentity } from '../../server/core/identity';
import { login, wsUrl } from '../support/clients';
import { createCluster } from '../support/cluster';
import { TestSocket } from '../support/ws-client';

/**
 * An admin's site change on one relay process is applied by every other at
 * once (through PostgreSQL and the Redis bus), and by a process started later.
 */
const FILE_SECRET = 'cluster-secret-0123456789abcdef';
let cluster: Awaited<ReturnType<typeof createCluster>>;
beforeAll(async () => {
  cluster = await createCluster({ site: { requireVerifiedPlayers: true } });
  await cluster.startNode('node1');
  await cluster.startNode('node2');
}, 90_000);
afterAll(async () => {
  await cluster?.stop();
}, 30_000);

/** 'welcome', 'error: <code>' or why the upgrade was refused. */
async function playerOn(base: string, origin: string, secret = FILE_SECRET): Promise<string> {
  let socket: TestSocket;
  try {
    socket = await TestSocket.open(wsUrl(base, '/v1/player'), { origin });
  } catch (error) {
    return (error as Error).message;
  }
  const issuedAt = Date.now();
  socket.send({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0, conversationId: null, identity: { playerId: 'vip-1', issuedAt, signature: signIdentity(secret, 'vip-1', issuedAt) } });
  const frame = await socket.next((f) => f.type === 'welcome' || f.type === 'error');
  socket.close();
  return frame.type === 'error' ? `error: ${frame.code}` : frame.type;
}

const write = (base: string, path: string, method: string, cookie: string, body: unknown) =>
  fetch(`${base}${path}`, { method, headers: { cookie, 'content-type': 'application/json', 'x-pitboss-csrf': '1' }, body: JSON.stringify(body) });

describe('site settings across nodes', () => {
  it('origins changed on one node and a secret rotated on the other apply on both at once, and on a node started later', async () => {
    const [node1, node2] = cluster.nodes;
    const { cookie } = await login(node1!.url, 'max@luckystar.test');
    expect(await playerOn(node2!.url, 'http://new-casino.test')).toBe('upgrade refused: 403');

    expect((await write(node1!.url, '/api/admin/site', 'PATCH', cookie, { allowedOrigins: ['http://new-casino.test'] })).status).toBe(200);
    // Applied by the other process as soon as the bus event lands: no restart, no polling interval.
    await expect.poll(() => playerOn(node2!.url, 'http://new-casino.test'), { timeout: 2_000, interval: 100 }).toBe('welcome');
    expect(await playerOn(node2!.url, 'http://casino.test')).toBe('upgrade refused: 403');

    const { cookie: onNode2 } = await login(node2!.url, 'max@luckystar.test');
    const rotated = await write(node2!.url, '/api/admin/site/identity-secret', 'POST', onNode2, { graceMs: 60_000 });
    expect(rotated.status).toBe(200);
    const { secret } = await rotated.json();
    await expect.poll(() => playerOn(node1!.url, 'http://new-casino.test', secret), { timeout: 2_000, interval: 100 }).toBe('welcome');
    expect(await playerOn(node1!.url, 'http://new-casino.test', FILE_SECRET)).toBe('welcome');
    expect(await playerOn(node1!.url, 'http://new-casino.test', 'nobody-knows-this-0123456789')).toBe('error: unauthorized');

    const node3 = await cluster.startNode('node3');
    expect(await playerOn(node3.url, 'http://new-casino.test', secret)).toBe('welcome');
    expect(await playerOn(node3.url, 'http://casino.test', secret)).toBe('upgrade refused: 403');
  }, 90_000);
});
