// Quotes against the real service: lines priced from a price book with totals computed as an order's,
// DRAFT → SENT → ACCEPTED (placing the order with the quoted prices), REJECTED or EXPIRED; bad input and
// illegal moves write nothing and publish nothing.
import { randomUUID } from 'node:crypto';
import { testTenant, testToken, waitFor } from '@crm/testkit';
import { expireQuotes, quoteExpiryScheduler } from '../src/quote/quoteExpiry';
import {
  acceptQuoteMutation,
  createOpportunity,
  createQuoteMutation,
  rejectQuoteMutation,
  salesCatalogue,
  sendQuoteMutation,
  type Catalogue,
  type QuoteView,
} from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

// The expiry runs here on the tests' own terms: the service's scheduler does not race them.
const app = salesServiceForThisFile({ withoutBackground: true });

const customerId = randomUUID();

async function setUp(name: string, role: 'sales_rep' | 'sales_manager' = 'sales_rep') {
  const tenant = testTenant(name);
  const catalogue = await salesCatalogue(app, tenant);
  const token = tokenFor(tenant, role, 'rep-1');
  const deal = await createOpportunity(app, token, { customerId });
  return { tenant, catalogue, token, deal };
}

async function createQuote(token: string, input: Record<string, unknown>) {
  return dataOf(
    await app.request<{ createQuote: QuoteView & Record<string, unknown> }>(
      createQuoteMutation,
      { input },
      token,
    ),
  ).createQuote;
}

