// Who may see which report (docs/architecture.md §7 and permissions.ts), tenants kept apart, and the admin
// configuration: validated, audited, and used by the reports.
import { randomUUID } from 'node:crypto';
import type { Role } from '@crm/platform';
import { testTenant } from '@crm/testkit';
import { daysAgo, EventHistory } from './support/eventHistory';
import { waitUntilApplied } from './support/reportQueries';
import { publish } from './support/eventHistory';
import {
  dataOf,
  errorOf,
  startAnalyticsService,
  tokenFor,
  type AnalyticsTestService,
} from './support/analyticsTestService';

// A new analytics instance first replays every topic of the shared broker (other files' events too).
jest.setTimeout(180_000);

let app: AnalyticsTestService;
const tenant = testTenant('analytics-security');
const now = Date.now();
const period = {
  from: new Date(now - 365 * 86_400_000).toISOString().slice(0, 10),
  to: new Date(now + 86_400_000).toISOString().slice(0, 10),
};

beforeAll(async () => {
  app = await startAnalyticsService();
  const history = new EventHistory(tenant);
  const customer = history.customer({ id: randomUUID(), segment: 'SMB', name: 'Acme' });
  history.order({
    customerId: customer.id,
    placedAt: daysAgo(now, 10),
    lines: [{ productId: randomUUID(), productName: 'Widget', total: '250.00' }],
  });
  await publish(app.service.kafka, tenant, history.events);
  await waitUntilApplied(app, history.events);
});

afterAll(async () => {
  await app?.stop();
});

const salesQuery =
  'query($period: AnalyticsPeriod!) { salesReport(period: $period) { total { revenue orderCount } } }';
const satisfactionQuery =
  'query($period: AnalyticsPeriod!) { satisfactionReport(period: $period) { overall { answers } } }';
const campaignsQuery = '{ campaignPerformanceReport { name } }';
const statusQuery = '{ analyticsStatus { generation } }';

const outcome = async (query: string, role: Role | null, tenantId = tenant) => {
  const response = await app.request(query, { period }, role ? tokenFor(tenantId, role) : undefined);
  return response.errors ? errorOf(response).code : 'OK';
};

it('lets analysts, admins and sales managers see every report; others what their work needs', async () => {
  const table: [string, Record<Role, string>][] = [
    [
      salesQuery,
      {
        admin: 'OK',
        sales_manager: 'OK',
        analyst: 'OK',
        sales_rep: 'FORBIDDEN',
        support_agent: 'FORBIDDEN',
        marketer: 'FORBIDDEN',
        readonly: 'FORBIDDEN',
        // A tenant's token cannot carry the operators' role.
        operator: 'UNAUTHENTICATED',
      },
    ],
    [
      satisfactionQuery,
      {
        admin: 'OK',
        sales_manager: 'OK',
        analyst: 'OK',
        sales_rep: 'FORBIDDEN',
        support_agent: 'OK',
        marketer: 'FORBIDDEN',
        readonly: 'FORBIDDEN',
        // A tenant's token cannot carry the operators' role.
        operator: 'UNAUTHENTICATED',
      },
    ],
    [
      campaignsQuery,
      {
        admin: 'OK',
        sales_manager: 'OK',
        analyst: 'OK',
        sales_rep: 'FORBIDDEN',
        support_agent: 'FORBIDDEN',
        marketer: 'OK',
        readonly: 'FORBIDDEN',
        // A tenant's token cannot carry the operators' role.
        operator: 'UNAUTHENTICATED',
      },
    ],
    [
      statusQuery,
      {
        admin: 'OK',
        sales_manager: 'FORBIDDEN',
        analyst: 'OK',
        sales_rep: 'FORBIDDEN',
        support_agent: 'FORBIDDEN',
        marketer: 'FORBIDDEN',
        readonly: 'FORBIDDEN',
        // A tenant's token cannot carry the operators' role.
        operator: 'UNAUTHENTICATED',
      },
    ],
  ];
  for (const [query, expected] of table) {
    const seen: Record<string, unknown> = {};
    for (const role of Object.keys(expected) as Role[]) seen[role] = await outcome(query, role);
    expect(seen).toEqual(expected);
    expect(await outcome(query, null)).toBe('UNAUTHENTICATED');
  }
});

it('shows each tenant only its own figures', async () => {
  const mine = dataOf(await app.request(salesQuery, { period }, tokenFor(tenant)));
  expect(mine.salesReport.total).toEqual({ revenue: '250.00', orderCount: 1 });
  const theirs = dataOf(await app.request(salesQuery, { period }, tokenFor(testTenant('stranger'))));
  expect(theirs.salesReport.total).toEqual({ revenue: '0.00', orderCount: 0 });
});

it('lets only admins configure analytics; bad input changes nothing; changes are audited and used', async () => {
  const configure =
    'mutation($input: AnalyticsSettingsInput!) { configureAnalytics(input: $input) { inactivityDays margin } }';
  expect(
    errorOf(await app.request(configure, { input: { inactivityDays: 90 } }, tokenFor(tenant, 'analyst'))),
  ).toEqual({ code: 'FORBIDDEN' });
  expect(
    errorOf(
      await app.request(configure, { input: { inactivityDays: 0, margin: 2 } }, tokenFor(tenant, 'admin')),
    ),
  ).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { inactivityDays: 'Between 1 and 3650 days', margin: 'Above 0, at most 1' },
  });
  expect(await app.sql('SELECT * FROM analytics_settings WHERE tenant_id = $1', [tenant])).toEqual([]);

  const configured = dataOf(
    await app.request(configure, { input: { inactivityDays: 90, margin: 0.25 } }, tokenFor(tenant, 'admin')),
  );
  expect(configured.configureAnalytics).toEqual({ inactivityDays: 90, margin: 0.25 });
  const churn = dataOf(
    await app.request(
      'query($period: AnalyticsPeriod!) { churnRate(period: $period) { inactivityDays } }',
      { period },
      tokenFor(tenant),
    ),
  );
  expect(churn.churnRate.inactivityDays).toBe(90);

  const setSize =
    'mutation($amount: Decimal) { setAnalyticsMarketSize(segment: "SMB", currency: "EUR", amount: $amount) { marketSizes { segment currency amount } } }';
  expect(
    dataOf(await app.request(setSize, { amount: '1000' }, tokenFor(tenant, 'admin'))).setAnalyticsMarketSize
      .marketSizes,
  ).toEqual([{ segment: 'SMB', currency: 'EUR', amount: '1000.00' }]);
  const market = dataOf(
    await app.request(
      'query($period: AnalyticsPeriod!) { marketReport(period: $period) { marketShare { segment marketSize revenue share } } }',
      { period },
      tokenFor(tenant),
    ),
  );
  expect(market.marketReport.marketShare).toEqual([
    { segment: 'SMB', marketSize: '1000.00', revenue: '250.00', share: 25 },
  ]);
  const audit = await app.sql('SELECT operation, actor_id FROM audit_log WHERE tenant_id = $1 ORDER BY at', [
    tenant,
  ]);
  expect(audit).toEqual([
    { operation: 'configureAnalytics', actor_id: 'user-admin' },
    { operation: 'setAnalyticsMarketSize', actor_id: 'user-admin' },
  ]);
  // Another tenant has neither the settings nor the market size.
  const stranger = dataOf(
    await app.request(
      '{ analyticsSettings { inactivityDays marketSizes { segment } } }',
      {},
      tokenFor(testTenant('stranger')),
    ),
  );
  expect(stranger.analyticsSettings).toEqual({ inactivityDays: 180, marketSizes: [] });
});
