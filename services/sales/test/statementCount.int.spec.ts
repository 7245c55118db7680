// The number of SQL statements of a list does not grow with its length (docs/architecture.md §5): Customer.orders,
// Customer.revenue, Order.lines, Opportunity.lines and their products all go through per-request DataLoaders.
import { randomUUID } from 'node:crypto';
import { StatementCounter } from '@crm/platform';
import { testTenant } from '@crm/testkit';
import { createOpportunity, placeOrder, salesCatalogue } from './support/salesOperations';
import { dataOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';

// The counter sees every statement on the service's DataSource, the relay's polling too: it is stopped
// before the measured requests, and the quote expiry scheduler does not run, so each count is exact.
const statements = new StatementCounter();
// The counts ask for 100 deals with every line: over the default cost limit (a worst-case estimate) on purpose.
const app = salesServiceForThisFile({
  sqlLogger: statements,
  withoutBackground: true,
  env: { MAX_QUERY_COST: '100000' },
});
let token: string;
const customerIds = Array.from({ length: 30 }, () => randomUUID());

beforeAll(async () => {
  const tenant = testTenant('sales-statements');
  token = tokenFor(tenant);
  const catalogue = await salesCatalogue(app, tenant);
  // Customer i has i % 3 orders of two lines.
  for (let start = 0; start < customerIds.length; start += 10) {
    await Promise.all(
      customerIds.slice(start, start + 10).map(async (customerId, offset) => {
        for (let n = 0; n < (start + offset) % 3; n++) {
          await placeOrder(app, token, {
            customerId,
            currency: 'EUR',
            lines: [
              { productId: catalogue.seat, quantity: n + 1 },
              { productId: catalogue.onboarding, quantity: 1 },
            ],
          });
        }
      }),
    );
  }
  // 100 deals of two lines each.
  for (let batch = 0; batch < 10; batch++) {
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        const deal = await createOpportunity(app, token, { customerId: randomUUID() });
        dataOf(
          await app.request(
            'mutation ($id: UUID!, $input: SetOpportunityLinesInput!) { setOpportunityLines(id: $id, input: $input) { id } }',
            {
              id: deal.id,
              input: {
                lines: [
                  { productId: catalogue.seat, quantity: 2 },
                  { productId: catalogue.onboarding, quantity: 1 },
                ],
              },
            },
            token,
          ),
        );
      }),
    );
  }
  await app.service.relay.stop();
});

async function countStatements<T>(query: string, variables: Record<string, unknown>) {
  statements.count = 0;
  const data = dataOf(await app.request<T>(query, variables, token));
  return { data, count: statements.count };
}

interface CustomerEntities {
  _entities: {
    orders: { totalCount: number; edges: { node: { lines: { product: { name: string } }[] } }[] };
    revenue: { amount: string; currency: string }[];
  }[];
}

it('resolves the orders, lines, products and revenue of 3 or 30 customers with the same statements', async () => {
  const query = `query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Customer {
        orders(first: 5) { totalCount edges { node { number total lines { quantity product { name } } } } }
        revenue { amount currency }
      }
    }
  }`;
  const reps = (count: number) => customerIds.slice(0, count).map((id) => ({ __typename: 'Customer', id }));
  const three = await countStatements<CustomerEntities>(query, { reps: reps(3) });
  const thirty = await countStatements<CustomerEntities>(query, { reps: reps(30) });

  // 1 × 540 + 2500 = 3040.00; 2 × 540 + 2500 = 3580.00.
  const expectedRevenue = [
    [],
    [{ amount: '3040.00', currency: 'EUR' }],
    [{ amount: '6620.00', currency: 'EUR' }],
  ];
  thirty.data._entities.forEach((customer, index) => {
    expect({ index, count: customer.orders.totalCount, revenue: customer.revenue }).toEqual({
      index,
      count: index % 3,
      revenue: expectedRevenue[index % 3],
    });
    expect(customer.orders.edges.flatMap((edge) => edge.node.lines.map((line) => line.product.name))).toEqual(
      customer.orders.totalCount === 0 ? [] : expect.arrayContaining(['CRM Professional seat', 'Onboarding']),
    );
  });
  // First pages of orders, their count, the orders, their lines, the products, the revenue.
  expect(three.count).toBe(6);
  expect(thirty.count).toBe(three.count);
});

it('lists 2 or 30 orders with their lines and products with the same statements', async () => {
  const query = `query ($first: Int!) {
    orders(first: $first) { totalCount edges { node { number customer { id } lines { product { sku } } } } }
  }`;
  const two = await countStatements<{ orders: { edges: unknown[] } }>(query, { first: 2 });
  const thirty = await countStatements<{ orders: { edges: unknown[] } }>(query, { first: 30 });
  expect(two.data.orders.edges).toHaveLength(2);
  expect(thirty.data.orders.edges).toHaveLength(30);
  expect(thirty.count).toBe(two.count);
});

it('lists 5 or 100 opportunities with their customer and line products with the same statements', async () => {
  // What the gateway asks of sales for `opportunities(first: n) { customer { name } lines { product { name } } }`:
  // the customer's key here, its name from the customer subgraph.
  const query = `query ($first: Int!) {
    opportunities(first: $first) { edges { node { customer { id } lines { quantity product { name } } } } }
  }`;
  interface Deals {
    opportunities: {
      edges: { node: { customer: { id: string }; lines: { product: { name: string } }[] } }[];
    };
  }
  const five = await countStatements<Deals>(query, { first: 5 });
  const hundred = await countStatements<Deals>(query, { first: 100 });
  expect(hundred.data.opportunities.edges).toHaveLength(100);
  expect(
    hundred.data.opportunities.edges.every(
      ({ node }) => node.lines.map((line) => line.product.name).join() === 'CRM Professional seat,Onboarding',
    ),
  ).toBe(true);
  // The page, the lines of every deal on it, their products.
  expect(five.count).toBe(3);
  expect(hundred.count).toBe(five.count);
});
