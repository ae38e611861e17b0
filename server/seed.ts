import type { Store } from './store/store';
import { hashPassword } from './core/passwords';

/** Demo agents for the demo site; printed on start and listed in README. */
export const DEMO_AGENTS = [
  { id: 'a_alice', email: 'alice@luckystar.test', name: 'Alice Martin', role: 'agent', capacity: 4 },
  { id: 'a_bruno', email: 'bruno@luckystar.test', name: 'Bruno Costa', role: 'agent', capacity: 4 },
  { id: 'a_sara', email: 'sara@luckystar.test', name: 'Sara Kim', role: 'supervisor', capacity: 2 },
] as const;
export const DEMO_PASSWORD = 'pitboss-demo';

export async function seedDemoAgents(store: Store, now: number): Promise<void> {
  for (const agent of DEMO_AGENTS) {
    if (await store.findAgentByEmail(agent.email)) continue;
    await store.createAgent({ ...agent, siteId: 'demo', passwordHash: await hashPassword(DEMO_PASSWORD), disabled: false, createdAt: now });
  }
}
