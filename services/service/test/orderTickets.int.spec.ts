// The order projection (from crm.sales.order events through Kafka) and tickets about an order: a ticket
// may refer only to a projected order of its own customer, and Order.tickets lists them.
import { randomUUID } from 'node:crypto';
import type { EncodedKafkaMessage } from '@crm/events';
import { testTenant, waitFor, forThisFile } from '@crm/testkit';
import { dataOf, errorOf, startServiceService, tokenFor } from './support/serviceTestService';
import { eventProcessed, orderEvent, orderState, publishOrderEvents } from './support/orderEvents';
import { openTicketMutation, outboxOf, tenantRows } from './support/ticketOperations';

const app = forThisFile(() => startServiceService());

interface ProjectedOrder {
  customer_id: string;
  number: string;
  status: string;
  actual_delivery_date: string | null;
  version: number;
  currency: string;
  lines: { productId: string; sku: string; productName: string; quantity: number; lineTotal: string }[];
}

async function projectedOrder(tenantId: string, id: string): Promise<ProjectedOrder | undefined> {
  const [row] = await app.sql<ProjectedOrder>(
    `SELECT o.customer_id, o.number, o.status, to_char(o.actual_delivery_date, 'YYYY-MM-DD') AS actual_delivery_date,
            o.version, o.currency,
            (SELECT coalesce(json_agg(json_build_object('productId', l.product_id, 'sku', l.sku,
                                      'productName', l.product_name, 'quantity', l.quantity,
                                      'lineTotal', l.line_total::text)
                                      ORDER BY l.position), '[]')
               FROM order_projection_line l WHERE l.order_id = o.id) AS lines
       FROM order_projection o WHERE o.tenant_id = $1 AND o.id = $2`,
    [tenantId, id],
  );
  return row;
}

const publish = (messages: EncodedKafkaMessage[]) => publishOrderEvents(app, messages);
const processed = (eventId: string) => eventProcessed(app, eventId);

const tenant = testTenant('order-tickets');
const token = tokenFor(tenant);
const customerId = randomUUID();
const otherCustomerId = randomUUID();
const order = orderState(tenant, customerId);
const otherOrder = orderState(tenant, otherCustomerId, { number: 'SO-000002' });

it('projects orders from the sales events, applying only newer versions', async () => {
  await publish([orderEvent('placed', order), orderEvent('placed', otherOrder)]);
  const placed = await waitFor(() => projectedOrder(tenant, order.id), {
    timeoutMs: 20_000,
    what: 'the order in the projection',
  });
  expect(placed).toEqual({
    customer_id: customerId,
    number: 'SO-000001',
    status: 'CONFIRMED',
    actual_delivery_date: null,
    version: 1,
    currency: 'EUR',
    lines: [
      {
        productId: order.lines[0]!.productId,
        sku: 'CHAIR-1',
        productName: 'Chair',
        quantity: 4,
        lineTotal: '400.00',
      },
    ],
  });

  const delivered = orderEvent('status_changed', {
    ...order,
    status: 'DELIVERED',
    actualDeliveryDate: '2026-03-05',
    deliveredAt: '2026-03-05T15:00:00.000Z',
    version: 3,
    updatedAt: '2026-03-05T15:00:00.000Z',
  });
  await publish([delivered]);
  await waitFor(() => projectedOrder(tenant, order.id), {
    timeoutMs: 20_000,
    what: 'the delivered order',
    until: (row) => row?.status === 'DELIVERED',
  });

  // A late, older state (version 2) is consumed but changes nothing.
  const staleId = randomUUID();
  await publish([
    orderEvent(
      'status_changed',
      { ...order, status: 'SHIPPED', version: 2, updatedAt: '2026-03-03T10:00:00.000Z' },
      staleId,
    ),
  ]);
  await processed(staleId);
  expect(await projectedOrder(tenant, order.id)).toMatchObject({
    status: 'DELIVERED',
    actual_delivery_date: '2026-03-05',
    version: 3,
  });

  await waitFor(() => projectedOrder(tenant, otherOrder.id), {
    timeoutMs: 20_000,
    what: "the other customer's order",
  });
});

it('opens a ticket about an order of the same customer, listed on Order.tickets', async () => {
  const response = await app.request<{ openTicket: { id: string; order: { id: string } | null } }>(
    openTicketMutation.replace('customer { id }', 'customer { id } order { id }'),
    {
      input: {
        customerId,
        orderId: order.id,
        type: 'INQUIRY',
        channel: 'WEB',
        subject: 'When was the chair delivered?',
      },
    },
    token,
  );
  const ticket = dataOf(response).openTicket;
  expect(ticket.order).toEqual({ id: order.id });
  const [opened] = (await outboxOf(app, tenant)).filter((row) => row.aggregateid === ticket.id);
  expect(opened?.payload.ticket.orderId).toBe(order.id);

  const entities = dataOf(
    await app.request<{ _entities: unknown[] }>(
      `query Orders($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Order { id tickets { totalCount edges { node { id order { id } } } } }
        }
      }`,
      {
        representations: [
          { __typename: 'Order', id: order.id },
          { __typename: 'Order', id: otherOrder.id },
        ],
      },
      token,
    ),
  )._entities;
  expect(entities).toEqual([
    {
      id: order.id,
      tickets: { totalCount: 1, edges: [{ node: { id: ticket.id, order: { id: order.id } } }] },
    },
    { id: otherOrder.id, tickets: { totalCount: 0, edges: [] } },
  ]);

  // Another tenant sees no tickets on the same order.
  const foreign = dataOf(
    await app.request<{ _entities: unknown[] }>(
      `query Orders($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Order { tickets { totalCount } } }
      }`,
      { representations: [{ __typename: 'Order', id: order.id }] },
      tokenFor(testTenant('order-tickets-other')),
    ),
  )._entities;
  expect(foreign).toEqual([{ tickets: { totalCount: 0 } }]);
});

it.each([
  ['an unknown order', () => randomUUID()],
  ["another customer's order", () => otherOrder.id],
])('refuses a ticket about %s, writing nothing', async (_, orderId) => {
  const before = await tenantRows(app, tenant);
  const response = await app.request(
    openTicketMutation,
    {
      input: { customerId, orderId: orderId(), type: 'INQUIRY', channel: 'WEB', subject: 'Broken' },
    },
    token,
  );
  expect(errorOf(response)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.orderId': expect.any(String) },
  });
  expect(await tenantRows(app, tenant)).toEqual(before);
});
