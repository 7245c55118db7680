import { recordAudit, type Actor, type TenantDb } from '@crm/platform';
import type { EventDataInput, EventType } from '../catalogue/eventCatalogue';
import { recordEvent } from './recordEvent';

export interface Change<T extends EventType> {
  /** The mutation, e.g. `updateCustomer`. */
  operation: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** `time`: when the change happened, if not now (a scheduler's clock). */
  event: { type: T; data: EventDataInput<T>; time?: Date };
}

/**
 * What every mutation writes beside its change, in the same transaction: the audit record (who,
 * when, before/after) and the domain event in the outbox. Either all of it commits or none.
 */
export async function recordChange<T extends EventType>(
  tx: TenantDb,
  actor: Actor,
  change: Change<T>,
): Promise<void> {
  await recordAudit(tx, {
    ...actor,
    operation: change.operation,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before,
    after: change.after,
  });
  await recordEvent(tx.manager, {
    type: change.event.type,
    aggregateId: change.entityId,
    tenantId: tx.tenantId,
    data: change.event.data,
    time: change.event.time,
  });
}