function quoteLines(catalogue: Catalogue) {
  return [
    { productId: catalogue.seat, quantity: 12, discountPercent: '15' },
    { productId: catalogue.onboarding, quantity: 1 },
  ];
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

it('prices a quote from the standard book, sends it, and accepting it places the order with its prices', async () => {
  const { tenant, catalogue, token, deal } = await setUp('quote-accept');
  const quote = await createQuote(token, {
    opportunityId: deal.id,
    notes: 'Volume discount on seats',
    lines: quoteLines(catalogue),
  });
  // Standard EUR book: seat 540.00, onboarding 2500.00; 15 % off the seats.
  const seatGross = 12 * 540;
  const seatTotal = seatGross * 0.85;
  expect(quote).toMatchObject({
    number: 'Q-000001',
    opportunityId: deal.id,
    customerId,
    ownerId: 'rep-1',
    currency: 'EUR',
    status: 'DRAFT',
    validUntil: daysFromToday(30),
    subtotal: (seatGross + 2500).toFixed(2),
    discountTotal: (seatGross - seatTotal).toFixed(2),
    total: (seatTotal + 2500).toFixed(2),
    version: 1,
    lines: [
      {
        position: 1,
        sku: 'CRM-PRO',
        quantity: 12,
        unitPrice: '540.00',
        discountPercent: '15.00',
        lineTotal: seatTotal.toFixed(2),
      },
      {
        position: 2,
        sku: 'ONB',
        quantity: 1,
        unitPrice: '2500.00',
        discountPercent: '0.00',
        lineTotal: '2500.00',
      },
    ],
  });

  const early = await app.request(acceptQuoteMutation, { id: quote.id }, token);
  expect(errorOf(early).code).toBe('CONFLICT'); // a DRAFT is not accepted
  const sent = dataOf(await app.request(sendQuoteMutation, { id: quote.id, v: 1 }, token)).sendQuote;
  expect(sent).toMatchObject({ status: 'SENT', sentAt: expect.any(String), version: 2 });

  // The book's price changes after the quote: the order keeps the quoted one.
  const admin = testToken(tenant, ['admin'], 'admin-1');
  const { priceBooks } = dataOf(
    await app.request<{ priceBooks: { edges: { node: { id: string } }[] } }>(
      '{ priceBooks(isStandard: true) { edges { node { id } } } }',
      {},
      admin,
    ),
  );
  dataOf(
    await app.request(
      'mutation ($b: UUID!, $p: UUID!) { setPriceBookEntry(priceBookId: $b, productId: $p, unitPrice: "999") { id } }',
      { b: priceBooks.edges[0]!.node.id, p: catalogue.seat },
      admin,
    ),
  );
  const accepted = dataOf(
    await app.request(
      acceptQuoteMutation,
      { id: quote.id, input: { requestedDeliveryDate: '2027-01-15' }, v: 2 },
      token,
    ),
  ).acceptQuote;
  expect(accepted).toMatchObject({
    status: 'ACCEPTED',
    acceptedAt: expect.any(String),
    order: {
      number: 'SO-000001',
      status: 'CONFIRMED',
      quoteId: quote.id,
      opportunityId: deal.id,
      total: quote.total,
      lines: [
        {
          unitPrice: '540.00',
          listPrice: '540.00',
          discountPercent: '15.00',
          lineTotal: seatTotal.toFixed(2),
        },
        { unitPrice: '2500.00', listPrice: '2500.00', discountPercent: '0.00', lineTotal: '2500.00' },
      ],
    },
  });
  expect(accepted.orderId).toBe(accepted.order.id);

  // One accepted quote per deal: a second one is refused at acceptance.
  const second = await createQuote(token, { opportunityId: deal.id, lines: quoteLines(catalogue) });
  dataOf(await app.request(sendQuoteMutation, { id: second.id }, token));
  const before = await tenantRows(app, tenant);
  expect(errorOf(await app.request(acceptQuoteMutation, { id: second.id }, token)).code).toBe('CONFLICT');
  expect(await tenantRows(app, tenant)).toEqual(before);

  const { opportunity } = dataOf(
    await app.request<{ opportunity: { quotes: { number: string; status: string }[] } }>(
      'query ($id: UUID!) { opportunity(id: $id) { quotes { number status } } }',
      { id: deal.id },
      token,
    ),
  );
  expect(opportunity.quotes).toEqual([
    { number: 'Q-000002', status: 'SENT' },
    { number: 'Q-000001', status: 'ACCEPTED' },
  ]);

  const events = (await outboxOf(app, tenant)).filter((row) =>
    /^crm\.sales\.(opportunity|quote|order)\./.test(row.type),
  );
  expect(events.map((row) => [row.type, row.payload.quote?.status ?? row.payload.order?.status])).toEqual([
    ['crm.sales.opportunity.created.v1', undefined],
    ['crm.sales.quote.created.v1', 'DRAFT'],
    ['crm.sales.quote.sent.v1', 'SENT'],
    ['crm.sales.order.placed.v1', 'CONFIRMED'],
    ['crm.sales.quote.accepted.v1', 'ACCEPTED'],
    ['crm.sales.quote.created.v1', 'DRAFT'],
    ['crm.sales.quote.sent.v1', 'SENT'],
  ]);
  const acceptedEvent = events.find((row) => row.type === 'crm.sales.quote.accepted.v1')!;
  expect(acceptedEvent.payload).toMatchObject({
    previousStatus: 'SENT',
    changedFields: expect.arrayContaining(['status', 'acceptedAt', 'orderId']),
    quote: { id: quote.id, orderId: accepted.order.id, total: quote.total, lines: expect.any(Array) },
  });
  expect(events.find((row) => row.type === 'crm.sales.order.placed.v1')!.payload.order.quoteId).toBe(
    quote.id,
  );
});

it('prices from a custom book, refuses bad input by field, and writes nothing then', async () => {
  const { tenant, catalogue, token, deal } = await setUp('quote-input', 'sales_manager');
  const admin = testToken(tenant, ['admin'], 'admin-1');
  const book = async (input: Record<string, unknown>) =>
    dataOf(
      await app.request<{ createPriceBook: { id: string } }>(
        'mutation ($input: CreatePriceBookInput!) { createPriceBook(input: $input) { id } }',
        { input },
        admin,
      ),
    ).createPriceBook.id;
  const partners = await book({ name: 'Partners EUR', currency: 'EUR' });
  const dollars = await book({ name: 'Standard USD', currency: 'USD', isStandard: true });
  const retiredBook = await book({ name: 'Old EUR', currency: 'EUR', active: false });
  dataOf(
    await app.request(
      'mutation ($b: UUID!, $p: UUID!) { setPriceBookEntry(priceBookId: $b, productId: $p, unitPrice: "450.5") { id } }',
      { b: partners, p: catalogue.seat },
      admin,
    ),
  );
  const quote = await createQuote(token, {
    opportunityId: deal.id,
    priceBookId: partners,
    validUntil: daysFromToday(0),
    lines: [{ productId: catalogue.seat, quantity: 3, discountPercent: '10' }],
  });
  // 3 × 450.50 = 1351.50, less 10 % = 1216.35.
  expect(quote).toMatchObject({
    priceBookId: partners,
    validUntil: daysFromToday(0),
    subtotal: '1351.50',
    discountTotal: '135.15',
    total: '1216.35',
  });

  const before = await tenantRows(app, tenant);
  const outboxBefore = (await outboxOf(app, tenant)).length;
  const refused = async (input: Record<string, unknown>) =>
    errorOf(await app.request(createQuoteMutation, { input: { opportunityId: deal.id, ...input } }, token));
  expect(
    await refused({
      validUntil: daysFromToday(-1),
      lines: [
        { productId: catalogue.seat, quantity: -2 },
        { productId: catalogue.seat, quantity: 1, discountPercent: '101' },
      ],
    }),
  ).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.lines.0.quantity': 'At least 1',
      'input.lines.1.discountPercent': 'At most 100',
    },
  });
  expect(await refused({ validUntil: daysFromToday(-1), lines: quoteLines(catalogue) })).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.validUntil': 'Must not be in the past' },
  });
  expect(
    await refused({
      priceBookId: partners,
      lines: [
        { productId: randomUUID(), quantity: 1 },
        { productId: catalogue.retired, quantity: 1 },
        { productId: catalogue.onboarding, quantity: 1 },
      ],
    }),
  ).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.lines.0.productId': 'No such product',
      'input.lines.1.productId': 'The product is not active',
      'input.lines.2.productId': 'No price in Partners EUR',
    },
  });
  expect(await refused({ priceBookId: dollars, lines: quoteLines(catalogue) })).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.priceBookId': 'The price book is in USD, the opportunity in EUR' },
  });
  expect(await refused({ priceBookId: retiredBook, lines: quoteLines(catalogue) })).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.priceBookId': 'The price book is not active' },
  });
  expect(
    errorOf(
      await app.request(
        createQuoteMutation,
        { input: { opportunityId: randomUUID(), lines: quoteLines(catalogue) } },
        token,
      ),
    ),
  ).toEqual({ code: 'BAD_USER_INPUT', fields: { 'input.opportunityId': 'No such opportunity' } });
  expect(await tenantRows(app, tenant)).toEqual(before);
  expect(await outboxOf(app, tenant)).toHaveLength(outboxBefore);

  // A lost deal gets no new quote.
  dataOf(
    await app.request(
      'mutation ($id: UUID!) { changeOpportunityStage(id: $id, input: { stage: CLOSED_LOST, lossReason: "Budget" }) { stage } }',
      { id: deal.id },
      token,
    ),
  );
  expect((await refused({ lines: quoteLines(catalogue) })).code).toBe('CONFLICT');
});

