import type { TenantDb } from '../db/tenantDb';
import { AuditRecord } from './auditRecord';

/** Who made a change: a user (from the token) or a flow (`service:sales`, `system:sla-scheduler`). */
export interface Actor {
  actorId: string;
  /** The request, or the event, that caused the change. */
  requestId?: string;
}

export interface AuditEntry extends Actor {
  operation: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Call inside the mutation's transaction so that the audit record commits with the change. */
export async function recordAudit(tx: TenantDb, entry: AuditEntry): Promise<void> {
  await tx.manager.insert(AuditRecord, {
    tenantId: tx.tenantId,
    actorId: entry.actorId,
    requestId: entry.requestId ?? null,
    operation: entry.operation,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: (entry.before ?? null) as object,
    after: (entry.after ?? null) as object,
  });
}
