import { signToken } from '@crm/platform';
import { errorCodes, graphql, TEST_JWT_SECRET, testTenant, testToken } from '@crm/testkit';
import { startGraph, type TestGraph } from './support/startGraph';

let graph: TestGraph;
const tenantA = testTenant('a');
const tenantB = testTenant('b');
const tokenA = testToken(tenantA, ['admin']);
const tokenB = testToken(tenantB, ['admin']);
let alphaId: string;
let bravoId: string;

const createCustomer = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const customerById = `query ($id: UUID!) { customer(id: $id) { id name } }`;
const customerList = `query ($search: String) {
  customers(search: $search) { totalCount edges { node { id name } } }
}`;
const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id name } } }`;

async function create(token: string, name: string): Promise<string> {
  const response = await graphql(
    graph.gateway.url,
    createCustomer,
    { input: { kind: 'ORGANIZATION', name } },
    token,
  );
  expect(response.errors).toBeUndefined();
  return (response.data!.createCustomer as { id: string }).id;
}

beforeAll(async () => {
  graph = await startGraph();
  alphaId = await create(tokenA, 'Alpha Industries');
  bravoId = await create(tokenB, 'Bravo Logistics');
});

afterAll(async () => {
  await graph?.stop();
});

describe('tenant A never sees tenant B', () => {
  test('by id', async () => {
    const own = await graphql(graph.gateway.url, customerById, { id: alphaId }, tokenA);
    expect(own.data).toEqual({ customer: { id: alphaId, name: 'Alpha Industries' } });
    const other = await graphql(graph.gateway.url, customerById, { id: bravoId }, tokenA);
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ customer: null });
  });

  test('in the connection and in search', async () => {
    const all = await graphql(graph.gateway.url, customerList, {}, tokenA);
    expect(all.data!.customers).toEqual({
      totalCount: 1,
      edges: [{ node: { id: alphaId, name: 'Alpha Industries' } }],
    });
    const searchOther = await graphql(graph.gateway.url, customerList, { search: 'Bravo' }, tokenA);
    expect(searchOther.data!.customers).toEqual({ totalCount: 0, edges: [] });
    const searchOwn = await graphql(graph.gateway.url, customerList, { search: 'bravo' }, tokenB);
    expect(searchOwn.data!.customers).toEqual({
      totalCount: 1,
      edges: [{ node: { id: bravoId, name: 'Bravo Logistics' } }],
    });
  });

  test('through _entities sent straight to the subgraph', async () => {
    const representations = [
      { __typename: 'Customer', id: alphaId },
      { __typename: 'Customer', id: bravoId },
    ];
    const asA = await graphql(graph.customer.url, entities, { r: representations }, tokenA);
    expect(asA.errors).toBeUndefined();
    expect(asA.data).toEqual({ _entities: [{ id: alphaId, name: 'Alpha Industries' }, null] });
    const asB = await graphql(graph.customer.url, entities, { r: representations }, tokenB);
    expect(asB.data).toEqual({ _entities: [null, { id: bravoId, name: 'Bravo Logistics' }] });
  });
});

describe('authentication', () => {
  test('no token: UNAUTHENTICATED at the gateway and straight at the subgraph, nothing returned', async () => {
    const viaGateway = await graphql(graph.gateway.url, customerList, {});
    expect(errorCodes(viaGateway)).toEqual(['UNAUTHENTICATED']);
    expect(viaGateway.data ?? null).toBeNull();
    expect(viaGateway.errors![0]!.message).toBe('A valid bearer token is required'); // the subgraph's own message
    expect(JSON.stringify(viaGateway)).not.toContain('Alpha');
    expect(JSON.stringify(viaGateway)).not.toContain(graph.customer.url); // the subgraph's address stays inside

    const direct = await graphql(graph.customer.url, customerList, {});
    expect(errorCodes(direct)).toEqual(['UNAUTHENTICATED']);
    const directEntities = await graphql(graph.customer.url, entities, {
      r: [{ __typename: 'Customer', id: alphaId }],
    });
    expect(errorCodes(directEntities)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(directEntities)).not.toContain('Alpha');
  });

  test('no token still allows what needs none (introspection of the graph)', async () => {
    const response = await graphql(graph.gateway.url, '{ __schema { queryType { name } } }');
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  test('a token signed with another key, an expired token or a malformed header: HTTP 401 UNAUTHENTICATED', async () => {
    const config = { JWT_ISSUER: 'crm-platform', JWT_AUDIENCE: 'crm-api' };
    const forged = signToken(
      { tenantId: tenantB, roles: ['admin'] },
      { ...config, JWT_SECRET: 'another-secret-0123456789abcdef' },
    );
    const expired = signToken(
      { tenantId: tenantA, roles: ['admin'], expiresIn: -60 },
      { ...config, JWT_SECRET: TEST_JWT_SECRET },
    );
    const wrongAudience = signToken(
      { tenantId: tenantA, roles: ['admin'] },
      { ...config, JWT_AUDIENCE: 'another-api', JWT_SECRET: TEST_JWT_SECRET },
    );
    for (const token of [forged, expired, wrongAudience]) {
      const response = await graphql(graph.gateway.url, customerList, {}, token);
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data ?? null).toBeNull();
    }
    const malformed = await graphql(graph.gateway.url, customerList, {}, undefined, {
      authorization: `Token ${tokenA}`,
    });
    expect(malformed.status).toBe(401);
    expect(errorCodes(malformed)).toEqual(['UNAUTHENTICATED']);
  });
});
