import {
  EventConsumer,
  isEventOfType,
  upsertNewer,
  type ConsumedEvent,
  type ContactSnapshot,
  type CustomerSnapshot,
  type KafkaClient,
} from '@crm/events';
import type { Logger } from '@crm/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { ContactProfileEntity, CustomerProfileEntity } from './customerProfile.entity';

export const customerProjectionTopics = ['crm.customer.customer', 'crm.customer.contact'];

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
export async function applyToCustomerProjection(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  if (
    isEventOfType(event, 'crm.customer.customer.created.v1') ||
    isEventOfType(event, 'crm.customer.customer.updated.v1')
  ) {
    await upsertNewer(manager, CustomerProfileEntity, customerProfile(event.tenantId, event.data.customer));
  } else if (isEventOfType(event, 'crm.customer.customer.deleted.v1')) {
    await manager.delete(CustomerProfileEntity, { id: event.data.customer.id, tenantId: event.tenantId });
  } else if (
    isEventOfType(event, 'crm.customer.contact.created.v1') ||
    isEventOfType(event, 'crm.customer.contact.updated.v1')
  ) {
    await upsertNewer(manager, ContactProfileEntity, contactProfile(event.tenantId, event.data.contact));
  } else if (isEventOfType(event, 'crm.customer.contact.deleted.v1')) {
    await manager.delete(ContactProfileEntity, { id: event.data.contact.id, tenantId: event.tenantId });
  }
}

export function customerProjectionConsumer(
  kafka: KafkaClient,
  dataSource: DataSource,
  groupPrefix: string,
  log: Logger,
) {
  return new EventConsumer({
    kafka,
    dataSource,
    groupId: `${groupPrefix}marketing.customers`,
    topics: customerProjectionTopics,
    handle: applyToCustomerProjection,
    // A projection that replays a lot: many events per transaction (each one still applied once).
    batch: {},
    log,
  });
}
