import { defineProjection, type ConsumedEventOf } from '@crm/events';
import { TenantDb } from '@crm/platform';
import type { EntityManager } from 'typeorm';
import { insertContact } from '../contact/contact.commands';
import { ContactEntity } from '../contact/contact.entity';
import { insertCustomer } from './customer.commands';
import { CustomerEntity } from './customer.entity';

/**
 * lead.converted → the customer and the contact sales allocated, with exactly those ids. A record that
 * exists already is left alone (natural idempotency beside the consumer's inbox); each one created is
 * audited and published like any other (customer.created, contact.created) in the same transaction.
 */
export async function applyLeadConversion(
  event: ConsumedEventOf<'crm.sales.lead.converted.v1'>,
  manager: EntityManager,
): Promise<void> {
  const tx = new TenantDb(manager, event.tenantId);
  // The flow is the author: audit records name it, with the event that caused the change.
  const flow = { db: tx, actor: { actorId: 'service:sales', requestId: event.id } };
  const { newCustomer, contact } = event.data;
  if (newCustomer && !(await tx.findById(CustomerEntity, newCustomer.id))) {
    await insertCustomer(flow, 'convertLead', newCustomer);
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
    await insertContact(flow, 'convertLead', { ...contact, organizations });
  }
}

/** Lead conversion's second half: sales allocated the ids, the customer service creates the records. */
export const leadConversionProjection = defineProjection({
  name: 'leadConversion',
  description: 'Creates the customer and the contact that sales allocated when it converted a lead.',
  handles: ['crm.sales.lead.converted.v1'],
  applyEach: applyLeadConversion,
});
