import type { ConsumedEventOf, ContactSnapshot, CustomerSnapshot } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { moveCustomerAttributes, type CustomerAttributes } from '../order/revenueRollups';
import { upsertNewer } from '../readModel/upsertNewer';
import { ContactFactEntity, CustomerFactEntity } from './customerFact.entity';

type CustomerEvent = ConsumedEventOf<
  'crm.customer.customer.created.v1' | 'crm.customer.customer.updated.v1' | 'crm.customer.customer.deleted.v1'
>;

export function attributesOf(customer: Pick<CustomerFactEntity, 'segment' | 'industry' | 'country'> | null) {
  return {
    SEGMENT: customer?.segment ?? '',
    INDUSTRY: customer?.industry ?? '',
    REGION: customer?.country ?? '',
  } satisfies CustomerAttributes;
}

function customerFact(
  tenantId: string,
  customer: CustomerSnapshot,
  previous: CustomerFactEntity | null,
  deletedAt: Date | null,
): CustomerFactEntity {
  const churned = customer.lifecycleStage === 'CHURNED';
  return {
    tenantId,
    id: customer.id,
    kind: customer.kind,
    industry: customer.industry,
    segment: customer.segment,
    country: customer.address?.country ?? null,
    lifecycleStage: customer.lifecycleStage,
    ownerId: customer.ownerId,
    churnedAt: churned ? (previous?.churnedAt ?? new Date(customer.updatedAt)) : null,
    deletedAt,
    version: customer.version,
    createdAt: new Date(customer.createdAt),
  };
}

/**
 * Keeps the customer's attributes; when segment, industry or country change (or the customer becomes
 * known after its orders), its revenue moves to the new values in the rollups.
 */
export async function applyCustomerEvent(manager: EntityManager, event: CustomerEvent): Promise<void> {
  const { customer } = event.data;
  const [previous] = await manager.find(CustomerFactEntity, {
    where: { tenantId: event.tenantId, id: customer.id },
    lock: { mode: 'pessimistic_write' },
  });
  if (event.type === 'crm.customer.customer.deleted.v1') {
    // The deletion carries the last state's version: it is kept as history, marked deleted.
    const deletedAt = new Date(event.time);
    if (previous)
      await manager.update(CustomerFactEntity, { tenantId: event.tenantId, id: customer.id }, { deletedAt });
    else
      await upsertNewer(manager, CustomerFactEntity, customerFact(event.tenantId, customer, null, deletedAt));
    if (previous) return;
  } else if (previous && previous.version >= customer.version) {
    return;
  }
  const next = customerFact(event.tenantId, customer, previous ?? null, previous?.deletedAt ?? null);
  if (event.type !== 'crm.customer.customer.deleted.v1') await upsertNewer(manager, CustomerFactEntity, next);
  await moveCustomerAttributes(
    manager,
    event.tenantId,
    customer.id,
    attributesOf(previous ?? null),
    attributesOf(next),
  );
}

type ContactEvent = ConsumedEventOf<
  'crm.customer.contact.created.v1' | 'crm.customer.contact.updated.v1' | 'crm.customer.contact.deleted.v1'
>;

function contactFact(tenantId: string, contact: ContactSnapshot): ContactFactEntity {
  return {
    tenantId,
    id: contact.id,
    organizationIds: contact.organizations.map((organization) => organization.customerId),
    version: contact.version,
  };
}

export async function applyContactEvent(manager: EntityManager, event: ContactEvent): Promise<void> {
  const { contact } = event.data;
  if (event.type === 'crm.customer.contact.deleted.v1') {
    await manager.delete(ContactFactEntity, { tenantId: event.tenantId, id: contact.id });
    return;
  }
  await upsertNewer(manager, ContactFactEntity, contactFact(event.tenantId, contact));
}
