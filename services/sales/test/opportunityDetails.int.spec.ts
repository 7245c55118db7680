// An opportunity's contact roles, product lines (the amount is their total, computed here) and the tenant's
// default probability per stage, against the real service; bad input writes nothing.
import { randomUUID } from 'node:crypto';
import { testTenant } from '@crm/testkit';
import { createOpportunity, salesCatalogue } from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

const fields = `id amount currency probability stage version primaryContactId priceBookId
  contactRoles { contactId role isPrimary contact { id } }
  lines { position sku quantity unitPrice listPrice priceOverridden discountPercent lineTotal product { name } }`;
const update = `mutation ($id: UUID!, $input: UpdateOpportunityInput!, $v: Int!) {
  updateOpportunity(id: $id, input: $input, expectedVersion: $v) { ${fields} }
}`;
const setLines = `mutation ($id: UUID!, $input: SetOpportunityLinesInput!, $v: Int) {
  setOpportunityLines(id: $id, input: $input, expectedVersion: $v) { ${fields} }
}`;
const move = `mutation ($id: UUID!, $stage: OpportunityStage!) {
  changeOpportunityStage(id: $id, input: { stage: $stage }) { stage probability }
}`;
const setProbabilities = `mutation ($input: StageProbabilitiesInput!, $v: Int) {
  setStageProbabilities(input: $input, expectedVersion: $v) { version stageProbabilities { stage probability } }
}`;

