import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventDataInput, EventType } from '../catalogue/eventCatalogue';
import { parseEventType } from '../catalogue/eventType';
import { validateEventData } from '../catalogue/validateEventData';
import { OutboxEvent } from './OutboxEvent';

export interface RecordedEvent<T extends EventType = EventType> {
  type: T;
  aggregateId: string;
  tenantId: string;
  data: EventDataInput<T>;
  /** When the change happened; defaults to now. */
  time?: Date;
}

/**
 * The one way a service emits an event: validates the data against the catalogue (throwing an
 * EventValidationError, writing nothing) and inserts an outbox row in the caller's transaction, so
 * the event exists if and only if the change commits. Call it after writing (and so locking) the
 * aggregate's row: concurrent changes of one aggregate then get outbox sequences in commit order.
 * Returns the event id (`ce_id`).
 */
export async function recordEvent<T extends EventType>(
  manager: EntityManager,
  event: RecordedEvent<T>,
): Promise<string> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(
      `recordEvent(${event.type}) must run inside the transaction of the change (dataSource.transaction)`,
    );
  }
  const data = validateEventData(event.type, event.data);
  const id = randomUUID();
  await manager.insert(OutboxEvent, {
    id,
    aggregatetype: parseEventType(event.type).aggregate,
    aggregateid: event.aggregateId,
    type: event.type,
    payload: data as object,
    tenantId: event.tenantId,
    occurredAt: event.time ?? new Date(),
  });
  return id;
}
