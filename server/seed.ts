import { TOPICS } from '../protocol';
import type { AgentRecord } from './store/records';
import type { Store } from './store/store';
import { hashPassword } from './core/passwords';

/** Demo agents for the demo site; printed on start and listed in README. */
const ALL_TOPICS = [...TOPICS];
export const DEMO_AGENTS: readonly Omit<AgentRecord, 'siteId' | 'passwordHash' | 'disabled' | 'createdAt'>[] = [
  { id: 'a_alice', email: 'alice@luckystar.test', name: 'Alice Martin', role: 'agent', capacity: 4, skills: ALL_TOPICS, languages: ['en', 'fr'] },
  { id: 'a_bruno', email: 'bruno@luckystar.test', name: 'Bruno Costa', role: 'agent', capacity: 4, skills: ALL_TOPICS, languages: ['en', 'pt', 'es'] },
  { id: 'a_sara', email: 'sara@luckystar.test', name: 'Sara Kim', role: 'supervisor', capacity: 2, skills: ALL_TOPICS, languages: ['en', 'ko'] },
  { id: 'a_max', email: 'max@luckystar.test', name: 'Max Vella', role: 'admin', capacity: 2, skills: ALL_TOPICS, languages: ['en', 'it'] },
];
export const DEMO_PASSWORD = 'pitboss-demo';

export async function seedDemoAgents(store: Store, now: number): Promise<void> {
  // One hash for all: scrypt is slow on purpose, and every test server seeds these.
  let passwordHash: string | null = null;
  for (const agent of DEMO_AGENTS) {
    if (await store.findAgentByEmail(agent.email)) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    const record = { ...agent, siteId: 'demo', passwordHash, disabled: false, createdAt: now };
    // Several nodes starting together may seed at once: the one that loses the race finds the agent there.
    await store.createAgent(record).catch(async (error: unknown) => {
      if (!(await store.findAgentByEmail(agent.email))) throw error;
    });
  }
}
