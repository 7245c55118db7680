// The number of SQL statements of a list does not grow with its length (DESIGN §5): Customer.orders,
// Customer.revenue, Order.lines and OrderLine.product all go through per-request DataLoaders.
import { randomUUID } from 'node:crypto';
import { StatementCounter } from '@crm/platform';
import { testTenant } from '@crm/testkit';
import { placeOrder, salesCatalogue } from './support/salesOperations';
import { dataOf, startSalesService, tokenFor, type SalesTestService } from './support/salesTestService';

// The counter sees every statement on the service's DataSource, the relay's polling too: it is stopped
// before the measured requests, so each count is exact.
const statements = new StatementCounter();
let app: SalesTestService;
let token: string;
const customerIds = Array.from({ length: 30 }, () => randomUUID());

beforeAll(async () => {
  app = await startSalesService({ sqlLogger: statements });
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
  await app.service.relay.stop();
});

afterAll(async () => {
  await app?.stop();
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
