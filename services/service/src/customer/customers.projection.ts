import { defineProjection, upsertNewer, type ConsumedEventOf } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { CustomerSegmentEntity } from './customerSegment.entity';

const customerEvents = [
  'crm.customer.customer.created.v1',
  'crm.customer.customer.updated.v1',
  'crm.customer.customer.deleted.v1',
] as const;

/** Applies one customer event to the segment projection; the consumer's inbox makes a repeat a no-op. */
export async function applyToCustomerSegments(
  event: ConsumedEventOf<(typeof customerEvents)[number]>,
  manager: EntityManager,
): Promise<void> {
  if (event.type === 'crm.customer.customer.deleted.v1') {
    await manager.delete(CustomerSegmentEntity, { id: event.data.customer.id, tenantId: event.tenantId });
    return;
  }
  const { customer } = event.data;
  await upsertNewer(manager, CustomerSegmentEntity, {
    id: customer.id,
    tenantId: event.tenantId,
    segment: customer.segment,
    version: customer.version,
  });
}

/** Each customer's segment, which routing queues match on. */
export const customersProjection = defineProjection({
  name: 'customers',
  description: "Keeps each customer's segment, which routing queues match new tickets on.",
  handles: customerEvents,
  applyEach: applyToCustomerSegments,
  // A new group replays the whole topic (every tenant's history): many events per transaction.
  batched: true,
});
