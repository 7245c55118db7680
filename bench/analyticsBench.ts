// The analytics section of `npm run bench`: every report query on the analytics subgraph over a tenant
// with 1,000,000 orders and 100,000 customers (read models filled by SQL), and the consumers' throughput
// on a real event stream read from Kafka by a fresh instance.
import { producerDefaults, startService } from '@crm/events';
import { dropDatabases, graphql, testServiceEnv, testTenant, testToken, waitFor } from '@crm/testkit';
import { analyticsService } from '@crm/analytics/src/service';
import { fillAnalyticsReadModels, orderEventStream } from './analyticsData';

const VOLUME = {
  customers: Number(process.env.BENCH_ANALYTICS_CUSTOMERS ?? 100_000),
  orders: Number(process.env.BENCH_ANALYTICS_ORDERS ?? 1_000_000),
};
const STREAM_CUSTOMERS = Number(process.env.BENCH_STREAM_CUSTOMERS ?? 1_000);
const RUNS = 5;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const year = { from: day(-365), to: day(1) };

/** The report queries, as a dashboard asks them. */
function reportQueries(customerIds: string[]): [string, string, Record<string, unknown>][] {
  return [
    [
      'Customer.metrics of 20 customers',
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Customer { metrics {
        lifetimeValue orderCount averageOrderValue predictedClv churnRisk { score reasons } rfm { segment } csat latestNps } } } }`,
      { reps: customerIds.map((id) => ({ __typename: 'Customer', id })) },
    ],
    [
      'customerAnalysis (RFM segments, cohorts, CLV distribution, top 10)',
      '{ customerAnalysis { customerCount rfmSegments { segment customers } cohorts { month retention } clvDistribution { customers } topCustomers { lifetimeValue } } }',
      {},
    ],
    [
      'churnRate (a year, monthly series)',
      'query($p: AnalyticsPeriod!) { churnRate(period: $p) { rate series { rate } } }',
      { p: year },
    ],
    ['customersAtRisk (top 20)', '{ customersAtRisk { score reasons } }', {}],
    [
      'satisfactionReport (a year, monthly, per agent and type)',
      'query($p: AnalyticsPeriod!) { satisfactionReport(period: $p) { overall { csat nps } series { satisfaction { csat } } byAgent { key } byTicketType { key } } }',
      { p: year },
    ],
    [
      'salesReport (a year, monthly, by product and industry)',
      'query($p: AnalyticsPeriod!) { salesReport(period: $p) { growth series { growth } product: breakdown(dimension: PRODUCT) { share } industry: breakdown(dimension: INDUSTRY) { share } } }',
      { p: year },
    ],
    [
      'salesReport (a year, daily)',
      'query($p: AnalyticsPeriod!) { salesReport(period: $p, granularity: DAY) { series { figures { revenue } } } }',
      { p: year },
    ],
    [
      'revenueForecast (6 months)',
      '{ revenueForecast { method backtestMape points { mean weightedPipeline } } }',
      {},
    ],
    [
      'funnelReport (a year)',
      'query($p: AnalyticsPeriod!) { funnelReport(period: $p) { bySource { winRate } byCampaign { funnel { winRate } } } }',
      { p: year },
    ],
    [
      'marketReport (a year)',
      'query($p: AnalyticsPeriod!) { marketReport(period: $p) { byIndustry { share } competitors { winRate } marketShare { share } } }',
      { p: year },
    ],
    ['campaignPerformanceReport (50 campaigns)', '{ campaignPerformanceReport { roi openRate } }', {}],
  ];
}

/** Runs the analytics benchmark; returns the rows of the results table. */
export async function analyticsBench(): Promise<string[]> {
  const env = testServiceEnv({ NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  const analytics = await startService(analyticsService, env);
  const rows: string[] = [];
  try {
    const tenant = testTenant('bench-analytics');
    const token = testToken(tenant, ['analyst']);
    console.log(`Analytics: filling ${VOLUME.customers} customers and ${VOLUME.orders} orders ...`);
    const filling = performance.now();
    await fillAnalyticsReadModels(analytics.dataSource, tenant, VOLUME);
    console.log(`  filled in ${((performance.now() - filling) / 1000).toFixed(0)} s`);
    const customerIds = (
      (await analytics.dataSource.query(
        'SELECT customer_id FROM customer_metrics WHERE tenant_id = $1 ORDER BY customer_id LIMIT 20',
        [tenant],
      )) as { customer_id: string }[]
    ).map((row) => row.customer_id);

    for (const [name, query, variables] of reportQueries(customerIds)) {
      const times: number[] = [];
      for (let run = 0; run <= RUNS; run++) {
        const started = performance.now();
        const result = await graphql(analytics.url, query, variables, token);
        if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
        if (run > 0) times.push(performance.now() - started); // the first run warms caches
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      console.log(`  ${name}: ${median.toFixed(0)} ms`);
      rows.push(
        `| analytics ${name}, median of ${RUNS} | ${median.toFixed(0)} ms${median < 300 ? '' : ' (over 300 ms)'} |`,
      );
    }
    rows.push(...(await consumerThroughput(analytics.kafka)));
  } finally {
    await analytics.stop();
    await dropDatabases(env.DB_PREFIX);
  }
  return rows;
}

/**
 * Publishes a stream of customers and orders, then starts a fresh analytics instance (its own
 * databases and consumer group) and times how fast it applies what the topics hold.
 */
async function consumerThroughput(kafka: Parameters<typeof publishStream>[0]): Promise<string[]> {
  const tenant = testTenant('bench-stream');
  const stream = orderEventStream(tenant, STREAM_CUSTOMERS, 10);
  console.log(`Analytics consumers: publishing ${stream.length} events ...`);
  await publishStream(kafka, stream);
  const env = testServiceEnv({ NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  const fresh = await startService(analyticsService, env);
  try {
    const started = performance.now();
    const ids = stream.map((entry) => entry.message.headers.ce_id);
    await waitFor(
      async () =>
        (
          (await fresh.dataSource.query('SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)', [
            ids,
          ])) as { n: number }[]
        )[0]!.n,
      { until: (n) => n === ids.length, timeoutMs: 600_000, intervalMs: 250, what: 'the stream applied' },
    );
    const seconds = (performance.now() - started) / 1000;
    const [counted] = (await fresh.dataSource.query('SELECT count(*)::int AS n FROM inbox')) as {
      n: number;
    }[];
    const applied = counted!.n;
    const rate = applied / seconds;
    console.log(`  ${applied} events applied in ${seconds.toFixed(1)} s: ${rate.toFixed(0)} events/s`);
    return [
      `| analytics consumers, every topic from the start (${applied} events, ${stream.length} of them orders and customers of the bench) | ${rate.toFixed(0)} events/s (${seconds.toFixed(1)} s, group join included) |`,
    ];
  } finally {
    await fresh.stop();
    await dropDatabases(env.DB_PREFIX);
  }
}

async function publishStream(
  kafka: Awaited<ReturnType<typeof startService>>['kafka'],
  stream: ReturnType<typeof orderEventStream>,
): Promise<void> {
  const producer = kafka.producer(producerDefaults);
  await producer.connect();
  try {
    for (let i = 0; i < stream.length; i += 1_000) {
      const chunk = stream.slice(i, i + 1_000);
      const byTopic = new Map<string, (typeof chunk)[number]['message'][]>();
      for (const { topic, message } of chunk) byTopic.set(topic, [...(byTopic.get(topic) ?? []), message]);
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    }
  } finally {
    await producer.disconnect();
  }
}
