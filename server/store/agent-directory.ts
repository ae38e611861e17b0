import type { Kysely, Updateable } from 'kysely';
import type { AgentRecord } from './records';
import type { Database } from './schema';
import { toAgent } from './rows';

export type AgentPatch = Partial<Pick<AgentRecord, 'name' | 'role' | 'capacity' | 'skills' | 'languages' | 'passwordHash'>>;

/** The site's agents as an admin manages them (sign-in and routing read single agents through the Store). */
export interface AgentDirectory {
  /** By name. */
  list(siteId: string): Promise<AgentRecord[]>;
  update(id: string, patch: AgentPatch): Promise<AgentRecord | null>;
}

export class KyselyAgentDirectory implements AgentDirectory {
  constructor(private readonly db: Kysely<Database>) {}

  async list(siteId: string): Promise<AgentRecord[]> {
    const rows = await this.db.selectFrom('agents').selectAll().where('site_id', '=', siteId).orderBy('name').orderBy('id').execute();
    return rows.map(toAgent);
  }

  async update(id: string, patch: AgentPatch): Promise<AgentRecord | null> {
    const columns: Updateable<Database['agents']> = {};
    if (patch.name !== undefined) columns.name = patch.name;
    if (patch.role !== undefined) columns.role = patch.role;
    if (patch.capacity !== undefined) columns.capacity = patch.capacity;
    if (patch.skills !== undefined) columns.skills = JSON.stringify(patch.skills);
    if (patch.languages !== undefined) columns.languages = JSON.stringify(patch.languages);
    if (patch.passwordHash !== undefined) columns.password_hash = patch.passwordHash;
    if (Object.keys(columns).length > 0) await this.db.updateTable('agents').set(columns).where('id', '=', id).execute();
    const row = await this.db.selectFrom('agents').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAgent(row) : null;
  }
}
