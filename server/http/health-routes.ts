import { Router } from 'express';
import type { Bus } from '../bus/bus';
import type { Store } from '../store/store';

/**
 * `GET /healthz` for load balancers: 200 when this node reaches its store and
 * (in a cluster) its bus, 503 naming what is down. No details beyond that.
 */
export function healthRoutes(deps: { store: Store; bus?: Bus }): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const [store, bus] = await Promise.all([
      deps.store.ping().then(
        () => 'ok' as const,
        () => 'down' as const,
      ),
      deps.bus?.ping
        ? deps.bus.ping().then(
            () => 'ok' as const,
            () => 'down' as const,
          )
        : Promise.resolve('local' as const),
    ]);
    const ok = store === 'ok' && bus !== 'down';
    res.status(ok ? 200 : 503).json({ ok, store, bus });
  });
  return router;
}
