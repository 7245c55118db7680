import {
  defineProjection,
  upsertNewer,
  type ConsumedEventOf,
  type ContactSnapshot,
  type CustomerSnapshot,
} from '@crm/events';
import type { EntityManager } from 'typeorm';
import { ContactProfileEntity, CustomerProfileEntity } from './customerProfile.entity';

const handles = [
  'crm.customer.customer.created.v1',
  'crm.customer.customer.updated.v1',
  'crm.customer.customer.deleted.v1',
  'crm.customer.contact.created.v1',
  'crm.customer.contact.updated.v1',
  'crm.customer.contact.deleted.v1',
] as const;

function customerProfile(tenantId: string, customer: CustomerSnapshot): CustomerProfileEntity {
  return {
    id: customer.id,
    tenantId,
    kind: customer.kind,
    name: customer.name,
    email: customer.email,
    industry: customer.industry,
    segment: customer.segment,
    lifecycleStage: customer.lifecycleStage,
    country: customer.address?.country ?? null,
    region: customer.address?.region ?? null,
    tags: customer.tags,
    version: customer.version,
    createdAt: new Date(customer.createdAt),
    updatedAt: new Date(customer.updatedAt),
  };
}

function contactProfile(tenantId: string, contact: ContactSnapshot): ContactProfileEntity {
  return {
    id: contact.id,
    tenantId,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    organizationIds: contact.organizations.map((organization) => organization.customerId),
    version: contact.version,
    updatedAt: new Date(contact.updatedAt),
  };
}

/** Applies one customer or contact event to marketing's projection; the consumer's inbox makes a repeat a no-op. */
export async function applyToCustomerProjection(
  event: ConsumedEventOf<(typeof handles)[number]>,
  manager: EntityManager,
): Promise<void> {
  if (
    event.type === 'crm.customer.customer.created.v1' ||
    event.type === 'crm.customer.customer.updated.v1'
  ) {
    await upsertNewer(manager, CustomerProfileEntity, customerProfile(event.tenantId, event.data.customer));
  } else if (event.type === 'crm.customer.customer.deleted.v1') {
    await manager.delete(CustomerProfileEntity, { id: event.data.customer.id, tenantId: event.tenantId });
  } else if (
    event.type === 'crm.customer.contact.created.v1' ||
    event.type === 'crm.customer.contact.updated.v1'
  ) {
    await upsertNewer(manager, ContactProfileEntity, contactProfile(event.tenantId, event.data.contact));
  } else {
    await manager.delete(ContactProfileEntity, { id: event.data.contact.id, tenantId: event.tenantId });
  }
}

/** Marketing's copy of the customer service's customers and contacts (segments, members' addresses). */
export const customersProjection = defineProjection({
  name: 'customers',
  description:
    "Keeps marketing's copy of customers and contacts (segments pick from it, members' addresses).",
  handles,
  // A projection that replays a lot: many events per transaction (each one still applied once).
  batched: true,
  applyEach: applyToCustomerProjection,
});
