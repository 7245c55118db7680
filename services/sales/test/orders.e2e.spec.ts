// An order through the real gateway: sales places it and publishes order.placed; the customer service
// puts it on the customer's timeline; Customer.orders and Customer.revenue come from the sales subgraph.
// Cancelling it takes it out of the revenue and adds a timeline line.
import { testTenant, testToken, waitFor } from '@crm/testkit';
import { salesCatalogue } from './support/salesOperations';
import { salesPlatformForThisFile } from './support/salesGateway';

const platform = salesPlatformForThisFile();

interface CustomerSales {
  customer: {
    name: string;
    orders: { totalCount: number; edges: { node: { number: string; status: string; total: string } }[] };
    revenue: { amount: string; currency: string }[];
    timeline: { edges: { node: { title: string; source: string } }[] };
  };
}

it("shows a placed order in the customer's orders, revenue and timeline, and a cancelled one leaves the revenue", async () => {
  const tenant = testTenant('e2e-order');
  const token = testToken(tenant, ['sales_manager'], 'manager-1');
  const send = platform.sender(token);
  const catalogue = await salesCatalogue(platform.viaGateway, tenant);
  const { createCustomer } = await send(
    'mutation { createCustomer(input: { kind: ORGANIZATION, name: "Nordwind Logistik" }) { id } }',
  );
  const place = (quantity: number) =>
    send(`mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id number total } }`, {
      input: {
        customerId: createCustomer.id,
        currency: 'EUR',
        lines: [
          { productId: catalogue.seat, quantity, discountPercent: '10' },
          { productId: catalogue.onboarding, quantity: 1 },
        ],
      },
    });
  const { placeOrder: first } = await place(10); // 5400.00 less 10 % + 2500.00
  const { placeOrder: second } = await place(1); // 486.00 + 2500.00
  expect([first.total, second.total]).toEqual(['7360.00', '2986.00']);

  const view = `query ($id: UUID!) {
    customer(id: $id) {
      name
      orders { totalCount edges { node { number status total } } }
      revenue { amount currency }
      timeline { edges { node { title source } } }
    }
  }`;
  const placed = (await waitFor(() => send(view, { id: createCustomer.id }), {
    timeoutMs: 30_000,
    what: 'both orders on the timeline',
    until: (data) => (data as CustomerSales).customer.timeline.edges.length >= 2,
  })) as CustomerSales;
  expect(placed.customer).toEqual({
    name: 'Nordwind Logistik',
    orders: {
      totalCount: 2,
      edges: [
        { node: { number: 'SO-000002', status: 'CONFIRMED', total: '2986.00' } },
        { node: { number: 'SO-000001', status: 'CONFIRMED', total: '7360.00' } },
      ],
    },
    revenue: [{ amount: '10346.00', currency: 'EUR' }],
    timeline: {
      edges: expect.arrayContaining([
        { node: { title: 'Order SO-000001 placed: 7360.00 EUR', source: 'sales' } },
        { node: { title: 'Order SO-000002 placed: 2986.00 EUR', source: 'sales' } },
      ]),
    },
  });

  await send('mutation ($id: UUID!) { cancelOrder(id: $id, reason: "Ordered twice") { status } }', {
    id: second.id,
  });
  const cancelled = (await waitFor(() => send(view, { id: createCustomer.id }), {
    timeoutMs: 30_000,
    what: 'the cancellation on the timeline',
    until: (data) => (data as CustomerSales).customer.timeline.edges.length >= 3,
  })) as CustomerSales;
  expect(cancelled.customer.revenue).toEqual([{ amount: '7360.00', currency: 'EUR' }]);
  expect(cancelled.customer.orders.edges.map((edge) => edge.node.status)).toEqual(['CANCELLED', 'CONFIRMED']);
  expect(cancelled.customer.timeline.edges[0]!.node).toEqual({
    title: 'Order SO-000002 cancelled: 2986.00 EUR',
    source: 'sales',
  });
});
