import { EventConsumer, type ConsumedEvent, type EventData, type KafkaClient } from '@crm/events';
import { TenantDb, type Logger } from '@crm/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { insertContact } from '../contact/contact.commands';
import { ContactEntity } from '../contact/contact.entity';
import { insertCustomer } from './customer.commands';
import { CustomerEntity } from './customer.entity';

type LeadConverted = EventData<'crm.sales.lead.converted.v1'>;

/**
 * lead.converted → the customer and the contact sales allocated, with exactly those ids. A record that
 * exists already is left alone (natural idempotency beside the consumer's inbox); each one created is
 * audited and published like any other (customer.created, contact.created) in the same transaction.
 */
export async function applyLeadConversion(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  if (event.type !== 'crm.sales.lead.converted.v1') return;
  const data = event.data as LeadConverted;
  const tx = new TenantDb(manager, event.tenantId);
  // The flow is the author: audit records name it, with the event that caused the change.
  const actor = { actorId: 'service:sales', requestId: event.id };
  const { newCustomer, contact } = data;
  if (newCustomer && !(await tx.findById(CustomerEntity, newCustomer.id))) {
    await insertCustomer({ db: tx, actor }, 'convertLead', newCustomer);
  }
  if (contact && !(await tx.findById(ContactEntity, contact.id))) {
    // A role only at an organization of this tenant: an existing customer named by sales may be a
    // person, or may have been deleted since.
    const organization = contact.organizationId
      ? await tx.findById(CustomerEntity, contact.organizationId)
      : null;
    const organizations =
      organization?.kind === 'ORGANIZATION'
        ? [{ organizationId: organization.id, role: contact.role ?? 'Primary contact' }]
        : [];
    await insertContact({ db: tx, actor }, 'convertLead', { ...contact, organizations });
  }
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
