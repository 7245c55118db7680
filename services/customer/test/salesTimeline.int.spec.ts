// Orders and deals of the sales service on Customer.timeline: the timeline consumer reads crm.sales.order
// and crm.sales.opportunity and writes a line for each order placed or cancelled (not for shipping or
// delivery) and each opportunity won or lost (not for other stage moves).
import { randomUUID } from 'node:crypto';
import { encodeCloudEvent, producerDefaults } from '@crm/events';
import { testTenant, testToken, waitFor, forThisFile } from '@crm/testkit';
import { createCustomer, logInteraction } from './support/customerOperations';
import { dataOf, startCustomerService, tokenFor } from './support/customerTestService';

const app = forThisFile(() => startCustomerService());

const timelineQuery = `query Timeline($id: UUID!) {
  customer(id: $id) { timeline { edges { node { title summary source eventType subjectType subjectId } } } }
}`;

/** The ids of the order events this file sends (other files' services publish on the same topic). */
const orderEventIds: string[] = [];

function orderEvent(
  tenantId: string,
  customerId: string,
  orderId: string,
  name: 'placed' | 'status_changed' | 'cancelled',
  at: string,
  changes: object,
) {
  const order = {
    id: orderId,
    tenantId,
    number: 'SO-000042',
    customerId,
    opportunityId: null,
    ownerId: 'rep-1',
    currency: 'EUR',
    status: 'CONFIRMED',
    lines: [
      {
        id: randomUUID(),
        position: 1,
        productId: randomUUID(),
        sku: 'CRM-PRO',
        productName: 'CRM Professional seat',
        quantity: 3,
        unitPrice: '540.00',
        listPrice: '540.00',
        priceOverridden: false,
        discountPercent: '0.00',
        lineTotal: '1620.00',
      },
    ],
    subtotal: '1620.00',
    discountTotal: '0.00',
    total: '1620.00',
    requestedDeliveryDate: null,
    actualDeliveryDate: null,
    confirmedAt: '2026-06-01T09:00:00.000Z',
    shippedAt: null,
    deliveredAt: null,
    cancelledAt: null,
    cancellationReason: null,
    version: 1,
    createdAt: '2026-06-01T09:00:00.000Z',
    updatedAt: at,
    ...changes,
  };
  const eventId = randomUUID();
  orderEventIds.push(eventId);
  return encodeCloudEvent({
    id: eventId,
    type: `crm.sales.order.${name}.v1`,
    subject: orderId,
    tenantId,
    time: at,
    data: {
      order,
      changedFields: ['status'],
      ...(name === 'placed' ? {} : { previousStatus: 'CONFIRMED' }),
    },
  });
}

it('writes a line for orders placed and cancelled only', async () => {
  const tenant = testTenant('order-timeline');
  const token = tokenFor(tenant);
  const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
  const orderId = randomUUID();
  const shippedId = randomUUID();
  const producer = app.service.kafka.producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({
      topic: 'crm.sales.order',
      messages: [
        orderEvent(tenant, acme.id, orderId, 'placed', '2026-06-01T09:00:00.000Z', {}),
        orderEvent(tenant, acme.id, orderId, 'cancelled', '2026-06-02T09:00:00.000Z', {
          status: 'CANCELLED',
          cancelledAt: '2026-06-02T09:00:00.000Z',
          cancellationReason: 'Budget frozen',
        }),
        // A status move (shipped) makes no line.
        orderEvent(tenant, acme.id, shippedId, 'status_changed', '2026-06-03T09:00:00.000Z', {
          status: 'SHIPPED',
        }),
        // An order of a customer this service does not know leaves no line.
        orderEvent(tenant, randomUUID(), randomUUID(), 'placed', '2026-06-04T09:00:00.000Z', {}),
      ],
    });
  } finally {
    await producer.disconnect();
  }

  const entries = await waitFor(
    async () => {
      const { customer } = dataOf(await app.request(timelineQuery, { id: acme.id }, token));
      return customer.timeline.edges.length >= 2
        ? customer.timeline.edges.map((e: { node: unknown }) => e.node)
        : undefined;
    },
    { timeoutMs: 20_000, what: 'the order lines on the timeline' },
  );
  expect(entries).toEqual([
    {
      title: 'Order SO-000042 cancelled: 1620.00 EUR',
      summary: 'Budget frozen',
      source: 'sales',
      eventType: 'crm.sales.order.cancelled.v1',
      subjectType: 'Order',
      subjectId: orderId,
    },
    {
      title: 'Order SO-000042 placed: 1620.00 EUR',
      summary: '3 × CRM Professional seat',
      source: 'sales',
      eventType: 'crm.sales.order.placed.v1',
      subjectType: 'Order',
      subjectId: orderId,
    },
  ]);
  // Every order event of this test has been read: the later ones wrote nothing more.
  await waitFor(
    async () => {
      const [row] = await app.sql('SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)', [
        orderEventIds,
      ]);
      return row!.n === 4;
    },
    { timeoutMs: 20_000, what: 'every order event to be applied' },
  );
  const rows = await app.sql('SELECT count(*)::int AS n FROM timeline_entry WHERE tenant_id = $1', [tenant]);
  expect(rows[0]!.n).toBe(2);
});