it('rejects with a reason, keeps answered quotes final, and accepts without an order when told', async () => {
  const { tenant, catalogue, token, deal } = await setUp('quote-reject');
  const first = await createQuote(token, { opportunityId: deal.id, lines: quoteLines(catalogue) });
  dataOf(await app.request(sendQuoteMutation, { id: first.id }, token));
  const noReason = await app.request(rejectQuoteMutation, { id: first.id, reason: ' ' }, token);
  expect(errorOf(noReason)).toEqual({ code: 'BAD_USER_INPUT', fields: { reason: 'Must not be empty' } });
  const rejected = dataOf(
    await app.request(rejectQuoteMutation, { id: first.id, reason: 'Too expensive' }, token),
  ).rejectQuote;
  expect(rejected).toMatchObject({
    status: 'REJECTED',
    rejectionReason: 'Too expensive',
    rejectedAt: expect.any(String),
  });
  const before = await tenantRows(app, tenant);
  for (const mutation of [sendQuoteMutation, acceptQuoteMutation]) {
    expect(errorOf(await app.request(mutation, { id: first.id }, token)).code).toBe('CONFLICT');
  }
  expect(errorOf(await app.request(rejectQuoteMutation, { id: first.id, reason: 'Again' }, token)).code).toBe(
    'CONFLICT',
  );
  expect(await tenantRows(app, tenant)).toEqual(before);

  const second = await createQuote(token, { opportunityId: deal.id, lines: quoteLines(catalogue) });
  dataOf(await app.request(sendQuoteMutation, { id: second.id }, token));
  const accepted = dataOf(
    await app.request(acceptQuoteMutation, { id: second.id, input: { placeOrder: false } }, token),
  ).acceptQuote;
  expect(accepted).toMatchObject({ status: 'ACCEPTED', orderId: null, order: null });
  expect((await tenantRows(app, tenant)).orders).toBe(0);
});

