import { createHmac } from 'node:crypto';
import { signToken } from '@crm/platform';
import {
  errorCodes,
  graphql,
  TEST_JWT_SECRET,
  testTenant,
  testToken,
  type GraphQLResponse,
} from '@crm/testkit';
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

/** Asks for the customer list with `token` at `url`, expecting HTTP 401 and the one neutral error. */
async function refusedToken(url: string, token: string): Promise<GraphQLResponse> {
  const response = await graphql(url, customerList, {}, token);
  expect(response.status).toBe(401);
  expect(response.errors).toEqual([{ message: 'Invalid token', extensions: { code: 'UNAUTHENTICATED' } }]);
  return response;
}

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

  test('introspection needs a token outside development, at the gateway and straight at the subgraph', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    for (const url of [graph.gateway.url, graph.customer.url]) {
      const anonymous = await graphql(url, introspection);
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors).toEqual([
        { message: 'Introspection needs a valid bearer token', extensions: { code: 'UNAUTHENTICATED' } },
      ]);
      expect(anonymous.data ?? null).toBeNull();
      // One type at a time is introspection too.
      expect(errorCodes(await graphql(url, '{ __type(name: "Customer") { name } }'))).toEqual([
        'UNAUTHENTICATED',
      ]);
      // Any valid token may (the GraphiQL IDE sends the one it was given), whatever its role.
      const readonly = await graphql(url, introspection, {}, testToken(tenantA, ['readonly']));
      expect(readonly.status).toBe(200);
      expect(readonly.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    }
    // In production too; in development anyone may, for the IDE without a token.
    const production = await graph.startGateway({ env: { NODE_ENV: 'production' } });
    expect((await graphql(production.url, introspection)).status).toBe(401);
    const development = await graph.startGateway({ env: { NODE_ENV: 'development' } });
    const open = await graphql(development.url, introspection);
    expect(open.status).toBe(200);
    expect(open.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  test('a refused token reads "Invalid token": nothing of the expected issuer, audience or key', async () => {
    const config = { JWT_ISSUER: 'crm-platform', JWT_AUDIENCE: 'crm-api' };
    const wrongAudience = signToken(
      { tenantId: tenantA, roles: ['admin'] },
      { ...config, JWT_AUDIENCE: 'another-api', JWT_SECRET: TEST_JWT_SECRET },
    );
    const wrongIssuer = signToken(
      { tenantId: tenantA, roles: ['admin'] },
      { ...config, JWT_ISSUER: 'another-issuer', JWT_SECRET: TEST_JWT_SECRET },
    );
    for (const url of [graph.gateway.url, graph.customer.url]) {
      for (const token of [wrongAudience, wrongIssuer]) {
        const response = await refusedToken(url, token);
        for (const expected of ['crm-api', 'crm-platform', 'jwt', 'expected']) {
          expect(JSON.stringify(response)).not.toContain(expected);
        }
      }
    }
  });

  test('a token without exp, or made to live longer than a day, is refused', async () => {
    // Signed with the right key, by hand: signToken always sets exp.
    const hs256 = (payload: object) => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
      return `${unsigned}.${createHmac('sha256', TEST_JWT_SECRET).update(unsigned).digest('base64url')}`;
    };
    const iat = Math.floor(Date.now() / 1000);
    const claims = {
      sub: 'user-admin',
      tid: tenantA,
      roles: ['admin'],
      iss: 'crm-platform',
      aud: 'crm-api',
      iat,
    };
    const forever = hs256(claims);
    const longLived = hs256({ ...claims, exp: iat + 30 * 86_400 });
    const daily = hs256({ ...claims, exp: iat + 86_400 });
    for (const url of [graph.gateway.url, graph.customer.url]) {
      for (const token of [forever, longLived]) await refusedToken(url, token);
      expect((await graphql(url, customerList, {}, daily)).data!.customers).toMatchObject({ totalCount: 1 });
    }
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
