import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphql, testServiceEnv, testTenant, testToken } from '@crm/testkit';
import { startGateway, type RunningGateway } from '../src/gateway';

// What the gateway sends to a subgraph, seen by a plain HTTP server in the customer subgraph's place
// that records each request and answers the one query this file sends.
interface Received {
  headers: http.IncomingHttpHeaders;
  socket: unknown;
}

let received: Received[] = [];
let connections = 0;
let subgraph: http.Server;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraph = http.createServer((req, res) => {
    received.push({ headers: req.headers, socket: req.socket });
    req.resume().on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { customers: { totalCount: 7 } } }));
    });
  });
  subgraph.keepAliveTimeout = 75_000;
  subgraph.on('connection', () => connections++);
  subgraph.listen(0, '127.0.0.1');
  await once(subgraph, 'listening');
  const { port } = subgraph.address() as AddressInfo;
  gateway = await startGateway({
    env: testServiceEnv(),
    port: 0,
    subgraphUrls: { customer: `http://127.0.0.1:${port}/graphql` },
  });
});

beforeEach(() => {
  received = [];
});

afterAll(async () => {
  await gateway?.stop();
  subgraph?.closeAllConnections();
  await new Promise((resolve) => (subgraph ? subgraph.close(resolve) : resolve(undefined)));
});

const count = '{ customers { totalCount } }';

test('forwards the caller’s bearer token and request id', async () => {
  const token = testToken(testTenant('fwd'), ['sales_rep']);
  const response = await graphql(gateway.url, count, {}, token, { 'x-request-id': 'trace-42' });
  expect(response.data).toEqual({ customers: { totalCount: 7 } });
  expect(received).toHaveLength(1);
  expect(received[0]!.headers.authorization).toBe(`Bearer ${token}`);
  expect(received[0]!.headers['x-request-id']).toBe('trace-42');
});

test('without a token sends none, and gives the request an id of its own', async () => {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: count }),
  });
  expect(response.status).toBe(200);
  const id = response.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(received).toHaveLength(1);
  expect(received[0]!.headers.authorization).toBeUndefined();
  expect(received[0]!.headers['x-request-id']).toBe(id);
});

test('keeps connections to the subgraph alive between requests', async () => {
  const token = testToken(testTenant('keepalive'), ['admin']);
  const before = connections;
  for (let i = 0; i < 5; i++) await graphql(gateway.url, count, {}, token);
  expect(received).toHaveLength(5);
  expect(new Set(received.map((r) => r.socket)).size).toBe(1);
  expect(connections - before).toBeLessThanOrEqual(1);
});
