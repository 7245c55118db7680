// Opportunities against the real service: stages move by the rules with a history of who moved them and
// how long the deal stayed; losing needs a reason; illegal moves and bad input write nothing.
import { randomUUID } from 'node:crypto';
import { testTenant } from '@crm/testkit';
import { placeOrderMutation, salesCatalogue } from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

const fields = `id name customerId amount currency stage probability forecastCategory expectedCloseDate ownerId
  competitors lossReason closedAt version stageHistory { from to by daysInPreviousStage }`;
const create = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${fields} } }`;
const update = `mutation ($id: UUID!, $input: UpdateOpportunityInput!, $v: Int!) {
  updateOpportunity(id: $id, input: $input, expectedVersion: $v) { ${fields} }
}`;
const move = `mutation ($id: UUID!, $input: ChangeOpportunityStageInput!, $v: Int) {
  changeOpportunityStage(id: $id, input: $input, expectedVersion: $v) { ${fields} }
}`;

const customerId = randomUUID();
const validDeal = {
  name: 'Fleet rollout 2027',
  customerId,
  amount: '48000.5',
  currency: 'eur',
  expectedCloseDate: '2027-03-31',
  competitors: ['Acme CRM', 'Acme CRM', 'Other Co'],
};

async function createDeal(token: string, input: Record<string, unknown> = {}) {
  return dataOf(await app.request(create, { input: { ...validDeal, ...input } }, token)).createOpportunity;
}

/** Pretends the deal entered its current stage `days` days (and an hour) ago. */
async function enteredDaysAgo(id: string, days: number): Promise<void> {
  await app.sql(
    `UPDATE opportunity SET stage_entered_at = now() - make_interval(days => $2, hours => 1) WHERE id = $1`,
    [id, days],
  );
}

it('creates a deal in PROSPECTING with the default probability, and updates it by version', async () => {
  const tenant = testTenant('opportunity-create');
  const token = tokenFor(tenant, 'sales_rep', 'rep-1');
  const deal = await createDeal(token);
  expect(deal).toMatchObject({
    amount: '48000.50',
    currency: 'EUR',
    stage: 'PROSPECTING',
    probability: 10,
    forecastCategory: 'PIPELINE',
    expectedCloseDate: '2027-03-31',
    ownerId: 'rep-1',
    competitors: ['Acme CRM', 'Other Co'],
    stageHistory: [],
    version: 1,
  });
  const updated = dataOf(
    await app.request(
      update,
      { id: deal.id, input: { probability: 35, forecastCategory: 'BEST_CASE' }, v: 1 },
      token,
    ),
  ).updateOpportunity;
  expect(updated).toMatchObject({ probability: 35, forecastCategory: 'BEST_CASE', version: 2 });
  const stale = await app.request(update, { id: deal.id, input: { name: 'Other' }, v: 1 }, token);
  expect(errorOf(stale).code).toBe('CONFLICT');

  const before = await tenantRows(app, tenant);
  const bad = await app.request(
    create,
    { input: { ...validDeal, name: ' ', amount: '-3', probability: 101, currency: 'EURO' } },
    token,
  );
  expect(errorOf(bad)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.name': 'Must not be empty',
      'input.amount': 'A decimal of at least 0 with at most 2 decimals, e.g. "1234.50"',
      'input.probability': 'At most 100',
      'input.currency': 'ISO 4217 code, e.g. EUR',
    },
  });
  expect(await tenantRows(app, tenant)).toEqual(before);
  expect((await outboxOf(app, tenant)).map((row) => [row.type, row.payload.changedFields])).toEqual([
    ['crm.sales.opportunity.created.v1', expect.arrayContaining(['name', 'stage', 'probability'])],
    ['crm.sales.opportunity.updated.v1', ['probability', 'forecastCategory']],
  ]);
});

it('moves through the stages with a history of days spent, and wins', async () => {
  const tenant = testTenant('opportunity-win');
  const token = tokenFor(tenant, 'sales_rep', 'rep-1');
  const deal = await createDeal(token, { forecastCategory: 'COMMIT' });
  await enteredDaysAgo(deal.id, 4);
  const qualified = dataOf(
    await app.request(move, { id: deal.id, input: { stage: 'QUALIFICATION' }, v: 1 }, token),
  );
  expect(qualified.changeOpportunityStage).toMatchObject({ stage: 'QUALIFICATION', probability: 20 });
  await enteredDaysAgo(deal.id, 9);
  dataOf(await app.request(move, { id: deal.id, input: { stage: 'PROPOSAL', probability: 60 } }, token));

  const before = await tenantRows(app, tenant);
  const illegal: Record<string, unknown>[] = [
    { stage: 'PROPOSAL' }, // no move
    { stage: 'PROSPECTING', v: 1 }, // stale version
  ];
  for (const { v, ...input } of illegal) {
    expect(errorOf(await app.request(move, { id: deal.id, input, v }, token)).code).toBe('CONFLICT');
  }
  expect(
    errorOf(await app.request(move, { id: deal.id, input: { stage: 'CLOSED_WON', lossReason: 'x' } }, token)),
  ).toEqual({ code: 'BAD_USER_INPUT', fields: { lossReason: 'Only when the opportunity is lost' } });
  expect(await tenantRows(app, tenant)).toEqual(before);

  const won = dataOf(
    await app.request(move, { id: deal.id, input: { stage: 'CLOSED_WON' } }, token),
  ).changeOpportunityStage;
  expect(won).toMatchObject({
    stage: 'CLOSED_WON',
    probability: 100,
    forecastCategory: 'CLOSED',
    closedAt: expect.any(String),
    stageHistory: [
      { from: 'PROSPECTING', to: 'QUALIFICATION', by: 'rep-1', daysInPreviousStage: 4 },
      { from: 'QUALIFICATION', to: 'PROPOSAL', by: 'rep-1', daysInPreviousStage: 9 },
      { from: 'PROPOSAL', to: 'CLOSED_WON', by: 'rep-1', daysInPreviousStage: 0 },
    ],
  });
  const reopen = await app.request(move, { id: deal.id, input: { stage: 'NEGOTIATION' } }, token);
  expect(errorOf(reopen).code).toBe('CONFLICT');
  const closedUpdate = await app.request(
    update,
    { id: deal.id, input: { name: 'Renamed' }, v: won.version },
    token,
  );
  expect(errorOf(closedUpdate).code).toBe('CONFLICT');

  const events = await outboxOf(app, tenant);
  expect(events.map((row) => [row.type, row.payload.previousStage])).toEqual([
    ['crm.sales.opportunity.created.v1', undefined],
    ['crm.sales.opportunity.stage_changed.v1', 'PROSPECTING'],
    ['crm.sales.opportunity.stage_changed.v1', 'QUALIFICATION'],
    ['crm.sales.opportunity.won.v1', 'PROPOSAL'],
  ]);
  expect(events.at(-1)!.payload.opportunity.stageHistory).toHaveLength(3);
});

it('needs a reason to lose a deal', async () => {
  const tenant = testTenant('opportunity-lose');
  const token = tokenFor(tenant, 'sales_manager');
  const deal = await createDeal(token);
  const before = await tenantRows(app, tenant);
  const noReason = await app.request(
    move,
    { id: deal.id, input: { stage: 'CLOSED_LOST', lossReason: ' ' } },
    token,
  );
  expect(errorOf(noReason)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { lossReason: 'Required when the opportunity is lost' },
  });
  expect(await tenantRows(app, tenant)).toEqual(before);
  const lost = dataOf(
    await app.request(
      move,
      { id: deal.id, input: { stage: 'CLOSED_LOST', lossReason: 'Chose Acme CRM' } },
      token,
    ),
  ).changeOpportunityStage;
  expect(lost).toMatchObject({
    stage: 'CLOSED_LOST',
    probability: 0,
    forecastCategory: 'OMITTED',
    lossReason: 'Chose Acme CRM',
  });
  expect((await outboxOf(app, tenant)).at(-1)).toMatchObject({
    type: 'crm.sales.opportunity.lost.v1',
    payload: { opportunity: { lossReason: 'Chose Acme CRM', stage: 'CLOSED_LOST' } },
  });
});

it("shows a sales rep only their own deals; other tenants none; an order names only a visible customer's deal", async () => {
  const tenant = testTenant('opportunity-owners');
  const repOne = tokenFor(tenant, 'sales_rep', 'rep-1');
  const repTwo = tokenFor(tenant, 'sales_rep', 'rep-2');
  const mine = await createDeal(repOne);
  const theirs = await createDeal(repTwo);
  expect(errorOf(await app.request(create, { input: { ...validDeal, ownerId: 'rep-2' } }, repOne)).code).toBe(
    'FORBIDDEN',
  );
  const view = `query ($id: UUID!, $reps: [_Any!]!) {
    opportunity(id: $id) { name }
    opportunities { totalCount edges { node { id } } }
    _entities(representations: $reps) { ... on Opportunity { id } ... on Customer { opportunities { totalCount } } }
  }`;
  const reps = [
    { __typename: 'Opportunity', id: theirs.id },
    { __typename: 'Customer', id: customerId },
  ];
  expect(dataOf(await app.request(view, { id: theirs.id, reps }, repOne))).toEqual({
    opportunity: null,
    opportunities: { totalCount: 1, edges: [{ node: { id: mine.id } }] },
    _entities: [null, { opportunities: { totalCount: 1 } }],
  });
  expect(
    errorOf(await app.request(move, { id: theirs.id, input: { stage: 'QUALIFICATION' } }, repOne)).code,
  ).toBe('NOT_FOUND');
  expect(
    dataOf(await app.request(view, { id: theirs.id, reps }, tokenFor(tenant, 'sales_manager'))),
  ).toMatchObject({
    opportunity: { name: validDeal.name },
    opportunities: { totalCount: 2 },
    _entities: [{ id: theirs.id }, { opportunities: { totalCount: 2 } }],
  });
  const stranger = tokenFor(testTenant('opportunity-stranger'));
  expect(dataOf(await app.request(view, { id: mine.id, reps }, stranger))).toEqual({
    opportunity: null,
    opportunities: { totalCount: 0, edges: [] },
    _entities: [null, { opportunities: { totalCount: 0 } }],
  });

  // An order may name a deal of its customer that the caller sees.
  const catalogue = await salesCatalogue(app, tenant);
  const order = (opportunityId: string, customer = customerId) => ({
    input: {
      customerId: customer,
      opportunityId,
      currency: 'EUR',
      lines: [{ productId: catalogue.seat, quantity: 1 }],
    },
  });
  expect(dataOf(await app.request(placeOrderMutation, order(mine.id), repOne)).placeOrder.status).toBe(
    'CONFIRMED',
  );
  expect(errorOf(await app.request(placeOrderMutation, order(theirs.id), repOne))).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.opportunityId': 'No such opportunity' },
  });
  expect(errorOf(await app.request(placeOrderMutation, order(mine.id, randomUUID()), repOne))).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.opportunityId': "The opportunity is another customer's" },
  });
});

it("pages a customer's deals for a sales rep through their own only, the first page and the next alike", async () => {
  const tenant = testTenant('opportunity-owner-pages');
  const repOne = tokenFor(tenant, 'sales_rep', 'rep-1');
  const repTwo = tokenFor(tenant, 'sales_rep', 'rep-2');
  const mine = [await createDeal(repOne), await createDeal(repTwo), await createDeal(repOne)].filter(
    (_, index) => index !== 1,
  );
  await createDeal(repTwo);
  const page = `query ($reps: [_Any!]!, $after: String) {
    _entities(representations: $reps) {
      ... on Customer { opportunities(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }
    }
  }`;
  type Page = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { id: string } }[];
  };
  const read = async (after: string | null) =>
    dataOf(
      await app.request<{ _entities: [{ opportunities: Page }] }>(
        page,
        { reps: [{ __typename: 'Customer', id: customerId }], after },
        repOne,
      ),
    )._entities[0].opportunities;
  const first = await read(null);
  const second = await read(first.pageInfo.endCursor);
  expect(first.pageInfo.hasNextPage).toBe(true);
  expect(second.pageInfo.hasNextPage).toBe(false);
  expect([first, second].map((deals) => deals.totalCount)).toEqual([2, 2]);
  expect([...first.edges, ...second.edges].map((edge) => edge.node.id).sort()).toEqual(
    mine.map((deal) => deal.id).sort(),
  );
});
