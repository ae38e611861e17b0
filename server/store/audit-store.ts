import type { Kysely, Selectable } from 'kysely';
import type { AgentRole, AuditAction, AuditObjectType } from '../../protocol';
import type { Database } from './schema';

/** One line of the audit log: who (null for the relay itself) did what to which object. */
export interface AuditRecord {
  id: string;
  siteId: string;
  at: number;
  agentId: string | null;
  agentName: string | null;
  role: AgentRole | null;
  action: AuditAction;
  objectType: AuditObjectType;
  objectId: string | null;
  detail: string | null;
}

export interface AuditFilter {
  agentId?: string;
  action?: AuditAction;
  /** [from, to) on `at`. */
  from?: number;
  to?: number;
  limit: number;
  offset: number;
}

export interface AuditStore {
  add(entry: AuditRecord): Promise<void>;
  /** Newest first, with the number of all entries matching the filter. */
  list(siteId: string, filter: AuditFilter): Promise<{ total: number; entries: AuditRecord[] }>;
}

export class KyselyAuditStore implements AuditStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(e: AuditRecord): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        id: e.id,
        site_id: e.siteId,
        at: e.at,
        agent_id: e.agentId,
        agent_name: e.agentName,
        role: e.role,
        action: e.action,
        object_type: e.objectType,
        object_id: e.objectId,
        detail: e.detail,
      })
      .execute();
  }

  async list(siteId: string, f: AuditFilter): Promise<{ total: number; entries: AuditRecord[] }> {
    let query = this.db.selectFrom('audit_log').where('site_id', '=', siteId);
    if (f.agentId !== undefined) query = query.where('agent_id', '=', f.agentId);
    if (f.action !== undefined) query = query.where('action', '=', f.action);
    if (f.from !== undefined) query = query.where('at', '>=', f.from);
    if (f.to !== undefined) query = query.where('at', '<', f.to);
    const [count, rows] = await Promise.all([
      query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
      query.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
    ]);
    return { total: Number(count?.n ?? 0), entries: rows.map(toAudit) };
  }
}

/** Table shape (added to `Database` in schema.ts). */
export interface AuditTables {
  audit_log: {
    id: string;
    site_id: string;
    at: number;
    agent_id: string | null;
    agent_name: string | null;
    role: string | null;
    action: string;
    object_type: string;
    object_id: string | null;
    detail: string | null;
  };
}

function toAudit(row: Selectable<AuditTables['audit_log']>): AuditRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    at: Number(row.at),
    agentId: row.agent_id,
    agentName: row.agent_name,
    role: row.role as AgentRole | null,
    action: row.action as AuditAction,
    objectType: row.object_type as AuditObjectType,
    objectId: row.object_id,
    detail: row.detail,
  };
}
