// `npm run bench`: throughput and latency of a customer list query through the gateway and straight
// on the subgraph, and the SQL statements that list queries with contacts cost. Prints a table and
// writes it to bench/results/latest.md. Uses real PostgreSQL and Kafka, like the tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { customerService } from '@crm/customer/src/service';
import { startService } from '@crm/events';
import { startGateway } from '@crm/gateway/src/gateway';
import { StatementCounter } from '@crm/platform';
import { dropDatabases, graphql, testServiceEnv, testTenant, testToken } from '@crm/testkit';
import { salesService } from '@crm/sales/src/service';
import { analyticsBench } from './analyticsBench';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 200);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const listQuery = '{ customers(first: 20) { edges { node { id name email lifecycleStage } } totalCount } }';
const withContacts = (first: number) =>
  `{ customers(first: ${first}) { edges { node { id name contacts { role contact { id fullName email organizations { role } } } } } } }`;

/** Sales: deals listed with their customer (resolved by the customer subgraph) and the products of their lines. */
const dealsWithLines = (first: number) =>
  `{ opportunities(first: ${first}) { edges { node { name customer { name } lines { quantity product { name } } } } } }`;

/**
 * Gives each customer (up to 100) a deal with two priced lines, then counts the sales service's SQL
 * statements for the deals list through the gateway, the least of a few runs (the relay polls meanwhile).
 */
