import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { errorCodes, graphql, testTenant, testToken } from '@crm/testkit';
import type { RunningGateway } from '../src/gateway';
import { captureLog } from './support/captureLog';
import { startGraph, type TestGraph } from './support/startGraph';

let graph: TestGraph;
let production: RunningGateway;
const tenant = testTenant('errors');
const token = testToken(tenant, ['admin']);

const createCustomer = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id version } }`;
const updateCustomer = `mutation ($id: UUID!, $input: UpdateCustomerInput!, $v: Int!) {
  updateCustomer(id: $id, input: $input, expectedVersion: $v) { id name version }
}`;
const count = `{ customers { totalCount } }`;
const badInput = { kind: 'PERSON', name: '   ', email: 'not-an-email' };

/** A loopback address where nothing listens: the port was free a moment ago and is closed again. */
async function refusingUrl(): Promise<string> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

beforeAll(async () => {
  graph = await startGraph();
  production = await graph.startGateway({ env: { NODE_ENV: 'production' } });
});

afterAll(async () => {
  await graph?.stop();
});

test('bad input keeps BAD_USER_INPUT and its fields through the gateway, and writes nothing', async () => {
  const fields = { 'input.name': 'Must not be empty', 'input.email': 'Not a valid email address' };
  const response = await graphql(graph.gateway.url, createCustomer, { input: badInput }, token);
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors![0]!.extensions).toMatchObject({ fields, serviceName: 'customer' });
  expect(response.data ?? null).toBeNull();

  // In production too, without the internal serviceName.
  const masked = await graphql(production.url, createCustomer, { input: badInput }, token);
  expect(masked.errors).toEqual([
    expect.objectContaining({ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }),
  ]);
  const after = await graphql(graph.gateway.url, count, {}, token);
  expect(after.data).toEqual({ customers: { totalCount: 0 } });
});

test('a stale expectedVersion gives CONFLICT; the current one succeeds', async () => {
  const created = await graphql(
    graph.gateway.url,
    createCustomer,
    { input: { kind: 'PERSON', name: 'Grace Hopper' } },
    token,
  );
  const { id, version } = created.data!.createCustomer as { id: string; version: number };
  const first = await graphql(
    graph.gateway.url,
    updateCustomer,
    { id, input: { name: 'Grace B. Hopper' }, v: version },
    token,
  );
  expect(first.errors).toBeUndefined();
  expect(first.data!.updateCustomer).toEqual({ id, name: 'Grace B. Hopper', version: version + 1 });

  const stale = await graphql(
    graph.gateway.url,
    updateCustomer,
    { id, input: { name: 'Someone else' }, v: version },
    token,
  );
  expect(errorCodes(stale)).toEqual(['CONFLICT']);
  const current = await graphql(
    graph.gateway.url,
    `
      query ($id: UUID!) {
        customer(id: $id) {
          name
          version
        }
      }
    `,
    { id },
    token,
  );
  expect(current.data!.customer).toEqual({ name: 'Grace B. Hopper', version: version + 1 });
});

describe('internal errors', () => {
  test('in production, a subgraph that refuses connections gives a masked error; the cause is logged', async () => {
    const url = await refusingUrl();
    const captured = captureLog();
    const masked = await graph.startGateway({
      env: { NODE_ENV: 'production' },
      subgraphUrls: { customer: url },
      log: captured.log,
    });
    const response = await graphql(masked.url, count, {}, token, { 'x-request-id': 'masking-test-1' });
    expect(response.errors).toEqual([
      { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    const body = JSON.stringify(response);
    for (const internal of ['ECONNREFUSED', url, '127.0.0.1', 'stacktrace', 'FetchError', 'serviceName']) {
      expect(body).not.toContain(internal);
    }
    // The operator finds the cause by the request id the client saw.
    expect(captured.entries()).toContainEqual(
      expect.objectContaining({
        level: 50,
        requestId: 'masking-test-1',
        msg: expect.stringContaining('ECONNREFUSED'),
      }),
    );
  });

  test('outside production the same failure shows its cause (so the test above can see a leak)', async () => {
    const url = await refusingUrl();
    const verbose = await graph.startGateway({
      env: { NODE_ENV: 'development' },
      subgraphUrls: { customer: url },
      log: captureLog().log,
    });
    const response = await graphql(verbose.url, count, {}, token);
    expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(response.errors![0]!.message).toContain('ECONNREFUSED');
  });

  test('in production, public errors keep their code but lose internal extensions', async () => {
    const response = await graphql(production.url, count, {});
    expect(response.errors).toEqual([
      { message: 'A valid bearer token is required', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  });
});
