// Campaign mutations against real PostgreSQL: each change writes the campaign, its audit record and its
// event in one transaction; bad input and illegal moves write nothing and emit nothing.
import { testTenant, forThisFile } from '@crm/testkit';
import {
  abortCampaignMutation,
  campaignsQuery,
  completeCampaignMutation,
  createCampaign,
  createCampaignMutation,
  launchCampaignMutation,
  outboxOf,
  tenantRows,
  updateCampaignMutation,
} from './support/marketingOperations';
import { dataOf, errorOf, startMarketingService, tokenFor } from './support/marketingTestService';

const app = forThisFile(() => startMarketingService({ withoutConsumers: true }));

it('plans a campaign with its money in one currency, and publishes it in full', async () => {
  const tenant = testTenant('create');
  const token = tokenFor(tenant);
  const campaign = await createCampaign(app, token, {
    name: '  Expo 2026 ',
    type: 'TRADE_SHOW',
    startDate: '2026-05-04',
    endDate: '2026-05-06',
    location: 'Hall 4, Hanover',
    currency: 'eur',
    budget: '25000',
    expectedRevenue: '120000.5',
    expectedResponseRate: '12.5',
    description: 'Our booth',
  });
  expect(campaign).toMatchObject({
    name: 'Expo 2026',
    type: 'TRADE_SHOW',
    status: 'PLANNED',
    startDate: '2026-05-04',
    endDate: '2026-05-06',
    location: 'Hall 4, Hanover',
    currency: 'EUR',
    budget: '25000.00',
    actualCost: null,
    expectedRevenue: '120000.50',
    expectedResponseRate: '12.50',
    ownerId: 'user-marketer',
    version: 1,
  });
  const [event] = await outboxOf(app, tenant);
  expect(event).toMatchObject({
    type: 'crm.marketing.campaign.created.v1',
    aggregateid: campaign.id,
    payload: {
      campaign: {
        id: campaign.id,
        status: 'PLANNED',
        budget: '25000.00',
        currency: 'EUR',
        startDate: '2026-05-04',
      },
      changedFields: expect.arrayContaining(['name', 'budget', 'startDate']),
    },
  });
  expect(await tenantRows(app, tenant)).toMatchObject({ campaigns: 1, outbox: 1, audit: 1 });
});

it('refuses bad input field by field, writing nothing', async () => {
  const tenant = testTenant('bad-input');
  const token = tokenFor(tenant);
  const bad = await app.request(
    createCampaignMutation,
    {
      input: {
        name: ' ',
        type: 'EVENT',
        startDate: '2026-05-04',
        endDate: '2026-05-01',
        budget: '-5',
        currency: 'EURO',
        expectedResponseRate: '150',
      },
    },
    token,
  );
  expect(errorOf(bad)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.name': 'Must not be empty',
      'input.budget': expect.any(String),
      'input.currency': 'ISO 4217 code, e.g. EUR',
      'input.expectedResponseRate': 'At most 100 (percent)',
      'input.endDate': 'Must not be before the start date',
    },
  });
  const unknownType = await app.request(
    createCampaignMutation,
    { input: { name: 'X', type: 'RADIO' } },
    token,
  );
  expect(errorOf(unknownType).code).toBe('BAD_USER_INPUT');
  expect(await tenantRows(app, tenant)).toEqual({
    campaigns: 0,
    segments: 0,
    members: 0,
    outbox: 0,
    audit: 0,
  });

  const campaign = await createCampaign(app, token, { startDate: '2026-05-04' });
  const before = await tenantRows(app, tenant);
  // The stored start date counts: an end date alone before it is refused too.
  const endOnly = await app.request(
    updateCampaignMutation,
    { id: campaign.id, input: { endDate: '2026-05-01' }, expectedVersion: 1 },
    token,
  );
  expect(errorOf(endOnly)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.endDate': 'Must not be before the start date' },
  });
  expect(await tenantRows(app, tenant)).toEqual(before);
});

it('updates only the fields given, refuses a stale version, and emits what changed', async () => {
  const tenant = testTenant('update');
  const token = tokenFor(tenant);
  const campaign = await createCampaign(app, token, { budget: '1000', location: 'Online' });
  const { updateCampaign: updated } = dataOf(
    await app.request(
      updateCampaignMutation,
      { id: campaign.id, input: { budget: '1500.25', location: null }, expectedVersion: 1 },
      token,
    ),
  );
  expect(updated).toMatchObject({ budget: '1500.25', location: null, name: 'Spring launch', version: 2 });
  const stale = await app.request(
    updateCampaignMutation,
    { id: campaign.id, input: { name: 'Late' }, expectedVersion: 1 },
    token,
  );
  expect(errorOf(stale).code).toBe('CONFLICT');
  // The same values again change nothing: no new version, no event.
  const same = dataOf(
    await app.request(
      updateCampaignMutation,
      { id: campaign.id, input: { budget: '1500.25' }, expectedVersion: 2 },
      token,
    ),
  ).updateCampaign;
  expect(same.version).toBe(2);
  const events = await outboxOf(app, tenant);
  expect(events.map((event) => event.type)).toEqual([
    'crm.marketing.campaign.created.v1',
    'crm.marketing.campaign.updated.v1',
  ]);
  expect(events[1]!.payload.changedFields.sort()).toEqual(['budget', 'location']);
  const missing = await app.request(
    updateCampaignMutation,
    { id: '00000000-0000-4000-8000-000000000000', input: { name: 'X' }, expectedVersion: 1 },
    token,
  );
  expect(errorOf(missing).code).toBe('NOT_FOUND');
});

