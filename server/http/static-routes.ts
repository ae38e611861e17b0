import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built front ends: the widget loader and panel chunks, the demo casino at
 * `/` and the agent panel at `/agent/`. `npm run build` makes them.
 */
export function staticRoutes(distDir: string): Router {
  const router = Router();
  const demoDir = join(distDir, 'demo');
  router.use((_req, res, next) => {
    if (existsSync(join(distDir, 'widget.js'))) return next();
    res.status(503).type('text/plain').send(`No built front end in ${distDir}: run "npm run build" (npm start does it for you).`);
  });
  // The loader URL is what casinos paste, so it must not be cached for long; the chunks it loads are content-hashed.
  router.get('/widget.js', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.sendFile(join(distDir, 'widget.js'));
  });
  router.use(
    '/widget',
    (_req, res, next) => {
      // Loaded cross-origin by casino pages as module scripts, which need CORS.
      res.setHeader('Access-Control-Allow-Origin', '*');
      next();
    },
    express.static(join(distDir, 'widget'), {
      index: false,
      maxAge: '1h',
      // dist/widget/v<version>-<hash>/ never changes once built: safe to pin with Subresource Integrity and cache for good.
      setHeaders(res, path) {
        if (/[/\\]v\d[^/\\]*[/\\][^/\\]+$/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  router.use('/assets', express.static(join(demoDir, 'assets'), { index: false, immutable: true, maxAge: '1y' }));
  router.get(['/agent', '/agent/'], (_req, res) => res.sendFile(join(demoDir, 'agent', 'index.html')));
  router.get('/', (_req, res) => res.sendFile(join(demoDir, 'casino', 'index.html')));
  router.use('/casino', express.static(join(demoDir, 'casino'), { index: false }));
  return router;
}
