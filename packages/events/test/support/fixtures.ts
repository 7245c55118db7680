import { randomUUID } from 'node:crypto';
import type { CustomerSnapshot, EventDataInput } from '../../src';

export function customerSnapshot(overrides: Partial<CustomerSnapshot> = {}): CustomerSnapshot {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    tenantId: 'tenant-a',
    kind: 'ORGANIZATION',
    name: 'Acme GmbH',
    email: 'info@acme.example',
    phone: '+49 30 1234567',
    address: {
      line1: 'Hauptstr. 1',
      line2: null,
      city: 'Berlin',
      region: null,
      postalCode: '10115',
      country: 'DE',
    },
    industry: 'Manufacturing',
    segment: 'SMB',
    lifecycleStage: 'CUSTOMER',
    tags: ['key-account'],
    ownerId: 'user-1',
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function customerCreated(
  overrides: Partial<CustomerSnapshot> = {},
): EventDataInput<'crm.customer.customer.created.v1'> {
  const customer = customerSnapshot(overrides);
  return { customer, changedFields: Object.keys(customer) };
}
