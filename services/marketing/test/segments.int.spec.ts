// Segments evaluated against marketing's customer projection: rules with and/or/not, static lists,
// preview counts, and the segment's own CRUD with its events.
import { testTenant } from '@crm/testkit';
import { knownCustomers } from './support/customerEvents';
import {
  createSegment,
  createSegmentMutation,
  deleteSegmentMutation,
  outboxOf,
  previewQuery,
  segmentQuery,
  segmentsQuery,
  tenantRows,
  updateSegmentMutation,
} from './support/marketingOperations';
import {
  dataOf,
  errorOf,
  startMarketingService,
  tokenFor,
  type MarketingTestService,
} from './support/marketingTestService';

let app: MarketingTestService;
const tenant = testTenant('segments');
const token = tokenFor(tenant);
let customers: Awaited<ReturnType<typeof knownCustomers>>;

beforeAll(async () => {
  app = await startMarketingService();
  customers = await knownCustomers(app, tenant, [
    {
      name: 'Retail FR',
      industry: 'Retail',
      address: address('FR'),
      tags: ['vip'],
      lifecycleStage: 'CUSTOMER',
    },
    { name: 'Retail DE', industry: 'Retail', address: address('DE'), tags: [] },
    { name: 'Bank DE', industry: 'Banking', address: address('DE'), tags: ['vip', 'eu'] },
    {
      name: 'Ann',
      kind: 'PERSON',
      industry: null,
      tags: ['newsletter'],
      createdAt: '2026-06-01T00:00:00.000Z',
    },
  ]);
});

afterAll(async () => {
  await app?.stop();
});

function address(country: string) {
  return { line1: null, line2: null, city: null, region: null, postalCode: null, country };
}

const preview = async (rules: Record<string, unknown>) =>
  dataOf(await app.request(previewQuery, { rules }, token)).segmentPreview.memberCount as number;

it('counts the customers rules pick, with and/or/not', async () => {
  expect(await preview({})).toBe(4);
  expect(await preview({ industry: { eq: 'Retail' } })).toBe(2);
  expect(await preview({ industry: { eq: 'Retail' }, country: { eq: 'DE' } })).toBe(1);
  expect(await preview({ or: [{ industry: { eq: 'Banking' } }, { country: { eq: 'FR' } }] })).toBe(2);
  // SQL's three-valued logic, as in every filter of the platform: no industry is neither Retail nor not Retail.
  expect(await preview({ not: { industry: { eq: 'Retail' } } })).toBe(1);
  expect(await preview({ and: [{ tags: { hasAny: ['vip'] } }, { not: { country: { eq: 'FR' } } }] })).toBe(1);
  expect(await preview({ kind: { eq: 'PERSON' }, createdAt: { gte: '2026-05-01T00:00:00Z' } })).toBe(1);
  expect(await preview({ lifecycleStage: { in: ['CUSTOMER', 'CHURNED'] } })).toBe(1);
  expect(await preview({ industry: { contains: 'ank' } })).toBe(1);
  // Another tenant's customers are never counted.
  expect(
    dataOf(await app.request(previewQuery, { rules: {} }, tokenFor(testTenant('other')))).segmentPreview,
  ).toEqual({
    memberCount: 0,
  });
});

it('keeps dynamic and static segments, each with its member count', async () => {
  const eu = await createSegment(app, token, {
    name: 'EU VIPs',
    kind: 'DYNAMIC',
    rules: { tags: { hasAny: ['vip'] }, country: { in: ['FR', 'DE'] } },
  });
  const listed = await createSegment(app, token, {
    name: 'Hand-picked',
    kind: 'STATIC',
    // One listed id the projection does not know (yet): not counted.
    customerIds: [customers[1]!.id, customers[3]!.id, '00000000-0000-4000-8000-000000000001'],
  });
  const { segment } = dataOf(await app.request(segmentQuery, { id: eu.id }, token));
  expect(segment).toMatchObject({
    name: 'EU VIPs',
    kind: 'DYNAMIC',
    rules: { tags: { hasAny: ['vip'] }, country: { in: ['FR', 'DE'] } },
    customerIds: [],
    memberCount: 2,
  });
  expect(listed.memberCount).toBe(2);
  const { segments } = dataOf(await app.request(segmentsQuery, { search: 'e' }, token));
  expect(segments.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
    { id: listed.id, name: 'Hand-picked', memberCount: 2 },
    { id: eu.id, name: 'EU VIPs', memberCount: 2 },
  ]);

  const narrowed = dataOf(
    await app.request(
      updateSegmentMutation,
      { id: eu.id, input: { rules: { tags: { hasAll: ['vip', 'eu'] } } }, expectedVersion: 1 },
      token,
    ),
  ).updateSegment;
  expect(narrowed).toMatchObject({ version: 2, memberCount: 1 });
  const wrongKind = await app.request(
    updateSegmentMutation,
    { id: eu.id, input: { customerIds: [customers[0]!.id] }, expectedVersion: 2 },
    token,
  );
  expect(errorOf(wrongKind)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.customerIds': 'Only static segments list customers' },
  });
  dataOf(await app.request(deleteSegmentMutation, { id: listed.id }, token));
  expect(dataOf(await app.request(segmentQuery, { id: listed.id }, token)).segment).toBeNull();

  const events = (await outboxOf(app, tenant)).map((event) => event.type);
  expect(events).toEqual([
    'crm.marketing.segment.created.v1',
    'crm.marketing.segment.created.v1',
    'crm.marketing.segment.updated.v1',
    'crm.marketing.segment.deleted.v1',
  ]);
});

it('refuses a segment without what its kind needs, writing nothing', async () => {
  const other = testTenant('segment-input');
  const otherToken = tokenFor(other);
  const noRules = await app.request(
    createSegmentMutation,
    { input: { name: 'X', kind: 'DYNAMIC' } },
    otherToken,
  );
  expect(errorOf(noRules)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.rules': 'A dynamic segment needs rules' },
  });
  const mixed = await app.request(
    createSegmentMutation,
    { input: { name: '', kind: 'STATIC', customerIds: [], rules: { industry: { eq: 'Retail' } } } },
    otherToken,
  );
  expect(errorOf(mixed)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.name': 'Must not be empty',
      'input.customerIds': 'At least one customer',
      'input.rules': 'Only dynamic segments have rules',
    },
  });
  const badRule = await app.request(previewQuery, { rules: { industry: { like: 'x' } } }, otherToken);
  expect(errorOf(badRule).code).toBe('BAD_USER_INPUT');
  expect(await tenantRows(app, other)).toMatchObject({ segments: 0, outbox: 0, audit: 0 });
});
