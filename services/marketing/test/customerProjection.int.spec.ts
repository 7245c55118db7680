// Marketing's projection of customers and contacts, fed by the customer service's events through Kafka:
// created and updated events upsert, deletions remove, a stale update and a repeated event change nothing.
import { randomUUID } from 'node:crypto';
import type { EncodedKafkaMessage } from '@crm/events';
import { testTenant, waitFor, forThisFile } from '@crm/testkit';
import {
  contactEvent,
  contactState,
  customerEvent,
  customerState,
  projectedCustomers,
  publish,
} from './support/customerEvents';
import { startMarketingService } from './support/marketingTestService';

const app = forThisFile(() => startMarketingService());

/** How many of these messages the consumer has applied (its inbox rows). */
const applied = async (messages: EncodedKafkaMessage[]) =>
  (
    await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)', [
      messages.map((message) => message.headers.ce_id),
    ])
  )[0]!.n;

it('applies created, updated and deleted customers, newest version wins', async () => {
  const tenant = testTenant('projection');
  const acme = customerState(tenant, {
    industry: 'Retail',
    tags: ['vip'],
    address: { line1: null, line2: null, city: 'Lyon', region: 'ARA', postalCode: null, country: 'FR' },
  });
  const globex = customerState(tenant, { name: 'Globex' });
  const version2 = { ...acme, industry: 'Software', version: 2, updatedAt: '2026-02-01T00:00:00.000Z' };
  const version3 = { ...acme, industry: 'Banking', version: 3, updatedAt: '2026-03-01T00:00:00.000Z' };
  const events = [
    customerEvent('created', acme),
    customerEvent('created', globex),
    customerEvent('updated', version3),
    // Older than what is stored (e.g. a replayed batch): ignored.
    customerEvent('updated', version2),
    customerEvent('deleted', globex),
  ];
  await publish(app, 'crm.customer.customer', events);
  await waitFor(async () => (await applied(events)) === 5, {
    // The first read of the topic starts at its beginning: on a long-lived broker that takes a while.
    timeoutMs: 45_000,
    what: 'all five events applied',
  });

  const rows = await app.sql(
    `SELECT id, kind, name, email, industry, lifecycle_stage, country, region, tags, version, created_at
     FROM customer_profile WHERE tenant_id = $1`,
    [tenant],
  );
  expect(rows).toEqual([
    {
      id: acme.id,
      kind: 'ORGANIZATION',
      name: 'Acme',
      email: 'hello@acme.example',
      industry: 'Banking',
      lifecycle_stage: 'PROSPECT',
      country: 'FR',
      region: 'ARA',
      tags: ['vip'],
      version: 3,
      created_at: new Date('2026-01-10T09:00:00.000Z'),
    },
  ]);
});

it('applies a repeated event once (its inbox)', async () => {
  const tenant = testTenant('duplicate');
  const acme = customerState(tenant, { industry: 'Retail' });
  const eventId = randomUUID();
  const updated = { ...acme, industry: 'Software', version: 2 };
  const events = [customerEvent('created', acme), customerEvent('updated', updated, eventId)];
  await publish(app, 'crm.customer.customer', events);
  await waitFor(async () => (await projectedCustomers(app, tenant)).get(acme.id)?.version === 2, {
    what: 'the update applied',
  });
  // The same event id again, even with other content, is a no-op: the inbox knows it.
  const marker = customerState(tenant, { name: 'Marker' });
  const repeated = [
    customerEvent('updated', { ...acme, industry: 'Mining', version: 5 }, eventId),
    customerEvent('created', marker),
  ];
  await publish(app, 'crm.customer.customer', repeated);
  await waitFor(async () => (await projectedCustomers(app, tenant)).has(marker.id), {
    what: 'the marker customer',
  });
  expect((await projectedCustomers(app, tenant)).get(acme.id)).toMatchObject({
    industry: 'Software',
    version: 2,
  });
  expect(await applied([...events, ...repeated])).toBe(3);
});

it("keeps contacts' emails and removes deleted contacts", async () => {
  const tenant = testTenant('contacts');
  const organization = randomUUID();
  const ann = contactState(tenant, { organizations: [{ customerId: organization, role: 'Buyer' }] });
  const bob = contactState(tenant, { firstName: 'Bob', email: 'bob@acme.example' });
  const events = [
    contactEvent('created', ann),
    contactEvent('created', bob),
    contactEvent('updated', { ...ann, email: 'ann.lee@acme.example', version: 2 }),
    contactEvent('deleted', bob),
  ];
  await publish(app, 'crm.customer.contact', events);
  await waitFor(async () => (await applied(events)) === 4, { timeoutMs: 20_000, what: 'the contact events' });
  expect(
    await app.sql('SELECT id, email, organization_ids, version FROM contact_profile WHERE tenant_id = $1', [
      tenant,
    ]),
  ).toEqual([{ id: ann.id, email: 'ann.lee@acme.example', organization_ids: [organization], version: 2 }]);
});
