// Dating records in the past, for data imports: admins place an order at an earlier time and open and move
// a deal at earlier times (its history counts the days between); others are FORBIDDEN, the future and a
// move before the deal entered its stage are BAD_USER_INPUT, and nothing is written then.
import { randomUUID } from 'node:crypto';
import { testTenant } from '@crm/testkit';
import { placeOrderMutation, salesCatalogue } from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

it('lets an admin place an order in the past, and no one else; never in the future', async () => {
  const tenant = testTenant('import-order');
  const catalogue = await salesCatalogue(app, tenant);
  const admin = tokenFor(tenant, 'admin');
  const input = {
    customerId: randomUUID(),
    currency: 'EUR',
    lines: [{ productId: catalogue.seat, quantity: 1 }],
  };
  const placedAt = daysAgo(400);
  const { placeOrder } = dataOf(
    await app.request<{ placeOrder: { createdAt: string; confirmedAt: string } }>(
      placeOrderMutation,
      { input: { ...input, placedAt } },
      admin,
    ),
  );
  expect(placeOrder).toMatchObject({ createdAt: placedAt, confirmedAt: placedAt });
  const event = (await outboxOf(app, tenant)).at(-1)!;
  expect(event.payload.order).toMatchObject({ createdAt: placedAt, confirmedAt: placedAt });

  const before = await tenantRows(app, tenant);
  const manager = tokenFor(tenant, 'sales_manager');
  expect(
    errorOf(await app.request(placeOrderMutation, { input: { ...input, placedAt } }, manager)).code,
  ).toBe('FORBIDDEN');
  const future = await app.request(placeOrderMutation, { input: { ...input, placedAt: daysAgo(-1) } }, admin);
  expect(errorOf(future)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.placedAt': 'Must not be in the future' },
  });
  expect(await tenantRows(app, tenant)).toEqual(before);
});

it('lets an admin open and move a deal at earlier times, with the days between in its history', async () => {
  const tenant = testTenant('import-deal');
  const admin = tokenFor(tenant, 'admin');
  const create = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id createdAt stageEnteredAt } }`;
  const move = `mutation ($id: UUID!, $input: ChangeOpportunityStageInput!) {
    changeOpportunityStage(id: $id, input: $input) { stage closedAt stageHistory { from to at daysInPreviousStage } }
  }`;
  const openedAt = daysAgo(300);
  const deal = dataOf(
    await app.request<{ createOpportunity: { id: string; createdAt: string; stageEnteredAt: string } }>(
      create,
      { input: { name: 'Imported', customerId: randomUUID(), currency: 'EUR', createdAt: openedAt } },
      admin,
    ),
  ).createOpportunity;
  expect(deal).toMatchObject({ createdAt: openedAt, stageEnteredAt: openedAt });
  const qualifiedAt = daysAgo(280);
  dataOf(
    await app.request(move, { id: deal.id, input: { stage: 'QUALIFICATION', movedAt: qualifiedAt } }, admin),
  );

  const before = await tenantRows(app, tenant);
  const tooEarly = await app.request(
    move,
    { id: deal.id, input: { stage: 'CLOSED_WON', movedAt: daysAgo(290) } },
    admin,
  );
  expect(errorOf(tooEarly)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { movedAt: 'Before the deal entered its current stage' },
  });
  const manager = tokenFor(tenant, 'sales_manager');
  expect(
    errorOf(
      await app.request(move, { id: deal.id, input: { stage: 'CLOSED_WON', movedAt: daysAgo(1) } }, manager),
    ).code,
  ).toBe('FORBIDDEN');
  expect(
    errorOf(
      await app.request(
        create,
        { input: { name: 'x', customerId: randomUUID(), currency: 'EUR', createdAt: openedAt } },
        manager,
      ),
    ).code,
  ).toBe('FORBIDDEN');
  expect(await tenantRows(app, tenant)).toEqual(before);

  const wonAt = daysAgo(250);
  const won = dataOf(
    await app.request(move, { id: deal.id, input: { stage: 'CLOSED_WON', movedAt: wonAt } }, admin),
  ).changeOpportunityStage;
  expect(won).toEqual({
    stage: 'CLOSED_WON',
    closedAt: wonAt,
    stageHistory: [
      { from: 'PROSPECTING', to: 'QUALIFICATION', at: qualifiedAt, daysInPreviousStage: 300 - 280 },
      { from: 'QUALIFICATION', to: 'CLOSED_WON', at: wonAt, daysInPreviousStage: 280 - 250 },
    ],
  });
});
