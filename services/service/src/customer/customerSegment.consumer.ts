import { EventConsumer, upsertNewer, isEventOfType, type ConsumedEvent, type KafkaClient } from '@crm/events';
import type { Logger } from '@crm/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { CustomerSegmentEntity } from './customerSegment.entity';

export const customerSegmentTopics = ['crm.customer.customer'];

/** Applies one customer event to the segment projection; the consumer's inbox makes a repeat a no-op. */
export async function applyToCustomerSegments(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  if (
    isEventOfType(event, 'crm.customer.customer.created.v1') ||
    isEventOfType(event, 'crm.customer.customer.updated.v1')
  ) {
    const { customer } = event.data;
    await upsertNewer(manager, CustomerSegmentEntity, {
      id: customer.id,
      tenantId: event.tenantId,
      segment: customer.segment,
      version: customer.version,
    });
  } else if (isEventOfType(event, 'crm.customer.customer.deleted.v1')) {
    await manager.delete(CustomerSegmentEntity, { id: event.data.customer.id, tenantId: event.tenantId });
  }
}

export function customerSegmentConsumer(
  kafka: KafkaClient,
  dataSource: DataSource,
  groupPrefix: string,
  log: Logger,
) {
  return new EventConsumer({
    kafka,
    dataSource,
    groupId: `${groupPrefix}service.customers`,
    topics: customerSegmentTopics,
    handle: applyToCustomerSegments,
    // A new group replays the whole topic (every tenant's history): many events per transaction.
    batch: {},
    log,
  });
}
