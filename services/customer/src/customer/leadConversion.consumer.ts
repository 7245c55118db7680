import {
  EventConsumer,
  recordEvent,
  type ConsumedEvent,
  type EventData,
  type KafkaClient,
} from '@crm/events';
import { changedFields, recordAudit, TenantDb, type Logger } from '@crm/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { ContactEntity, ContactRoleEntity } from '../contact/contact.entity';
import { contactSnapshot } from '../contact/contact.rules';
import { CustomerEntity } from './customer.entity';
import { customerSnapshot, toAddress } from './customer.rules';

type LeadConverted = EventData<'crm.sales.lead.converted.v1'>;

/** Who the audit records name: the flow, not a person of this service. */
const actorId = 'service:sales';

/**
 * lead.converted → the customer and the contact sales allocated, with exactly those ids. A record that
 * exists already is left alone (natural idempotency beside the consumer's inbox); each one created is
 * audited and published like any other (customer.created, contact.created) in the same transaction.
 */
export async function applyLeadConversion(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  if (event.type !== 'crm.sales.lead.converted.v1') return;
  const data = event.data as LeadConverted;
  const tx = new TenantDb(manager, event.tenantId);
  if (data.newCustomer) await createCustomer(tx, event, data.newCustomer);
  if (data.contact) await createContact(tx, event, data.contact);
}

async function createCustomer(
  tx: TenantDb,
  event: ConsumedEvent,
  input: NonNullable<LeadConverted['newCustomer']>,
): Promise<void> {
  if (await tx.manager.findOne(CustomerEntity, { where: { id: input.id } })) return;
  const customer = tx.manager.create(CustomerEntity, {
    id: input.id,
    tenantId: tx.tenantId,
    kind: input.kind,
    name: input.name,
    email: input.email,
    phone: input.phone,
    address: toAddress(null),
    industry: input.industry,
    segment: input.segment,
    lifecycleStage: 'PROSPECT',
    tags: [],
    ownerId: input.ownerId,
  });
  await tx.save(CustomerEntity, customer);
  const after = customerSnapshot(customer);
  await record(tx, event, 'Customer', customer.id, after);
  await recordEvent(tx.manager, {
    type: 'crm.customer.customer.created.v1',
    aggregateId: customer.id,
    tenantId: tx.tenantId,
    data: { customer: after, changedFields: changedFields(null, after) },
  });
}

async function createContact(
  tx: TenantDb,
  event: ConsumedEvent,
  input: NonNullable<LeadConverted['contact']>,
): Promise<void> {
  if (await tx.manager.findOne(ContactEntity, { where: { id: input.id } })) return;
  const contact = tx.manager.create(ContactEntity, {
    id: input.id,
    tenantId: tx.tenantId,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    title: input.title,
  });
  await tx.save(ContactEntity, contact);
  // A role only at an organization of this tenant: an existing customer named by sales may be a
  // person, or may have been deleted since.
  const organization = input.organizationId ? await tx.findById(CustomerEntity, input.organizationId) : null;
  const roles =
    organization?.kind === 'ORGANIZATION'
      ? [
          tx.manager.create(ContactRoleEntity, {
            contactId: contact.id,
            customerId: organization.id,
            tenantId: tx.tenantId,
            role: input.role ?? 'Primary contact',
          }),
        ]
      : [];
  if (roles.length > 0) await tx.manager.insert(ContactRoleEntity, roles);
  const after = contactSnapshot(contact, roles);
  await record(tx, event, 'Contact', contact.id, after);
  await recordEvent(tx.manager, {
    type: 'crm.customer.contact.created.v1',
    aggregateId: contact.id,
    tenantId: tx.tenantId,
    data: { contact: after, changedFields: changedFields(null, after) },
  });
}

function record(tx: TenantDb, event: ConsumedEvent, entityType: string, entityId: string, after: object) {
  return recordAudit(tx, {
    actorId,
    requestId: event.id,
    operation: 'convertLead',
    entityType,
    entityId,
    before: null,
    after,
  });
}

export function leadConversionConsumer(
  kafka: KafkaClient,
  dataSource: DataSource,
  groupPrefix: string,
  log: Logger,
) {
  return new EventConsumer({
    kafka,
    dataSource,
    groupId: `${groupPrefix}customer.leadConversion`,
    topics: ['crm.sales.lead'],
    handle: applyLeadConversion,
    log,
  });
}
