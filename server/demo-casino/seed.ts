import type { SiteConfig } from '../config/sites';
import { hashPassword } from '../core/passwords';
import type { Store } from '../store/store';
import { demoCannedReplies } from './canned';
import { generateHistory } from './history';
import { demoRota, FLOOR_STAFF } from './staff';

/** A player only the seeded history has: its presence means the history is there. */
const MARKER_PLAYER = 'p_seed_0001';

/**
 * Give the demo site a floor with a past, once: its other agents, their rota,
 * canned replies, and a few weeks of conversations, messages, events and
 * ratings, so the dashboard, the staffing forecast and the player sidebar are
 * full on first start. Idempotent; each part is skipped when already there.
 */
export async function seedDemoFloor(
  store: Store,
  site: SiteConfig,
  now: number,
  /** The demo password's hash (an existing demo agent's saves hashing it again), or the password itself. */
  credentials: { passwordHash: string } | { password: string },
): Promise<{ conversations: number }> {
  let passwordHash: string | null = 'passwordHash' in credentials ? credentials.passwordHash : null;
  for (const agent of FLOOR_STAFF) {
    if (await store.findAgentByEmail(agent.email)) continue;
    passwordHash ??= await hashPassword('password' in credentials ? credentials.password : '');
    await store.createAgent({ ...agent, siteId: site.id, passwordHash, disabled: false, createdAt: now }).catch(async (error: unknown) => {
      // Several nodes may seed at once: losing the race is fine.
      if (!(await store.findAgentByEmail(agent.email))) throw error;
    });
  }
  if ((await store.shifts.list(site.id)).length === 0) await store.shifts.replace(site.id, demoRota(site.id));
  if ((await store.canned.list(site.id)).length === 0) {
    for (const reply of demoCannedReplies(site.id, now)) await store.canned.create(reply).catch(() => undefined);
  }
  if (await store.reports.player(MARKER_PLAYER)) return { conversations: 0 };
  const batch = generateHistory({
    siteId: site.id,
    now,
    timeZone: site.timeZone,
    // Admins run the site rather than the floor: the history's chats are the agents', seniors' and supervisors'.
    agents: (await store.agents.list(site.id)).filter((a) => !a.disabled && a.role !== 'admin'),
    shifts: await store.shifts.list(site.id),
  });
  await store.history.import(batch);
  return { conversations: batch.conversations.length };
}
