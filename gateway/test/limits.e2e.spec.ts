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
  // customers(1) edges(2) node(3) contacts(4) contact(5) organizations(6) organization(7) ...
  const atLimit = `{ customers { edges { node { contacts { contact { organizations { organization { id } } } } } } } }`;
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
        message: 'Operation Deep nests fields 9 levels deep; the limit is 8',
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', depth: 9, maxDepth: 8 }),
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
    expect(errorCodes(large)).toEqual(['COST_ESTIMATED_TOO_EXPENSIVE']);
    // 1 + 100 × (edges 1 + node 1 + interactions (1 + 100 × (edges 1 + node 1)))
    expect(large.errors![0]!.extensions).toMatchObject({ cost: 20_301, maxCost: 10_000 });
    expect(large.errors![0]!.message).toBe(
      'Query cost 20301 exceeds the limit of 10000: ask for smaller pages (first/last) or fewer nested lists',
    );
    expect(large.data ?? null).toBeNull();
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