it('expires a sent quote past its validity: refused on acceptance, marked EXPIRED by the scheduler once', async () => {
  const { tenant, catalogue, token, deal } = await setUp('quote-expiry');
  const quote = await createQuote(token, { opportunityId: deal.id, lines: quoteLines(catalogue) });
  dataOf(await app.request(sendQuoteMutation, { id: quote.id }, token));
  await app.sql(`UPDATE quote SET valid_until = current_date - 1 WHERE id = $1`, [quote.id]);

  const before = await tenantRows(app, tenant);
  expect(errorOf(await app.request(acceptQuoteMutation, { id: quote.id }, token)).code).toBe('CONFLICT');
  expect(await tenantRows(app, tenant)).toEqual(before);

  const now = new Date();
  expect(await expireQuotes(app.service.dataSource, now)).toBe(1);
  expect(await expireQuotes(app.service.dataSource, now)).toBe(0);
  const events = await outboxOf(app, tenant);
  expect(events.at(-1)!.type).toBe('crm.sales.quote.expired.v1');
  expect(events.at(-1)!.payload).toMatchObject({
    previousStatus: 'SENT',
    quote: { id: quote.id, status: 'EXPIRED', expiredAt: now.toISOString() },
  });
  const [audit] = await app.sql<{ actor_id: string }>(
    `SELECT actor_id FROM audit_log WHERE entity_id = $1 AND operation = 'expireQuote'`,
    [quote.id],
  );
  expect(audit!.actor_id).toBe('system:quote-expiry');
});

it('runs the expiry as a scheduler: a quote whose validity the clock has passed expires by itself', async () => {
  const { tenant, catalogue, token, deal } = await setUp('quote-scheduler');
  const quote = await createQuote(token, {
    opportunityId: deal.id,
    validUntil: daysFromToday(3),
    lines: quoteLines(catalogue),
  });
  dataOf(await app.request(sendQuoteMutation, { id: quote.id }, token));
  // The scheduler's clock is five days ahead: validUntil (in three days) has passed for it.
  const scheduler = quoteExpiryScheduler({
    dataSource: app.service.dataSource,
    intervalMs: 100,
    clock: () => new Date(Date.now() + 5 * 86_400_000),
    log: app.service.log,
  });
  scheduler.start();
  try {
    await waitFor(
      async () => {
        const [row] = await app.sql<{ status: string }>('SELECT status FROM quote WHERE id = $1', [quote.id]);
        return row!.status === 'EXPIRED';
      },
      { timeoutMs: 30_000, what: 'the scheduler to expire the quote' },
    );
  } finally {
    await scheduler.stop();
  }
  const expired = (await outboxOf(app, tenant)).filter((row) => row.type === 'crm.sales.quote.expired.v1');
  expect(expired.map((row) => row.aggregateid)).toEqual([quote.id]);
});

it('keeps a sales rep to the quotes of their own deals', async () => {
  const { tenant, catalogue, token, deal } = await setUp('quote-security');
  const quote = await createQuote(token, { opportunityId: deal.id, lines: quoteLines(catalogue) });
  const other = tokenFor(tenant, 'sales_rep', 'rep-2');
  const { quote: seen } = dataOf(
    await app.request<{ quote: unknown }>(
      'query ($id: UUID!) { quote(id: $id) { id } }',
      { id: quote.id },
      other,
    ),
  );
  expect(seen).toBeNull();
  expect(errorOf(await app.request(sendQuoteMutation, { id: quote.id }, other)).code).toBe('NOT_FOUND');
  const othersQuote = await app.request(
    createQuoteMutation,
    { input: { opportunityId: deal.id, lines: quoteLines(catalogue) } },
    other,
  );
  expect(errorOf(othersQuote)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.opportunityId': 'No such opportunity' },
  });
  const analyst = tokenFor(tenant, 'analyst');
  const { quotes } = dataOf(
    await app.request<{ quotes: { totalCount: number } }>('{ quotes { totalCount } }', {}, analyst),
  );
  expect(quotes.totalCount).toBe(1);
  expect(errorOf(await app.request(sendQuoteMutation, { id: quote.id }, analyst)).code).toBe('FORBIDDEN');
});

it('accepts only one of two quotes of a deal accepted at the same time, placing one order', async () => {
  const { tenant, catalogue, token, deal } = await setUp('quote-accept-race');
  const quotes = [];
  for (let n = 0; n < 2; n++) {
    const quote = await createQuote(token, { opportunityId: deal.id, lines: quoteLines(catalogue) });
    dataOf(await app.request(sendQuoteMutation, { id: quote.id }, token));
    quotes.push(quote);
  }
  const answers = await Promise.all(
    quotes.map((quote) => app.request(acceptQuoteMutation, { id: quote.id }, token)),
  );
  expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
  expect(answers.filter((answer) => answer.errors).map((answer) => errorOf(answer).code)).toEqual([
    'CONFLICT',
  ]);
  const placed = (await outboxOf(app, tenant)).filter((row) => row.type === 'crm.sales.order.placed.v1');
  expect(placed).toHaveLength(1);
});

