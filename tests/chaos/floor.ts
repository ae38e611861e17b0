import { TOPICS } from '../../protocol';
import type { SiteInput } from '../../server/config/sites';
import { hashPassword } from '../../server/core/passwords';
import { openSqliteStore } from '../../server/store/sqlite';

/**
 * The chaos floor: one site and its agents. Every timer that would move a chat
 * away from its agent (reconnect grace, offer timeout, SLA escalation) is far
 * beyond the run, so each conversation keeps one agent through drops and
 * kills, and what the checker compares is delivery alone.
 */
export const CHAOS_SITE: SiteInput = {
  id: 'chaos',
  name: 'Chaos Casino',
  // The load process connects from the relay's own origin, which "self" allows.
  allowedOrigins: ['self'],
  identitySecret: 'chaos-secret-0123456789abcdef',
  locales: ['en'],
  sla: { firstResponseMs: 3_600_000, resolutionMs: 3_600_000, escalationMs: 3_600_000 },
  offerTimeoutMs: 600_000,
  agentReconnectGraceMs: 600_000,
  defaultAgentCapacity: 25,
};

export const CHAOS_PASSWORD = 'chaos-agent-password';

export interface ChaosAgentAccount {
  id: string;
  email: string;
}

export function chaosAgentAccounts(count: number): ChaosAgentAccount[] {
  return Array.from({ length: count }, (_, i) => ({ id: `a_chaos${i}`, email: `agent${i}@chaos.test` }));
}

/** Create the database file with its agents before the relay first starts (capacity 25: 200 players fit on 10 agents). */
export async function seedChaosFloor(file: string, agentCount: number): Promise<ChaosAgentAccount[]> {
  const store = openSqliteStore(file);
  try {
    await store.migrate();
    const accounts = chaosAgentAccounts(agentCount);
    const passwordHash = await hashPassword(CHAOS_PASSWORD);
    for (const [i, account] of accounts.entries()) {
      await store.createAgent({
        ...account,
        siteId: CHAOS_SITE.id,
        name: `Chaos Agent ${i}`,
        passwordHash,
        role: 'agent',
        capacity: 25,
        skills: [...TOPICS],
        languages: ['en'],
        disabled: false,
        createdAt: Date.now(),
      });
    }
    return accounts;
  } finally {
    await store.close();
  }
}
