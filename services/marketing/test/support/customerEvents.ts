import { randomUUID } from 'node:crypto';
import {
  encodeCloudEvent,
  producerDefaults,
  type ContactSnapshot,
  type CustomerSnapshot,
  type EncodedKafkaMessage,
} from '@crm/events';
import { waitFor } from '@crm/testkit';
import type { MarketingTestService } from './marketingTestService';

/** Customer and contact events as the customer service publishes them, for marketing's projection. */

export function customerState(tenantId: string, fields: Partial<CustomerSnapshot> = {}): CustomerSnapshot {
  return {
    id: randomUUID(),
    tenantId,
    kind: 'ORGANIZATION',
    name: 'Acme',
    email: 'hello@acme.example',
    phone: null,
    address: null,
    industry: null,
    segment: null,
    lifecycleStage: 'PROSPECT',
    tags: [],
    ownerId: null,
    version: 1,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...fields,
  };
}

export function contactState(tenantId: string, fields: Partial<ContactSnapshot> = {}): ContactSnapshot {
  return {
    id: randomUUID(),
    tenantId,
    firstName: 'Ann',
    lastName: 'Lee',
    email: 'ann@acme.example',
    phone: null,
    title: null,
    organizations: [],
    version: 1,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...fields,
  };
}

export function customerEvent(
  name: 'created' | 'updated' | 'deleted',
  customer: CustomerSnapshot,
  id: string = randomUUID(),
): EncodedKafkaMessage {
  return encodeCloudEvent({
    id,
    type: `crm.customer.customer.${name}.v1`,
    subject: customer.id,
    tenantId: customer.tenantId,
    time: customer.updatedAt,
    source: '/crm/customer',
    data: { customer, changedFields: [] },
  });
}

export function contactEvent(
  name: 'created' | 'updated' | 'deleted',
  contact: ContactSnapshot,
): EncodedKafkaMessage {
  return encodeCloudEvent({
    id: randomUUID(),
    type: `crm.customer.contact.${name}.v1`,
    subject: contact.id,
    tenantId: contact.tenantId,
    time: contact.updatedAt,
    source: '/crm/customer',
    data: { contact, changedFields: [] },
  });
}

export async function publish(app: MarketingTestService, topic: string, messages: EncodedKafkaMessage[]) {
  const producer = app.service.kafka.producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

/** The tenant's rows of marketing's customer projection, by id. */
export async function projectedCustomers(app: MarketingTestService, tenantId: string) {
  const rows = await app.sql<{ id: string; industry: string | null; version: number; email: string | null }>(
    'SELECT id, industry, version, email FROM customer_profile WHERE tenant_id = $1',
    [tenantId],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Publishes customer.created events and waits until the projection holds every one of them. */
export async function knownCustomers(
  app: MarketingTestService,
  tenantId: string,
  customers: Partial<CustomerSnapshot>[],
): Promise<CustomerSnapshot[]> {
  const states = customers.map((fields) => customerState(tenantId, fields));
  await publish(
    app,
    'crm.customer.customer',
    states.map((state) => customerEvent('created', state)),
  );
  await waitFor(
    async () => {
      const known = await projectedCustomers(app, tenantId);
      return states.every((state) => known.has(state.id));
    },
    { timeoutMs: 45_000, what: 'the customers in the projection' },
  );
  return states;
}