it("hands a deal's quotes to its new owner when the deal is reassigned, with audit and quote.updated", async () => {
  const { tenant, catalogue, token, deal } = await setUp('quote-reassign');
  const quote = await createQuote(token, { opportunityId: deal.id, lines: quoteLines(catalogue) });
  const manager = tokenFor(tenant, 'sales_manager');
  const newOwner = tokenFor(tenant, 'sales_rep', 'rep-2');
  dataOf(
    await app.request(
      `mutation ($id: UUID!, $v: Int!) { updateOpportunity(id: $id, input: { ownerId: "rep-2" }, expectedVersion: $v) { ownerId } }`,
      { id: deal.id, v: deal.version },
      manager,
    ),
  );
  const quoteSeenBy = async (viewer: string) =>
    dataOf(
      await app.request<{ quote: { ownerId: string } | null }>(
        'query ($id: UUID!) { quote(id: $id) { ownerId } }',
        { id: quote.id },
        viewer,
      ),
    ).quote;
  expect(await quoteSeenBy(newOwner)).toEqual({ ownerId: 'rep-2' });
  expect(await quoteSeenBy(token)).toBeNull();
  expect(errorOf(await app.request(sendQuoteMutation, { id: quote.id }, token)).code).toBe('NOT_FOUND');
  dataOf(await app.request(sendQuoteMutation, { id: quote.id }, newOwner));
  const updated = (await outboxOf(app, tenant)).filter((row) => row.type === 'crm.sales.quote.updated.v1');
  expect(updated.map((row) => row.payload)).toEqual([
    expect.objectContaining({
      changedFields: expect.arrayContaining(['ownerId']),
      quote: expect.objectContaining({ id: quote.id, ownerId: 'rep-2' }),
    }),
  ]);
  const audits = await app.sql<{ operation: string }>(
    `SELECT operation FROM audit_log WHERE entity_id = $1 AND operation = 'updateOpportunity'`,
    [quote.id],
  );
  expect(audits).toHaveLength(1);
});

it('changes a DRAFT quote — lines repriced, validity, notes — and no longer once sent', async () => {
  const { tenant, catalogue, token, deal } = await setUp('quote-update');
  const quote = await createQuote(token, { opportunityId: deal.id, lines: quoteLines(catalogue) });
  const update = `mutation ($id: UUID!, $input: UpdateQuoteInput!, $v: Int) {
    updateQuote(id: $id, input: $input, expectedVersion: $v) { total validUntil notes version lines { sku quantity lineTotal } }
  }`;
  const updated = dataOf(
    await app.request(
      update,
      {
        id: quote.id,
        v: 1,
        input: {
          validUntil: daysFromToday(10),
          notes: 'Three seats only',
          lines: [{ productId: catalogue.seat, quantity: 3, discountPercent: '5' }],
        },
      },
      token,
    ),
  ).updateQuote;
  // 3 × 540.00 less 5 % = 1539.00.
  expect(updated).toEqual({
    total: (3 * 540 * 0.95).toFixed(2),
    validUntil: daysFromToday(10),
    notes: 'Three seats only',
    version: 2,
    lines: [{ sku: 'CRM-PRO', quantity: 3, lineTotal: '1539.00' }],
  });

  const before = await tenantRows(app, tenant);
  const outboxBefore = (await outboxOf(app, tenant)).length;
  const bad = await app.request(
    update,
    { id: quote.id, input: { validUntil: daysFromToday(-2), lines: [] } },
    token,
  );
  expect(errorOf(bad)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.lines': 'A quote needs at least one line' },
  });
  const stale = await app.request(update, { id: quote.id, input: { notes: 'x' }, v: 1 }, token);
  expect(errorOf(stale).code).toBe('CONFLICT');
  expect(await tenantRows(app, tenant)).toEqual(before);
  dataOf(await app.request(sendQuoteMutation, { id: quote.id }, token));
  const afterSending = await tenantRows(app, tenant);
  const sent = await app.request(update, { id: quote.id, input: { notes: 'Too late' } }, token);
  expect(errorOf(sent).code).toBe('CONFLICT');
  expect(await tenantRows(app, tenant)).toEqual(afterSending);
  const events = await outboxOf(app, tenant);
  expect(events.slice(outboxBefore).map((row) => row.type)).toEqual(['crm.sales.quote.sent.v1']);
  const updatedEvent = events.find((row) => row.type === 'crm.sales.quote.updated.v1')!;
  expect(updatedEvent.payload.changedFields).toEqual(
    expect.arrayContaining(['validUntil', 'lines', 'subtotal', 'discountTotal', 'total', 'notes']),
  );
});