it('launches and completes a campaign, and refuses illegal moves without writing', async () => {
  const tenant = testTenant('workflow');
  const token = tokenFor(tenant);
  const campaign = await createCampaign(app, token, { budget: '1000' });

  const early = await app.request(completeCampaignMutation, { id: campaign.id }, token);
  expect(errorOf(early).code).toBe('CONFLICT');
  const rowsBefore = await tenantRows(app, tenant);

  const launched = dataOf(
    await app.request(launchCampaignMutation, { id: campaign.id, expectedVersion: 1 }, token),
  ).launchCampaign;
  expect(launched).toMatchObject({ status: 'ACTIVE', version: 2, launchedAt: expect.any(String) });
  const again = await app.request(launchCampaignMutation, { id: campaign.id }, token);
  expect(errorOf(again).code).toBe('CONFLICT');

  const badCost = await app.request(completeCampaignMutation, { id: campaign.id, actualCost: '-3' }, token);
  expect(errorOf(badCost)).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: { actualCost: expect.any(String) },
  });
  const completed = dataOf(
    await app.request(completeCampaignMutation, { id: campaign.id, actualCost: '980.40' }, token),
  ).completeCampaign;
  expect(completed).toMatchObject({
    status: 'COMPLETED',
    actualCost: '980.40',
    completedAt: expect.any(String),
  });

  // A completed campaign is final: late costs and notes are still taken, nothing else.
  const renamed = await app.request(
    updateCampaignMutation,
    { id: campaign.id, input: { name: 'Renamed' }, expectedVersion: completed.version },
    token,
  );
  expect(errorOf(renamed).code).toBe('CONFLICT');
  const abort = await app.request(abortCampaignMutation, { id: campaign.id }, token);
  expect(errorOf(abort).code).toBe('CONFLICT');
  const cost = dataOf(
    await app.request(
      updateCampaignMutation,
      { id: campaign.id, input: { actualCost: '1010.00' }, expectedVersion: completed.version },
      token,
    ),
  ).updateCampaign;
  expect(cost.actualCost).toBe('1010.00');

  const events = await outboxOf(app, tenant);
  expect(events.map((event) => event.type)).toEqual([
    'crm.marketing.campaign.created.v1',
    'crm.marketing.campaign.launched.v1',
    'crm.marketing.campaign.completed.v1',
    'crm.marketing.campaign.updated.v1',
  ]);
  expect(events[2]!.payload).toMatchObject({
    previousStatus: 'ACTIVE',
    campaign: { status: 'COMPLETED', actualCost: '980.40' },
    changedFields: expect.arrayContaining(['status', 'completedAt', 'actualCost']),
  });
  expect(rowsBefore).toMatchObject({ outbox: 1, audit: 1 });
  expect(await tenantRows(app, tenant)).toMatchObject({ outbox: 4, audit: 4 });
});

it('aborts a planned campaign with its reason', async () => {
  const tenant = testTenant('abort');
  const token = tokenFor(tenant);
  const campaign = await createCampaign(app, token);
  const aborted = dataOf(
    await app.request(abortCampaignMutation, { id: campaign.id, reason: 'Budget cut' }, token),
  ).abortCampaign;
  expect(aborted).toMatchObject({
    status: 'ABORTED',
    abortReason: 'Budget cut',
    abortedAt: expect.any(String),
  });
  expect(errorOf(await app.request(launchCampaignMutation, { id: campaign.id }, token)).code).toBe(
    'CONFLICT',
  );
  const events = await outboxOf(app, tenant);
  expect(events.at(-1)).toMatchObject({
    type: 'crm.marketing.campaign.aborted.v1',
    payload: { previousStatus: 'PLANNED', campaign: { abortReason: 'Budget cut' } },
  });
});

it('lists campaigns by filter, search and page', async () => {
  const tenant = testTenant('list');
  const token = tokenFor(tenant);
  const webinar = await createCampaign(app, token, {
    name: 'Cloud webinar',
    type: 'WEBINAR',
    startDate: '2026-03-01',
  });
  const expo = await createCampaign(app, token, {
    name: 'Expo',
    type: 'TRADE_SHOW',
    location: 'Hanover',
    startDate: '2026-05-04',
  });
  await createCampaign(app, token, { name: 'Newsletter', type: 'EMAIL' });
  await app.request(launchCampaignMutation, { id: expo.id }, token);

  const list = async (variables: Record<string, unknown>) =>
    dataOf(await app.request(campaignsQuery, variables, token)).campaigns;
  const names = async (variables: Record<string, unknown>) =>
    (await list(variables)).edges.map((edge: { node: { name: string } }) => edge.node.name);

  expect(await names({ orderBy: { field: 'NAME' } })).toEqual(['Cloud webinar', 'Expo', 'Newsletter']);
  expect(await names({ filter: { status: { eq: 'ACTIVE' } } })).toEqual(['Expo']);
  expect(
    await names({
      filter: { or: [{ type: { eq: 'WEBINAR' } }, { type: { eq: 'EMAIL' } }] },
      orderBy: { field: 'NAME' },
    }),
  ).toEqual(['Cloud webinar', 'Newsletter']);
  expect(await names({ filter: { startDate: { gte: '2026-04-01' } } })).toEqual(['Expo']);
  expect(
    await names({
      filter: { not: { startDate: { lt: '2026-04-01' } }, type: { in: ['WEBINAR', 'TRADE_SHOW'] } },
    }),
  ).toEqual(['Expo']);
  expect(await names({ search: 'hanov' })).toEqual(['Expo']);
  const first = await list({ orderBy: { field: 'NAME' }, first: 2 });
  expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  expect(await names({ orderBy: { field: 'NAME' }, first: 2, after: first.pageInfo.endCursor })).toEqual([
    'Newsletter',
  ]);
  expect(webinar.startDate).toBe('2026-03-01');
});
