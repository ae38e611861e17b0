import { seedDemoFaq } from '../bot/demo-faq/seed';
import type { SiteConfig, SiteDirectory } from '../config/sites';
import { DEMO_AGENTS, DEMO_PASSWORD, seedDemoAgents } from '../seed';
import type { Store } from '../store/store';
import { seedDemoFloor } from './seed';

/**
 * What `npm start` puts in the store before the relay serves, each part once:
 * the demo agents, the FAQ, and the demo site's floor staff, rota, canned
 * replies and a few weeks of history. The demo e2e test starts the same way.
 */
export async function seedDemo(store: Store, sites: SiteDirectory, now: number): Promise<{ demoSite: SiteConfig | undefined; conversations: number }> {
  await seedDemoAgents(store, now);
  await seedDemoFaq(store, now);
  const demoSite = sites.get('demo');
  if (!demoSite) return { demoSite, conversations: 0 };
  // The floor staff sign in with the demo agents' password, hashed once.
  const passwordHash = (await store.findAgentByEmail(DEMO_AGENTS[0]!.email))?.passwordHash;
  const { conversations } = await seedDemoFloor(store, demoSite, now, passwordHash ? { passwordHash } : { password: DEMO_PASSWORD });
  return { demoSite, conversations };
}
