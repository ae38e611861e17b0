import type { AuditAction, AuditObjectType } from '../../protocol';
import type { AgentRecord } from '../store/records';
import type { AuditStore } from '../store/audit-store';
import type { Clock } from './clock';
import type { IdGenerator } from './ids';

/**
 * Writes the audit log where an access happens. Callers await it before they
 * answer: if the entry cannot be written, the data is not handed out either.
 */
export class AuditTrail {
  constructor(private readonly deps: { audit: AuditStore; clock: Clock; ids: Pick<IdGenerator, 'id'> }) {}

  /** `actor` null: the relay itself (the retention purge). */
  async record(
    actor: AgentRecord | null,
    siteId: string,
    action: AuditAction,
    object: { type: AuditObjectType; id: string | null },
    detail: string | Record<string, unknown> | null = null,
  ): Promise<void> {
    await this.deps.audit.add({
      id: this.deps.ids.id('au'),
      siteId,
      at: this.deps.clock.now(),
      agentId: actor?.id ?? null,
      agentName: actor?.name ?? null,
      role: actor?.role ?? null,
      action,
      objectType: object.type,
      objectId: object.id,
      detail: detail === null ? null : typeof detail === 'string' ? detail : JSON.stringify(detail),
    });
  }
}
