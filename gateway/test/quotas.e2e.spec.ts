// Quotas: one tenant that floods the gateway spends its own budget only. The budget is request cost (not
// request count), per tenant and per user, kept in PostgreSQL so that every replica draws from the same one.
import { errorCodes, graphql, testTenant, testToken } from '@crm/testkit';
import { createLogger } from '@crm/platform';
import type { GatewayContext } from '../src/gatewayContext';
import { quotaAdmission } from '../src/quotas/quotas';
import { TokenBuckets } from '../src/quotas/tokenBuckets';
import { startGraph, type TestGraph } from './support/startGraph';

const flooding = testTenant('flooding');
const quiet = testTenant('quiet');
let graph: TestGraph;

// 1 + 100 × (edges 1 + node 1 + interactions (1 + 24 × 2)) = 5,101: two of them spend most of the flooding tenant's 10,300.
const heavy = `{ customers(first: 100) { edges { node { interactions(first: 24) { edges { node { id } } } } } } }`;

beforeAll(async () => {
  graph = await startGraph({
    TENANT_QUOTAS: JSON.stringify({ [flooding]: { tenantCapacity: 10_300, tenantRefillPerSecond: 1 } }),
  });
});

afterAll(async () => {
  await graph?.stop();
});

test('a tenant that spends its budget gets RATE_LIMITED (429, Retry-After) on every replica; another tenant does not', async () => {
  const floodingUser = testToken(flooding, ['admin'], 'flooder');
  const floodingColleague = testToken(flooding, ['admin'], 'colleague');
  for (let request = 0; request < 2; request++) {
    expect((await graphql(graph.gateway.url, heavy, {}, floodingUser)).errors).toBeUndefined();
  }

  const refused = await fetch(graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${floodingUser}` },
    body: JSON.stringify({ query: heavy }),
  });
  expect(refused.status).toBe(429);
  const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
  expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'cost' });
  const retryAfter = body.errors[0]!.extensions.retryAfter as number;
  // 5,101 missing at 1 per second, give or take the tokens gained meanwhile.
  expect(retryAfter).toBeGreaterThan(4_000);
  expect(refused.headers.get('retry-after')).toBe(String(retryAfter));

  // The tenant's budget, not the user's: a colleague is refused too, on a second replica as well.
  const replica = await graph.startGateway();
  expect(errorCodes(await graphql(replica.url, heavy, {}, floodingColleague))).toEqual(['RATE_LIMITED']);

  // Another tenant, meanwhile, on either replica.
  const quietUser = testToken(quiet, ['admin'], 'quiet');
  for (const url of [graph.gateway.url, replica.url]) {
    const response = await graphql(url, heavy, {}, quietUser);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ customers: { edges: [] } });
  }
});

describe('TokenBuckets', () => {
  let buckets: TokenBuckets;
  let otherReplica: TokenBuckets;
  const limit = { capacity: 100, refillPerSecond: 10 };
  const start = new Date('2026-12-08T10:00:00.000Z');
  const later = (seconds: number) => new Date(start.getTime() + seconds * 1_000);

  beforeAll(async () => {
    buckets = await TokenBuckets.open(process.env.DATABASE_URL!, graph.env.DB_PREFIX);
    otherReplica = await TokenBuckets.open(process.env.DATABASE_URL!, graph.env.DB_PREFIX);
  });

  afterAll(async () => {
    await buckets?.close();
    await otherReplica?.close();
  });

  test('takes cost until empty, says when it has enough again, and fills at its rate', async () => {
    const key = `test:${testTenant('bucket')}`;
    expect(await buckets.charge([{ key, limit }], 60, start)).toEqual({ allowed: true });
    // The other replica sees the same bucket: 40 left.
    expect(await otherReplica.charge([{ key, limit }], 60, start)).toEqual({
      allowed: false,
      retryAfterSeconds: 2,
    });
    expect(await otherReplica.charge([{ key, limit }], 60, later(2))).toEqual({ allowed: true });
    // Full again after long enough, never fuller than its capacity.
    expect(await buckets.charge([{ key, limit }], 100, later(3_600))).toEqual({ allowed: true });
    expect(await buckets.charge([{ key, limit }], 1, later(3_600))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });

  test('charges every bucket or none: a refusal by the second gives the first its tokens back', async () => {
    const tenant = `test:${testTenant('tenant')}`;
    const user = `test:${testTenant('user')}`;
    expect(await buckets.charge([{ key: user, limit }], 90, start)).toEqual({ allowed: true });
    const both = [
      { key: tenant, limit },
      { key: user, limit },
    ];
    expect(await buckets.charge(both, 50, start)).toEqual({ allowed: false, retryAfterSeconds: 4 });
    // The tenant's bucket is whole: 100 can be taken from it.
    expect(await buckets.charge([{ key: tenant, limit }], 100, start)).toEqual({ allowed: true });
  });

  test("caps a tenant's reports running at once; one that ends frees its place", async () => {
    const generous = { capacity: 1_000_000, refillPerSecond: 1_000_000 };
    const admit = quotaAdmission(
      buckets,
      () => ({ tenant: generous, subject: generous, concurrentReports: 2 }),
      createLogger('test'),
    );
    const context = (tenantId: string): GatewayContext => ({
      requestId: 'r',
      clientAddress: '127.0.0.1',
      principal: { tenantId, userId: 'analyst', roles: ['analyst'], token: 't' },
    });
    const busy = testTenant('busy');
    const first = await admit({ cost: 1_000, reports: 1 }, context(busy));
    await admit({ cost: 1_000, reports: 1 }, context(busy));
    await expect(admit({ cost: 1_000, reports: 1 }, context(busy))).rejects.toMatchObject({
      extensions: expect.objectContaining({
        code: 'RATE_LIMITED',
        limit: 'concurrentReports',
        retryAfter: 1,
      }),
    });
    // Plain queries and other tenants' reports are not held.
    await admit({ cost: 50, reports: 0 }, context(busy));
    await admit({ cost: 1_000, reports: 1 }, context(testTenant('other')));
    first!();
    await admit({ cost: 1_000, reports: 1 }, context(busy));
  });
});
