// Rebuild: the operators' mutation (and the CLI) empty the read models and replay every topic from the start
// with a new consumer group; the figures afterwards are the ones from before. A tenant's admin may not:
// the rebuild empties every tenant's figures.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { operatorTenantId } from '@crm/platform';
import { testTenant, waitFor } from '@crm/testkit';
import { publish } from './support/eventHistory';
import { buildFixture } from './support/fixture';
import { fetchReports, fetchStableMetrics, reportVariables, waitUntilApplied } from './support/reportQueries';
import {
  dataOf,
  errorOf,
  startAnalyticsService,
  tokenFor,
  type AnalyticsTestService,
} from './support/analyticsTestService';

// A new analytics instance first replays every topic of the shared broker (other files' events too).
jest.setTimeout(240_000);

let app: AnalyticsTestService;
const now = Date.now();
const tenant = testTenant('rebuild');
const neighbour = testTenant('rebuild-neighbour');
const fixture = buildFixture(tenant, now);
const variables = reportVariables(now);
const customerIds = Object.values(fixture.ids);

beforeAll(async () => {
  app = await startAnalyticsService();
  const neighbours = buildFixture(neighbour, now).history.events;
  await publish(app.service.kafka, tenant, fixture.history.events);
  await publish(app.service.kafka, neighbour, neighbours);
  await waitUntilApplied(app, [...fixture.history.events, ...neighbours]);
});

afterAll(async () => {
  await app?.stop();
});

const rebuildMutation = 'mutation { rebuildAnalytics { generation startedAt } }';
const figures = async () => ({
  reports: await fetchReports(app, tenant, variables),
  metrics: await fetchStableMetrics(app, tenant, customerIds),
});
const rows = async (table: string) =>
  (await app.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [tenant]))[0]!
    .n;

it('rebuilds from the topics to the same figures, through the mutation and through the CLI', async () => {
  const before = await figures();
  const orders = await rows('order_fact');
  expect(orders).toBe(fixture.orders.length);

  // A tenant's admin emptied every tenant's figures before: now neither they nor a forged operator may.
  for (const [token, code] of [
    [tokenFor(tenant, 'analyst'), 'FORBIDDEN'],
    [tokenFor(tenant, 'admin'), 'FORBIDDEN'],
    [tokenFor(tenant, 'operator'), 'UNAUTHENTICATED'],
  ]) {
    expect(errorOf(await app.request(rebuildMutation, {}, token))).toEqual({ code });
  }
  const status = '{ analyticsStatus { generation } }';
  expect(dataOf(await app.request(status, {}, tokenFor(neighbour, 'admin'))).analyticsStatus.generation).toBe(
    1,
  );
  expect(await rows('order_fact')).toBe(orders);

  const operator = tokenFor(operatorTenantId, 'operator');
  const { rebuildAnalytics } = dataOf(await app.request(rebuildMutation, {}, operator));
  expect(rebuildAnalytics.generation).toBe(2);
  // Every tenant whose figures went has it in its own audit trail.
  for (const affected of [tenant, neighbour]) {
    const audit = await app.sql('SELECT operation, actor_id, after FROM audit_log WHERE tenant_id = $1', [
      affected,
    ]);
    expect(audit).toEqual([
      {
        operation: 'rebuildAnalytics',
        actor_id: 'user-operator',
        after: { generation: 2, startedAt: expect.any(String) },
      },
    ]);
  }

  await waitFor(figures, {
    until: (after) => JSON.stringify(after) === JSON.stringify(before),
    timeoutMs: 90_000,
    what: 'the rebuilt figures to equal those from before',
  });
  expect(await rows('order_fact')).toBe(orders);
  // The old generation's inbox rows went with it; the new group applied each event once.
  const groups = await app.sql<{ consumer_group: string }>('SELECT DISTINCT consumer_group FROM inbox');
  expect(groups.map((g) => g.consumer_group)).toEqual([`${app.prefix}analytics.read-models.g2`]);

  // The command line does the same (a running service follows the new generation).
  await promisify(execFile)(
    join(__dirname, '../../../node_modules/.bin/pnpm'),
    ['--filter', '@crm/analytics', 'run', 'rebuild:read-models'],
    { env: { ...app.env, LOG_LEVEL: 'warn' } },
  );
  await waitFor(
    async () => (await app.request('{ analyticsStatus { generation } }', {}, tokenFor(tenant, 'admin'))).data,
    { until: (data) => data?.analyticsStatus.generation === 3, what: 'generation 3' },
  );
  await waitFor(figures, {
    until: (after) => JSON.stringify(after) === JSON.stringify(before),
    timeoutMs: 90_000,
    what: 'the figures after the CLI rebuild',
  });
});

it('reports per topic the last event time, the events applied and no lag once caught up', async () => {
  const status = await waitFor(
    async () =>
      dataOf(
        await app.request(
          '{ analyticsStatus { generation topics { topic lastEventAt events lag } } }',
          {},
          tokenFor(tenant, 'analyst'),
        ),
      ).analyticsStatus,
    { until: (s) => s.topics.every((t: { lag: number }) => t.lag === 0), what: 'no lag' },
  );
  const orderTopic = status.topics.find((t: { topic: string }) => t.topic === 'crm.sales.order');
  const orderEvents = fixture.history.events.filter((e) => e.topic === 'crm.sales.order');
  expect(orderTopic).toEqual({
    topic: 'crm.sales.order',
    lastEventAt: orderEvents
      .map((e) => e.time)
      .sort()
      .at(-1),
    events: orderEvents.length,
    lag: 0,
  });
});
