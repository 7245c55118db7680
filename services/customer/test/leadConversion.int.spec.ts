// lead.converted applied by the customer service: the customer and contact get exactly the ids sales
// allocated, with their own created events; applying the same conversion again creates nothing more.
import { randomUUID } from 'node:crypto';
import type { ConsumedEventOf } from '@crm/events';
import { testTenant, forThisFile } from '@crm/testkit';
import { applyLeadConversion } from '../src/customer/leadConversion.projection';
import { startCustomerService } from './support/customerTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = forThisFile(() => startCustomerService({ withoutConsumers: true }));

function converted(
  tenantId: string,
  customerId: string,
  contactId: string,
): ConsumedEventOf<'crm.sales.lead.converted.v1'> {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    type: 'crm.sales.lead.converted.v1',
    source: '/crm/sales',
    subject: randomUUID(),
    tenantId,
    time: now,
    topic: 'crm.sales.lead',
    partition: 0,
    offset: '0',
    data: {
      previousStatus: 'QUALIFIED',
      changedFields: ['status'],
      customerId,
      lead: {},
      newCustomer: {
        id: customerId,
        kind: 'ORGANIZATION',
        name: 'Navy Labs',
        email: null,
        phone: null,
        industry: 'Defense',
        segment: null,
        ownerId: 'rep-1',
      },
      contact: {
        id: contactId,
        firstName: 'Grace',
        lastName: 'Hopper',
        email: 'grace@navylabs.example',
        phone: null,
        title: 'Director',
        organizationId: customerId,
        role: 'Buyer',
      },
    },
  } as unknown as ConsumedEventOf<'crm.sales.lead.converted.v1'>;
}

it('creates the customer and contact with the allocated ids, once', async () => {
  const tenant = testTenant('lead-conversion');
  const customerId = randomUUID();
  const contactId = randomUUID();
  const event = converted(tenant, customerId, contactId);
  await app.service.dataSource.transaction((manager) => applyLeadConversion(event, manager));
  // A redelivery under another event id (e.g. a republished batch) is a no-op by the records' ids.
  await app.service.dataSource.transaction((manager) =>
    applyLeadConversion({ ...event, id: randomUUID() }, manager),
  );

  expect(await tenantRows(app, tenant)).toMatchObject({
    customers: 1,
    contacts: 1,
    roles: 1,
    outbox: 2,
    audit: 2,
  });
  const [customer] = await app.sql('SELECT id, kind, name, owner_id FROM customer WHERE tenant_id = $1', [
    tenant,
  ]);
  expect(customer).toEqual({ id: customerId, kind: 'ORGANIZATION', name: 'Navy Labs', owner_id: 'rep-1' });
  const events = await outboxOf(app, tenant);
  expect(events.map((row) => [row.type, row.aggregateid])).toEqual([
    ['crm.customer.customer.created.v1', customerId],
    ['crm.customer.contact.created.v1', contactId],
  ]);
  expect(events[1]!.payload.contact.organizations).toEqual([{ customerId, role: 'Buyer' }]);
});