async function salesStatements(
  salesUrl: string,
  gatewayUrl: string,
  token: string,
  counter: StatementCounter,
): Promise<{ deals5: number; deals100: number }> {
  const send = async (query: string, variables: Record<string, unknown> = {}, url = salesUrl) => {
    const result = await graphql(url, query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const product = async (sku: string) =>
    (
      await send('mutation ($sku: String!) { createProduct(input: { sku: $sku, name: $sku }) { id } }', {
        sku,
      })
    ).createProduct.id as string;
  const products = [await product('BENCH-SEAT'), await product('BENCH-SUPPORT')];
  const book = (
    await send(
      'mutation { createPriceBook(input: { name: "Standard EUR", currency: "EUR", isStandard: true }) { id } }',
    )
  ).createPriceBook.id;
  for (const productId of products) {
    await send(
      'mutation ($b: UUID!, $p: UUID!) { setPriceBookEntry(priceBookId: $b, productId: $p, unitPrice: "100") { id } }',
      {
        b: book,
        p: productId,
      },
    );
  }
  const customers = (await send('{ customers(first: 100) { edges { node { id } } } }', {}, gatewayUrl))
    .customers.edges;
  for (const [index, { node }] of customers.entries()) {
    const deal = await send(
      'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
      { input: { name: `Bench deal ${index}`, customerId: node.id, currency: 'EUR' } },
    );
    await send(
      'mutation ($id: UUID!, $input: SetOpportunityLinesInput!) { setOpportunityLines(id: $id, input: $input) { id } }',
      {
        id: deal.createOpportunity.id,
        input: { lines: products.map((productId, line) => ({ productId, quantity: line + 1 })) },
      },
    );
  }
  const leastOf = async (first: number) => {
    const counts: number[] = [];
    for (let run = 0; run < 5; run++) {
      counter.count = 0;
      await send(dealsWithLines(first), {}, gatewayUrl);
      counts.push(counter.count);
    }
    return Math.min(...counts);
  };
  return { deals5: await leastOf(5), deals100: await leastOf(100) };
}

// The load runs in a worker thread, so that the client does not share an event loop with the servers.
const loadWorker = `
const { parentPort, workerData: { url, body, headers, connections, durationMs } } = require('node:worker_threads');
const latencies = [];
const deadline = Date.now() + durationMs;
const worker = async () => {
  while (Date.now() < deadline) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers, body });
    const result = await response.json();
    if (!response.ok || result.errors) throw new Error(url + ': ' + response.status + ' ' + JSON.stringify(result.errors));
    latencies.push(performance.now() - started);
  }
};
Promise.all(Array.from({ length: connections }, worker)).then(() => parentPort.postMessage(latencies));
`;

/** Keeps CONNECTIONS requests in flight for DURATION_S seconds; exact percentiles from every latency. */
async function load(url: string, token: string) {
  const latencies = await new Promise<number[]>((resolve, reject) => {
    const worker = new Worker(loadWorker, {
      eval: true,
      workerData: {
        url,
        body: JSON.stringify({ query: listQuery }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        connections: CONNECTIONS,
        durationMs: DURATION_S * 1000,
      },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return {
    rps: latencies.length / DURATION_S,
    p50: percentile(50).toFixed(1),
    p95: percentile(95).toFixed(1),
  };
}

async function main(): Promise<void> {
  const { ensurePostgres } = await import('@crm/infra/postgres');
  const { startKafka } = await import('@crm/infra/kafka');
  const postgres = await ensurePostgres();
  process.env.DATABASE_URL = postgres.url;
  const kafkaDir = process.env.KAFKA_BROKERS ? undefined : mkdtempSync(join(tmpdir(), 'crm-bench-kafka-'));
  const kafka = kafkaDir ? await startKafka({ dataDir: kafkaDir }) : undefined;
  if (kafka) process.env.KAFKA_BROKERS = kafka.brokers.join(',');

  // The statement counts ask for 100 customers with every contact, and 100 deals with every line: on purpose
  // over the default cost limit (an estimate of the worst case), to show that loaders batch at that size.
  const env = testServiceEnv({ NODE_ENV: 'production', LOG_LEVEL: 'warn', MAX_QUERY_COST: '100000' });
  const counter = new StatementCounter();
  const customer = await startService(customerService, env, { sqlLogger: counter });
  const salesCounter = new StatementCounter();
  const sales = await startService(salesService, env, { sqlLogger: salesCounter });
  const gateway = await startGateway({
    port: 0,
    subgraphUrls: { customer: customer.url, sales: sales.url },
    env,
  });
  const tenant = testTenant('bench');
  const token = testToken(tenant, ['admin']);
  try {
    console.log(`Seeding ${CUSTOMERS} organizations with 2 contacts each ...`);
    for (let i = 0; i < CUSTOMERS; i++) {
      const created = await graphql(
        customer.url,
        'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        {
          input: {
            kind: 'ORGANIZATION',
            name: `Bench Org ${String(i).padStart(5, '0')}`,
            email: `org${i}@bench.example`,
          },
        },
        token,
      );
      const id = (created.data as { createCustomer: { id: string } }).createCustomer.id;
      for (const role of ['Buyer', 'Finance']) {
        await graphql(
          customer.url,
          'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }',
          { input: { firstName: role, lastName: `Org${i}`, organizations: [{ organizationId: id, role }] } },
          token,
        );
      }
    }

    const statements = async (first: number) => {
      counter.count = 0;
      const result = await graphql(customer.url, withContacts(first), {}, token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return counter.count;
    };
    // The outbox relay polls the same database in the background: take the least of a few runs, one at a time.
    const leastOf = async (first: number) => {
      const counts: number[] = [];
      for (let run = 0; run < 5; run++) counts.push(await statements(first));
      return Math.min(...counts);
    };
    const sql5 = await leastOf(5);
    const sql100 = await leastOf(100);
    console.log('Seeding deals with lines ...');
    const { deals5, deals100 } = await salesStatements(sales.url, gateway.url, token, salesCounter);

    console.log(`Load: ${CONNECTIONS} connections, ${DURATION_S} s each ...`);
    const direct = await load(customer.url, token);
    const through = await load(gateway.url, token);
    const analyticsRows = await analyticsBench();

    const table = [
      '| measurement | value |',
      '|---|---|',
      `| customers(first: 20) through the gateway | ${through.rps.toFixed(0)} req/s, p50 ${through.p50} ms, p95 ${through.p95} ms |`,
      `| customers(first: 20) on the subgraph | ${direct.rps.toFixed(0)} req/s, p50 ${direct.p50} ms, p95 ${direct.p95} ms |`,
      `| SQL statements, customers(first: 5) with contacts | ${sql5} |`,
      `| SQL statements, customers(first: 100) with contacts | ${sql100} |`,
      `| sales SQL statements, opportunities(first: 5) with customer and line products, through the gateway | ${deals5} |`,
      `| sales SQL statements, opportunities(first: 100) with customer and line products, through the gateway | ${deals100} |`,
      ...analyticsRows,
    ].join('\n');
    const report = `# Benchmark (${new Date().toISOString()})\n\n${CUSTOMERS} customers, ${CONNECTIONS} connections, ${DURATION_S} s per run, NODE_ENV=production.\n\n${table}\n`;
    console.log(`\n${table}`);
    writeFileSync(join(__dirname, 'results/latest.md'), report);
    console.log('\nWritten to bench/results/latest.md');
  } finally {
    await gateway.stop();
    await customer.stop();
    await sales.stop();
    await dropDatabases(env.DB_PREFIX);
    await kafka?.stop();
    if (kafkaDir) rmSync(kafkaDir, { recursive: true, force: true });
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
