import type { SiteDirectory } from '../config/sites';
import type { Logger } from '../logger';
import { FLOOR_INTERVAL_MS, type DeskServices } from './desk-services';
import type { AgentPeer, SocketRegistry } from './socket-registry';

/**
 * Every few seconds, each site's supervisors connected to this node get the
 * live floor. A site with no supervisor here costs nothing; a push still
 * running when the next is due is skipped rather than piled up.
 */
export function startFloorPush(deps: { registry: SocketRegistry; sites: SiteDirectory; desk: DeskServices; log: Logger }): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void pushAll().finally(() => {
      running = false;
    });
  }, deps.desk.floorIntervalMs ?? FLOOR_INTERVAL_MS);
  timer.unref();

  async function pushAll(): Promise<void> {
    for (const site of deps.sites.all()) {
      const peers = [...deps.registry.supervisorPeers(site.id)];
      if (peers.length > 0) await sendFloor(deps.desk, site.id, peers, deps.log);
    }
  }

  return () => clearInterval(timer);
}

export async function sendFloor(desk: DeskServices, siteId: string, peers: AgentPeer[], log: Logger): Promise<void> {
  try {
    const frame = { type: 'floor' as const, floor: await desk.floor(siteId) };
    for (const peer of peers) peer.send(frame);
  } catch (err) {
    log.warn({ err, siteId }, 'floor push failed');
  }
}
