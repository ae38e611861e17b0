import express from 'express';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Bus } from '../../../server/bus/bus';
import { healthRoutes } from '../../../server/http/health-routes';
import type { Store } from '../../../server/store/store';

async function health(store: Partial<Store>, bus?: Partial<Bus>) {
  const app = express().use(healthRoutes({ store: store as Store, bus: bus as Bus | undefined }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`);
    return { status: res.status, body: await res.json() };
  } finally {
    server.close();
  }
}

const up = async () => undefined;
const down = async () => {
  throw new Error('connection refused');
};

describe('/healthz', () => {
  it('is healthy with a reachable store and the in-process bus', async () => {
    expect(await health({ ping: up })).toEqual({ status: 200, body: { ok: true, store: 'ok', bus: 'local' } });
  });

  it('reports the shared bus, and fails when it or the store is down', async () => {
    expect(await health({ ping: up }, { ping: up })).toEqual({ status: 200, body: { ok: true, store: 'ok', bus: 'ok' } });
    expect(await health({ ping: up }, { ping: down })).toEqual({ status: 503, body: { ok: false, store: 'ok', bus: 'down' } });
    expect(await health({ ping: down }, { ping: up })).toEqual({ status: 503, body: { ok: false, store: 'down', bus: 'ok' } });
  });
});
