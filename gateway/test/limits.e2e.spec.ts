import { createHash } from 'node:crypto';
import { errorCodes, graphql, testTenant, testToken, type GraphQLResponse } from '@crm/testkit';
import { startGraph, type TestGraph } from './support/startGraph';

let graph: TestGraph;
const token = testToken(testTenant('limits'), ['admin']);

beforeAll(async () => {
  graph = await startGraph({ MAX_QUERY_DEPTH: '8', MAX_QUERY_COST: '10000' });
});

afterAll(async () => {
  await graph?.stop();
});

describe('depth limit', () => {
  // customers(1) edges(2) node(3) interactions(4) edges(5) node(6) customer(7) id(8): small pages, so cheap.
  const atLimit = `{ customers(first: 1) { edges { node { interactions(first: 1) { edges { node { customer { id } } } } } } } }`;
  const overLimit = `query Deep { customers { edges { node { ...People } } } }
    fragment People on Customer { contacts { contact { organizations { organization { contacts { role } } } } } }`;

  test('an operation as deep as the limit runs', async () => {
    const response = await graphql(graph.gateway.url, atLimit, {}, token);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ customers: { edges: [] } });
  });

  test('one level deeper (through a fragment) is refused with the depth and the limit', async () => {
    const response = await graphql(graph.gateway.url, overLimit, {}, token);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: "The operation's depth is 9; the limit is 8",
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', value: 9, max: 8 }),
      }),
    ]);
  });
});

describe('cost limit', () => {
  const nested = `query ($n: Int) {
    customers(first: $n) { edges { node { interactions(first: $n) { edges { node { id subject } } } } } }
  }`;

  test('counts the page sizes the variables ask for: 5 × 5 runs, 100 × 100 is refused', async () => {
    const small = await graphql(graph.gateway.url, nested, { n: 5 }, token);
    expect(small.errors).toBeUndefined();
    expect(small.data).toEqual({ customers: { edges: [] } });

    const large = await graphql(graph.gateway.url, nested, { n: 100 }, token);
    expect(large.status).toBe(400);
    expect(errorCodes(large)).toEqual(['COST_LIMIT_EXCEEDED']);
    // 1 + 100 × (edges 1 + node 1 + interactions (1 + 100 × (edges 1 + node 1)))
    expect(large.errors![0]!.extensions).toMatchObject({ limit: 'cost', value: 20_301, max: 10_000 });
    expect(large.errors![0]!.message).toBe(
      "The operation's estimated cost is 20301; the limit is 10000: ask for smaller pages (first/last), fewer nested lists or fewer reports",
    );
    expect(large.data ?? null).toBeNull();
  });

  // Lists without paging counted once: this passed at cost ~6 and may return every contact of every
  // organization of every contact. A list now counts its declared size (@listSize), else 100.
  const contactsOfContacts = `query ($id: UUID!) {
    customer(id: $id) { contacts { contact { organizations { organization { contacts { role } } } } } }
  }`;
  const id = '00000000-0000-4000-8000-000000000001';

  test('a list without paging counts as many items as it may hold, at the gateway', async () => {
    const response = await graphql(graph.gateway.url, contactsOfContacts, { id }, token);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['COST_LIMIT_EXCEEDED']);
    // 1 + contacts 1 + 100 × (contact 1 + organizations 1 + 100 × (organization 1 + contacts 1))
    expect(response.errors![0]!.extensions).toMatchObject({ value: 20_202, max: 10_000 });
  });

  test('a subgraph reached directly enforces the same limits (it is reachable without the gateway)', async () => {
    const response = await graphql(graph.customer.url, contactsOfContacts, { id }, token);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['COST_LIMIT_EXCEEDED']);
    const aliases = Array.from({ length: 31 }, (_, i) => `c${i}: customers(first: 1) { totalCount }`);
    const aliased = await graphql(graph.customer.url, `{ ${aliases.join(' ')} }`, {}, token);
    expect(errorCodes(aliased)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(aliased.errors![0]!.extensions).toMatchObject({ limit: 'aliases', value: 31, max: 30 });
  });

  test('a report costs its weight: 11 customerAnalysis cost 11,000; 300 aliases are refused before', async () => {
    const reports = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `r${i}: customerAnalysis { topCustomers { orderCount } }`).join(' ')} }`;
    const eleven = await graphql(graph.gateway.url, reports(11), {}, token);
    expect(errorCodes(eleven)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(eleven.errors![0]!.extensions).toMatchObject({ value: 11 * (1000 + 1), max: 10_000 });
    const many = await graphql(graph.gateway.url, reports(300), {}, token);
    expect(errorCodes(many)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(many.errors![0]!.extensions).toMatchObject({ limit: 'aliases', value: 300, max: 30 });
  });

  test('a missing required variable is the client’s error, not a cost', async () => {
    const response = await graphql(
      graph.gateway.url,
      `
        query ($id: UUID!) {
          customer(id: $id) {
            id
          }
        }
      `,
      {},
      token,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

test('every statement of a service has a time limit (DB_STATEMENT_TIMEOUT_MS, 30 s by default)', async () => {
  const [setting] = await graph.customer.dataSource.query('SHOW statement_timeout');
  expect(setting).toEqual({ statement_timeout: '30s' });
});

describe('automatic persisted queries', () => {
  async function post(body: Record<string, unknown>): Promise<GraphQLResponse> {
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
  }

  test('hash only: PERSISTED_QUERY_NOT_FOUND; then hash and query run; then the hash alone runs', async () => {
    const query = `query CountForApq { customers { totalCount } }`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };

    const unknown = await post({ extensions: { persistedQuery } });
    expect(errorCodes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ customers: { totalCount: 0 } });

    const byHash = await post({ extensions: { persistedQuery } });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual({ customers: { totalCount: 0 } });
  });

  test('a query that does not match its hash is refused', async () => {
    const response = await post({
      query: '{ customers { totalCount } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'provided sha does not match query',
        extensions: { code: 'BAD_REQUEST' },
      }),
    ]);
    expect(response.data ?? null).toBeNull();
  });
});

test('CSRF prevention: a GET without a preflight header is refused, with one it runs', async () => {
  const url = `${graph.gateway.url}?query=${encodeURIComponent('{ __typename }')}`;
  const simple = await fetch(url);
  expect(simple.status).toBe(400);
  expect(await simple.text()).toContain('CSRF');
  const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
  expect(preflighted.status).toBe(200);
  expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
});