it('keeps contact roles with one primary contact', async () => {
  const tenant = testTenant('deal-contacts');
  const token = tokenFor(tenant, 'sales_rep', 'rep-1');
  const [buyer, champion, user] = [randomUUID(), randomUUID(), randomUUID()];
  const created = dataOf(
    await app.request(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${fields} } }`,
      {
        input: {
          name: 'Roles',
          customerId: randomUUID(),
          currency: 'EUR',
          contactRoles: [
            { contactId: buyer, role: 'Economic buyer', isPrimary: true },
            { contactId: champion, role: 'Champion' },
          ],
        },
      },
      token,
    ),
  ).createOpportunity;
  expect(created).toMatchObject({
    primaryContactId: buyer,
    contactRoles: [
      { contactId: buyer, role: 'Economic buyer', isPrimary: true, contact: { id: buyer } },
      { contactId: champion, role: 'Champion', isPrimary: false, contact: { id: champion } },
    ],
  });
  // The primary contact alone moves the mark; the roles stay.
  const moved = dataOf(
    await app.request(update, { id: created.id, input: { primaryContactId: champion }, v: 1 }, token),
  ).updateOpportunity;
  expect(moved.contactRoles.map((role: { isPrimary: boolean }) => role.isPrimary)).toEqual([false, true]);

  const before = await tenantRows(app, tenant);
  const bad = await app.request(
    update,
    {
      id: created.id,
      v: 2,
      input: {
        primaryContactId: user,
        contactRoles: [
          { contactId: buyer, role: 'Economic buyer', isPrimary: true },
          { contactId: buyer, role: ' ' },
          { contactId: user, role: 'User', isPrimary: true },
        ],
      },
    },
    token,
  );
  expect(errorOf(bad)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.contactRoles.1.contactId': 'The contact is listed twice',
      'input.contactRoles.1.role': 'Must not be empty',
      'input.contactRoles': 'At most one primary contact',
      'input.primaryContactId': 'Another contact is marked primary in contactRoles',
    },
  });
  expect(await tenantRows(app, tenant)).toEqual(before);

  const replaced = dataOf(
    await app.request(
      update,
      { id: created.id, v: 2, input: { contactRoles: [{ contactId: user, role: 'User', isPrimary: true }] } },
      token,
    ),
  ).updateOpportunity;
  expect(replaced).toMatchObject({
    primaryContactId: user,
    contactRoles: [{ contactId: user, role: 'User', isPrimary: true }],
  });
  const event = (await outboxOf(app, tenant)).at(-1)!;
  expect(event.payload).toMatchObject({
    changedFields: ['primaryContactId', 'contactRoles'],
    opportunity: { primaryContactId: user, contactRoles: [{ contactId: user, role: 'User' }] },
  });
});

it('prices product lines from the price book and makes their total the amount', async () => {
  const tenant = testTenant('deal-lines');
  const catalogue = await salesCatalogue(app, tenant);
  const token = tokenFor(tenant, 'sales_rep', 'rep-1');
  const deal = await createOpportunity(app, token, { customerId: randomUUID(), amount: '1000' });
  const withLines = dataOf(
    await app.request(
      setLines,
      {
        id: deal.id,
        v: 1,
        input: {
          lines: [
            { productId: catalogue.seat, quantity: 25, discountPercent: '20' },
            { productId: catalogue.onboarding, quantity: 2, discountPercent: '2.5' },
          ],
        },
      },
      token,
    ),
  ).setOpportunityLines;
  // 25 × 540.00 = 13500.00 less 20 % = 10800.00; 2 × 2500.00 = 5000.00 less 2.5 % = 4875.00.
  const seats = 25 * 540 * 0.8;
  const onboarding = 2 * 2500 * 0.975;
  expect(withLines).toMatchObject({
    amount: (seats + onboarding).toFixed(2),
    version: 2,
    priceBookId: expect.any(String),
    lines: [
      {
        position: 1,
        sku: 'CRM-PRO',
        quantity: 25,
        unitPrice: '540.00',
        listPrice: '540.00',
        priceOverridden: false,
        discountPercent: '20.00',
        lineTotal: seats.toFixed(2),
        product: { name: 'CRM Professional seat' },
      },
      { position: 2, sku: 'ONB', lineTotal: onboarding.toFixed(2) },
    ],
  });

  const before = await tenantRows(app, tenant);
  const outboxBefore = (await outboxOf(app, tenant)).length;
  const amountGiven = await app.request(
    update,
    { id: deal.id, input: { amount: '5', currency: 'USD' }, v: 2 },
    token,
  );
  expect(errorOf(amountGiven)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.amount': 'The amount is the sum of the lines',
      'input.currency': 'The lines are priced in EUR: remove them first',
    },
  });
  const badLines = await app.request(
    setLines,
    {
      id: deal.id,
      input: {
        lines: [
          { productId: catalogue.seat, quantity: 0 },
          { productId: catalogue.onboarding, quantity: 1, discountPercent: '-5' },
        ],
      },
    },
    token,
  );
  expect(errorOf(badLines)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.lines.0.quantity': 'At least 1',
      'input.lines.1.discountPercent': 'A percentage from 0 to 100 with at most 2 decimals, e.g. "12.5"',
    },
  });
  const unknown = await app.request(
    setLines,
    {
      id: deal.id,
      input: {
        lines: [
          { productId: randomUUID(), quantity: 1 },
          { productId: catalogue.retired, quantity: 1 },
          { productId: catalogue.unpriced, quantity: 1 },
        ],
      },
    },
    token,
  );
  expect(errorOf(unknown)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.lines.0.productId': 'No such product',
      'input.lines.1.productId': 'The product is not active',
      'input.lines.2.productId': 'No price in the standard EUR price book',
    },
  });
  const override = await app.request(
    setLines,
    { id: deal.id, input: { lines: [{ productId: catalogue.seat, quantity: 1, unitPrice: '1' }] } },
    token,
  );
  expect(errorOf(override).code).toBe('FORBIDDEN');
  const someoneElses = await app.request(
    setLines,
    { id: deal.id, input: { lines: [{ productId: catalogue.seat, quantity: 1 }] } },
    tokenFor(tenant, 'sales_rep', 'rep-2'),
  );
  expect(errorOf(someoneElses).code).toBe('NOT_FOUND');
  const analyst = await app.request(
    setLines,
    { id: deal.id, input: { lines: [{ productId: catalogue.seat, quantity: 1 }] } },
    tokenFor(tenant, 'analyst'),
  );
  expect(errorOf(analyst).code).toBe('FORBIDDEN');
  expect(await tenantRows(app, tenant)).toEqual(before);
  expect(await outboxOf(app, tenant)).toHaveLength(outboxBefore);

  // A manager may price a line; removing the lines leaves the amount, editable again.
  const manager = tokenFor(tenant, 'sales_manager');
  const overridden = dataOf(
    await app.request(
      setLines,
      { id: deal.id, input: { lines: [{ productId: catalogue.unpriced, quantity: 3, unitPrice: '99.90' }] } },
      manager,
    ),
  ).setOpportunityLines;
  expect(overridden).toMatchObject({
    amount: (3 * 99.9).toFixed(2),
    lines: [{ unitPrice: '99.90', listPrice: null, priceOverridden: true, lineTotal: '299.70' }],
  });
  const cleared = dataOf(
    await app.request(setLines, { id: deal.id, input: { lines: [] } }, token),
  ).setOpportunityLines;
  expect(cleared).toMatchObject({ amount: '299.70', lines: [] });
  const edited = dataOf(
    await app.request(update, { id: deal.id, input: { amount: '250' }, v: cleared.version }, token),
  ).updateOpportunity;
  expect(edited.amount).toBe('250.00');

  const events = (await outboxOf(app, tenant)).filter((row) => row.type.startsWith('crm.sales.opportunity'));
  expect(
    events.map((row) => [row.type, row.payload.changedFields, row.payload.opportunity.lines.length]),
  ).toEqual([
    ['crm.sales.opportunity.created.v1', expect.any(Array), 0],
    ['crm.sales.opportunity.updated.v1', ['priceBookId', 'lines', 'amount'], 2],
    ['crm.sales.opportunity.updated.v1', ['lines', 'amount'], 1],
    ['crm.sales.opportunity.updated.v1', ['lines'], 0],
    ['crm.sales.opportunity.updated.v1', ['amount'], 0],
  ]);
});

it("uses the tenant's default probability per stage, still overridable per deal", async () => {
  const tenant = testTenant('deal-probabilities');
  const manager = tokenFor(tenant, 'sales_manager');
  const rep = tokenFor(tenant, 'sales_rep', 'rep-1');
  const initial = dataOf(
    await app.request<{ salesSettings: unknown }>(
      '{ salesSettings { version stageProbabilities { stage probability } } }',
      {},
      rep,
    ),
  ).salesSettings;
  const stages = ['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST'];
  const table = (values: number[]) => stages.map((stage, index) => ({ stage, probability: values[index] }));
  expect(initial).toEqual({ version: 0, stageProbabilities: table([10, 20, 50, 75, 100, 0]) });

  expect(errorOf(await app.request(setProbabilities, { input: { proposal: 40 } }, rep)).code).toBe(
    'FORBIDDEN',
  );
  const before = await tenantRows(app, tenant);
  expect(
    errorOf(await app.request(setProbabilities, { input: { proposal: 140, negotiation: -1 } }, manager)),
  ).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.proposal': 'At most 100', 'input.negotiation': 'At least 0' },
  });
  expect(await tenantRows(app, tenant)).toEqual(before);

  const set = dataOf(
    await app.request(setProbabilities, { input: { prospecting: 5, proposal: 40 } }, manager),
  ).setStageProbabilities;
  expect(set).toEqual({ version: 1, stageProbabilities: table([5, 20, 40, 75, 100, 0]) });
  const stale = await app.request(setProbabilities, { input: { qualification: 30 }, v: 0 }, manager);
  expect(errorOf(stale).code).toBe('CONFLICT');

  const deal = await createOpportunity(app, rep, { customerId: randomUUID() });
  const fresh = dataOf(
    await app.request('query ($id: UUID!) { opportunity(id: $id) { probability } }', { id: deal.id }, rep),
  );
  expect(fresh.opportunity.probability).toBe(5);
  const steps = [];
  for (const stage of ['QUALIFICATION', 'PROPOSAL']) {
    steps.push(dataOf(await app.request(move, { id: deal.id, stage }, rep)).changeOpportunityStage);
  }
  expect(steps).toEqual([
    { stage: 'QUALIFICATION', probability: 20 },
    { stage: 'PROPOSAL', probability: 40 },
  ]);
  const own = await createOpportunity(app, rep, { customerId: randomUUID(), probability: 33 });
  const overridden = dataOf(
    await app.request('query ($id: UUID!) { opportunity(id: $id) { probability } }', { id: own.id }, rep),
  );
  expect(overridden.opportunity.probability).toBe(33);
  const settingsEvent = (await outboxOf(app, tenant)).find(
    (row) => row.type === 'crm.sales.settings.updated.v1',
  )!;
  expect(settingsEvent.payload).toMatchObject({
    changedFields: expect.arrayContaining(['stageProbabilities']),
    settings: { stageProbabilities: { PROSPECTING: 5, QUALIFICATION: 20, PROPOSAL: 40, NEGOTIATION: 75 } },
  });
});
