import { Router } from 'express';
import type { SiteDirectory } from '../config/sites';
import { signIdentity } from '../core/identity';
import { CRM_SIGNATURE_HEADER, CRM_TIMESTAMP_HEADER, verifyCrmRequest } from '../crm/crm-signature';
import { crmProfile, demoPlayer, DEMO_PLAYERS } from './crm-players';

/**
 * The demo casino's backend, served by the relay so `npm start` needs nothing
 * else: its CRM (what a casino would run on its own servers, checking the
 * relay's signature) and the identity signing a casino's pages get from their
 * backend after the player logs in. Only mounted for the demo.
 */
export function demoCasinoBackend(deps: { sites: SiteDirectory; siteId: string; now: () => number }): Router {
  const router = Router();
  const site = () => deps.sites.get(deps.siteId);

  router.get('/demo-crm/players/:id', (req, res) => {
    const crm = site()?.crm;
    const ok =
      crm !== undefined &&
      verifyCrmRequest({
        secret: crm.secret,
        method: req.method,
        path: req.originalUrl,
        timestamp: req.get(CRM_TIMESTAMP_HEADER),
        signature: req.get(CRM_SIGNATURE_HEADER),
        now: deps.now(),
      });
    if (!ok) return void res.status(401).json({ error: 'bad signature' });
    const player = demoPlayer(String(req.params.id));
    if (!player) return void res.status(404).json({ error: 'no such player' });
    res.json(crmProfile(player, deps.now()));
  });

  /** The players the lobby's "Play as" menu offers. */
  router.get('/demo-casino/players', (_req, res) => {
    res.json({ players: DEMO_PLAYERS.map((p) => ({ id: p.id, name: p.name, locale: p.locale })) });
  });

  /** What a casino backend hands its page after login: the player id signed with the site's identity secret. */
  router.get('/demo-casino/identity', (req, res) => {
    const player = demoPlayer(String(req.query.player ?? ''));
    const secret = site()?.identitySecret;
    if (!player || !secret) return void res.status(404).json({ error: 'no such player' });
    const issuedAt = deps.now();
    const signature = signIdentity(secret, player.id, issuedAt);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ playerId: player.id, issuedAt, signature, name: player.name });
  });

  return router;
}
