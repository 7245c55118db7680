// Through the real gateway, with the customer and analytics subgraphs started in-process: a customer
// created in the customer service reaches analytics through Kafka, orders of the sales service's topic
// are added, and `customer { metrics }` and the reports answer in one graph. Every report of the
// hand-computed history (readModels.int.spec.ts) answers through the gateway as on the subgraph.
import { randomUUID } from 'node:crypto';
import { customerService } from '@crm/customer/src/service';
import { startService, type RunningService } from '@crm/events';
import { startGateway, type RunningGateway } from '@crm/gateway/src/gateway';
import { dataOf, dropDatabases, graphql, testServiceEnv, testTenant, waitFor } from '@crm/testkit';
import { analyticsService } from '../src/service';
import { tokenFor } from './support/analyticsTestService';
import { daysAgo, EventHistory, publish } from './support/eventHistory';
import { buildFixture, utcDay } from './support/fixture';
import { reportsQuery, reportVariables, waitUntilApplied } from './support/reportQueries';

// A new analytics instance first replays every topic of the shared broker (other files' events too).
jest.setTimeout(180_000);

const env = testServiceEnv();
let customer: RunningService | undefined;
let analytics: RunningService | undefined;
let gateway: RunningGateway | undefined;

beforeAll(async () => {
  [customer, analytics] = await Promise.all([
    startService(customerService, env),
    startService(analyticsService, env),
  ]);
  gateway = await startGateway({
    port: 0,
    env,
    subgraphUrls: { customer: customer.url, analytics: analytics.url },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([customer?.stop(), analytics?.stop()]);
  await dropDatabases(env.DB_PREFIX);
});

it('shows a customer with its metrics, and reports naming customers, to an analyst without contact data', async () => {
  const tenant = testTenant('e2e-analytics');
  const call = async (
    query: string,
    variables: Record<string, unknown> = {},
    role: 'admin' | 'analyst' = 'analyst',
  ) => dataOf(await graphql(gateway!.url, query, variables, tokenFor(tenant, role)));

  const { createCustomer } = await call(
    'mutation { createCustomer(input: { kind: ORGANIZATION, name: "Acme", email: "buy@acme.example", industry: "Retail", segment: "SMB" }) { id } }',
    {},
    'admin',
  );
  const now = Date.now();
  const orders = new EventHistory(tenant);
  const widget = { productId: randomUUID(), productName: 'Widget' };
  orders.order({
    customerId: createCustomer.id,
    placedAt: daysAgo(now, 40),
    lines: [{ ...widget, total: '120.00' }],
  });
  orders.order({
    customerId: createCustomer.id,
    placedAt: daysAgo(now, 10),
    lines: [{ ...widget, total: '80.00' }],
  });
  await publish(analytics!.kafka, tenant, orders.events);

  const customerQuery = `query($id: UUID!) {
    customer(id: $id) { name email industry metrics { lifetimeValue orderCount averageOrderValue rfm { segment } churnRisk { score } } }
  }`;
  // The customer's industry, from its event, is what the industry breakdown shows.
  const view = await waitFor(async () => (await call(customerQuery, { id: createCustomer.id })).customer, {
    until: (c) => c?.metrics.orderCount === 2,
    timeoutMs: 90_000,
    what: "the customer's orders in analytics",
  });
  expect(view).toEqual({
    name: 'Acme',
    email: null, // analysts see no contact data
    industry: 'Retail',
    metrics: {
      lifetimeValue: '200.00',
      orderCount: 2,
      averageOrderValue: '100.00',
      rfm: { segment: 'CHAMPIONS' }, // the only customer: every quintile is 5
      churnRisk: { score: Math.round((50 * 10) / 180) },
    },
  });

  const today = new Date(now + 86_400_000).toISOString().slice(0, 10);
  const from = new Date(now - 90 * 86_400_000).toISOString().slice(0, 10);
  const reports = await waitFor(
    async () =>
      call(
        `query($period: AnalyticsPeriod!) {
          customerAnalysis { topCustomers { customer { name } lifetimeValue } }
          salesReport(period: $period) { total { revenue orderCount } breakdown(dimension: INDUSTRY) { key figures { revenue } } }
        }`,
        { period: { from, to: today } },
      ),
    {
      until: (r) => r.salesReport.breakdown[0]?.key === 'Retail',
      timeoutMs: 90_000,
      what: 'the customer known to analytics',
    },
  );
  expect(reports).toEqual({
    customerAnalysis: { topCustomers: [{ customer: { name: 'Acme' }, lifetimeValue: '200.00' }] },
    salesReport: {
      total: { revenue: '200.00', orderCount: 2 },
      breakdown: [{ key: 'Retail', figures: { revenue: '200.00' } }],
    },
  });
});

it('answers every report through the gateway as the analytics subgraph does', async () => {
  const tenant = testTenant('e2e-reports');
  const now = Date.now();
  const { history, orders } = buildFixture(tenant, now);
  await publish(analytics!.kafka, tenant, history.events);
  await waitUntilApplied(
    { sql: async (sql, parameters) => analytics!.dataSource.query(sql, parameters) },
    history.events,
  );
  const variables = reportVariables(now);
  const token = tokenFor(tenant, 'analyst');
  const throughGateway = dataOf(await graphql(gateway!.url, reportsQuery, variables, token));
  expect(throughGateway).toEqual(dataOf(await graphql(analytics!.url, reportsQuery, variables, token)));
  // One figure by hand: the year's revenue is the counted orders placed since its first day.
  const yearRevenue = orders
    .filter((o) => o.counted && utcDay(Date.parse(o.placedAt)) >= variables.year.from)
    .reduce((sum, o) => sum + o.total, 0);
  expect(throughGateway.salesReport.total.revenue).toBe(yearRevenue.toFixed(2));
});