function opportunityEvent(
  tenantId: string,
  customerId: string,
  name: 'won' | 'lost' | 'stage_changed',
  changes: object,
) {
  const at = '2026-06-05T09:00:00.000Z';
  const opportunity = {
    id: randomUUID(),
    tenantId,
    name: 'Fleet rollout',
    customerId,
    primaryContactId: null,
    amount: '48000.00',
    currency: 'EUR',
    stage: 'PROPOSAL',
    probability: 50,
    forecastCategory: 'PIPELINE',
    expectedCloseDate: null,
    ownerId: 'rep-1',
    campaignId: null,
    competitors: [],
    lossReason: null,
    stageEnteredAt: at,
    closedAt: null,
    stageHistory: [],
    version: 2,
    createdAt: at,
    updatedAt: at,
    ...changes,
  };
  return encodeCloudEvent({
    id: randomUUID(),
    type: `crm.sales.opportunity.${name}.v1`,
    subject: opportunity.id,
    tenantId,
    time: at,
    data: { opportunity, previousStage: 'PROPOSAL', changedFields: ['stage'] },
  });
}

it('writes a line for opportunities won and lost only', async () => {
  const tenant = testTenant('opportunity-timeline');
  const token = tokenFor(tenant);
  const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
  const producer = app.service.kafka.producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({
      topic: 'crm.sales.opportunity',
      messages: [
        opportunityEvent(tenant, acme.id, 'stage_changed', { stage: 'NEGOTIATION' }),
        opportunityEvent(tenant, acme.id, 'won', { stage: 'CLOSED_WON', probability: 100 }),
        opportunityEvent(tenant, acme.id, 'lost', {
          name: 'Support add-on',
          amount: null,
          stage: 'CLOSED_LOST',
          probability: 0,
          lossReason: 'No budget',
        }),
      ],
    });
  } finally {
    await producer.disconnect();
  }
  const entries = await waitFor(
    async () => {
      const { customer } = dataOf(await app.request(timelineQuery, { id: acme.id }, token));
      return customer.timeline.edges.length >= 2
        ? customer.timeline.edges.map((e: { node: { title: string; summary: string | null } }) => [
            e.node.title,
            e.node.summary,
          ])
        : undefined;
    },
    { timeoutMs: 20_000, what: 'the opportunity lines on the timeline' },
  );
  expect(entries).toEqual(
    expect.arrayContaining([
      ['Opportunity won: Fleet rollout (48000.00 EUR)', null],
      ['Opportunity lost: Support add-on', 'No budget'],
    ]),
  );
  expect(entries).toHaveLength(2);
});

// A sales rep saw another rep's order (number, total, lines) and lost deal (its reason) on the timeline,
// while Customer.revenue hid them (issue 12, finding 4).
it("shows a sales rep the lines of their own orders and deals only, and everyone else's lines too", async () => {
  const tenant = testTenant('owned-timeline');
  const token = tokenFor(tenant);
  const acme = await createCustomer(app, token, { kind: 'ORGANIZATION', name: 'Acme' });
  await logInteraction(app, token, { customerId: acme.id, kind: 'CALL', subject: 'Kick-off' });
  const producer = app.service.kafka.producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({
      topic: 'crm.sales.order',
      messages: [
        orderEvent(tenant, acme.id, randomUUID(), 'placed', '2026-06-01T09:00:00.000Z', { ownerId: 'rep-2' }),
      ],
    });
    await producer.send({
      topic: 'crm.sales.opportunity',
      messages: [
        opportunityEvent(tenant, acme.id, 'won', { stage: 'CLOSED_WON', probability: 100, ownerId: 'rep-1' }),
        opportunityEvent(tenant, acme.id, 'lost', {
          name: 'Support add-on',
          stage: 'CLOSED_LOST',
          probability: 0,
          lossReason: 'Price of rep-2 was too high',
          ownerId: 'rep-2',
        }),
      ],
    });
  } finally {
    await producer.disconnect();
  }
  const titles = async (as: string) => {
    const { customer } = dataOf(await app.request(timelineQuery, { id: acme.id }, as));
    return customer.timeline.edges.map((e: { node: { title: string } }) => e.node.title).sort();
  };
  const manager = testToken(tenant, ['sales_manager'], 'boss');
  const everything = [
    'Call: Kick-off',
    'Opportunity lost: Support add-on (48000.00 EUR)',
    'Opportunity won: Fleet rollout (48000.00 EUR)',
    'Order SO-000042 placed: 1620.00 EUR',
  ];
  await waitFor(() => titles(manager), {
    until: (seen) => seen.length === everything.length,
    timeoutMs: 20_000,
    what: 'the four lines on the timeline',
  });
  expect(await titles(manager)).toEqual(everything);
  expect(await titles(testToken(tenant, ['sales_rep'], 'rep-1'))).toEqual([
    'Call: Kick-off',
    'Opportunity won: Fleet rollout (48000.00 EUR)',
  ]);
  expect(await titles(testToken(tenant, ['sales_rep'], 'rep-2'))).toEqual([
    'Call: Kick-off',
    'Opportunity lost: Support add-on (48000.00 EUR)',
    'Order SO-000042 placed: 1620.00 EUR',
  ]);
  // A rep who is also a manager sees all.
  expect(await titles(testToken(tenant, ['sales_rep', 'sales_manager'], 'rep-1'))).toEqual(everything);
});
