// Pricing authority (issue 12, finding 6): a sales rep's line discount above the tenant's threshold holds the
// order (a DRAFT, not confirmed) or the quote (not sent) until an admin or sales manager approves it; a rejection
// gives its reason; each decision is audited and published. Reps below the threshold, managers and admins are
// never held. Against the real service, PostgreSQL and Kafka.
import { randomUUID } from 'node:crypto';
import { readTopic, testTenant } from '@crm/testkit';
import {
  changeOrderStatusMutation,
  createOpportunity,
  createQuoteMutation,
  orderFields,
  placeOrderMutation,
  quoteFields,
  salesCatalogue,
  sendQuoteMutation,
  type Catalogue,
  type OrderView,
  type QuoteView,
} from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

const customerId = randomUUID();

async function tenantWithCatalogue(name: string): Promise<{ tenant: string; catalogue: Catalogue }> {
  const tenant = testTenant(name);
  return { tenant, catalogue: await salesCatalogue(app, tenant) };
}

const approvalFields = 'approval { status requestedAt decidedBy decidedAt reason }';

interface Approval {
  status: string;
  requestedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}
type HeldOrder = OrderView & { confirmedAt: string | null; approval: Approval };
type HeldQuote = QuoteView & { approval: Approval };

const placeHeldOrderMutation = `mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) { ${orderFields} ${approvalFields} }
}`;
const confirmOrderMutation = `mutation ($id: UUID!, $v: Int) {
  changeOrderStatus(id: $id, status: CONFIRMED, expectedVersion: $v) { ${orderFields} ${approvalFields} }
}`;
const approveOrderDiscountMutation = `mutation ($id: UUID!, $v: Int) {
  approveOrderDiscount(id: $id, expectedVersion: $v) { ${orderFields} ${approvalFields} }
}`;
const rejectOrderDiscountMutation = `mutation ($id: UUID!, $reason: String!, $v: Int) {
  rejectOrderDiscount(id: $id, reason: $reason, expectedVersion: $v) { ${orderFields} ${approvalFields} }
}`;
const createHeldQuoteMutation = `mutation ($input: CreateQuoteInput!) {
  createQuote(input: $input) { ${quoteFields} ${approvalFields} }
}`;
const updateQuoteMutation = `mutation ($id: UUID!, $input: UpdateQuoteInput!, $v: Int) {
  updateQuote(id: $id, input: $input, expectedVersion: $v) { ${quoteFields} ${approvalFields} }
}`;
const approveQuoteDiscountMutation = `mutation ($id: UUID!, $v: Int) {
  approveQuoteDiscount(id: $id, expectedVersion: $v) { ${quoteFields} ${approvalFields} }
}`;
const rejectQuoteDiscountMutation = `mutation ($id: UUID!, $reason: String!, $v: Int) {
  rejectQuoteDiscount(id: $id, reason: $reason, expectedVersion: $v) { ${quoteFields} ${approvalFields} }
}`;
const acceptQuoteMutation = `mutation ($id: UUID!) {
  acceptQuote(id: $id) { status order { id status total ${approvalFields} } }
}`;
const setThresholdMutation = `mutation ($percent: Decimal!) {
  setDiscountApprovalThreshold(percent: $percent) { discountApprovalThreshold version }
}`;

/** One line of 540.00 seats at `discountPercent`. */
function seatOrder(catalogue: Catalogue, discountPercent: string) {
  return {
    customerId,
    currency: 'EUR',
    lines: [{ productId: catalogue.seat, quantity: 1, discountPercent }],
  };
}

async function placeHeldOrder(token: string, input: Record<string, unknown>): Promise<HeldOrder> {
  return dataOf(await app.request<{ placeOrder: HeldOrder }>(placeHeldOrderMutation, { input }, token))
    .placeOrder;
}

async function revenueOf(token: string): Promise<{ amount: string; currency: string }[]> {
  const { _entities } = dataOf(
    await app.request<{ _entities: { revenue: { amount: string; currency: string }[] }[] }>(
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Customer { revenue { amount currency } } } }',
      { reps: [{ __typename: 'Customer', id: customerId }] },
      token,
    ),
  );
  return _entities[0]!.revenue;
}

/** The tenant's events on `topic` as the relay published them to Kafka: every one of its outbox rows there. */
async function publishedEvents(tenant: string, topic: string) {
  const expected = (await outboxOf(app, tenant))
    .filter((row) => row.type.startsWith(`${topic}.`))
    .map((row) => row.id);
  const messages = await readTopic(app.service.kafka, topic, {
    until: (read) => expected.every((id) => read.some((message) => message.headers.ce_id === id)),
    // A fresh reader replays the whole topic, the other tests' events too: give it time under load.
    timeoutMs: 45_000,
  });
  return messages.filter((message) => message.headers.ce_tenantid === tenant);
}

describe('the finding: a sales rep prices without authority', () => {
  it("holds a rep's order with a 100 % discount line: not confirmed, and it cannot be confirmed", async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('discount-finding-order');
    const rep = tokenFor(tenant, 'sales_rep', 'rep-1');
    // The finding's request: placeOrder by a sales_rep with discountPercent "100" on a line.
    const response = await app.request<{ placeOrder: OrderView & { confirmedAt: string | null } }>(
      placeOrderMutation,
      {
        input: {
          customerId,
          currency: 'EUR',
          lines: [{ productId: catalogue.seat, quantity: 1, discountPercent: '100' }],
        },
      },
      rep,
    );
    const order = dataOf(response).placeOrder;
    expect(order).toMatchObject({ status: 'DRAFT', total: '0.00', confirmedAt: null });
    const confirm = await app.request(changeOrderStatusMutation, { id: order.id, status: 'CONFIRMED' }, rep);
    expect(errorOf(confirm).code).toBe('CONFLICT');

    // Held for a manager, and not the customer's revenue.
    const { order: held } = dataOf(
      await app.request<{ order: HeldOrder }>(
        `query ($id: UUID!) { order(id: $id) { status ${approvalFields} } }`,
        { id: order.id },
        rep,
      ),
    );
    expect(held).toMatchObject({
      status: 'DRAFT',
      approval: { status: 'PENDING', requestedAt: expect.any(String), decidedBy: null },
    });
    expect(await revenueOf(rep)).toEqual([]);
  });

  it("holds a rep's quote with a 100 % discount line: it cannot be sent", async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('discount-finding-quote');
    const rep = tokenFor(tenant, 'sales_rep', 'rep-1');
    const deal = await createOpportunity(app, rep, { customerId });
    const quote = dataOf(
      await app.request<{ createQuote: QuoteView }>(
        createQuoteMutation,
        {
          input: {
            opportunityId: deal.id,
            lines: [{ productId: catalogue.seat, quantity: 1, discountPercent: '100' }],
          },
        },
        rep,
      ),
    ).createQuote;
    expect(quote).toMatchObject({ status: 'DRAFT', total: '0.00' });
    const send = await app.request(sendQuoteMutation, { id: quote.id, v: quote.version }, rep);
    expect(errorOf(send).code).toBe('CONFLICT');
  });
});

describe('approving and rejecting an order', () => {
  it('lets the rep confirm once a manager approved, audited and published; a rep may not approve', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('discount-order-approve');
    const rep = tokenFor(tenant, 'sales_rep', 'rep-1');
    const boss = tokenFor(tenant, 'sales_manager', 'boss');
    const order = await placeHeldOrder(rep, seatOrder(catalogue, '30'));
    expect(order).toMatchObject({
      number: 'SO-000001',
      status: 'DRAFT',
      total: '378.00',
      confirmedAt: null,
      version: 1,
      approval: { status: 'PENDING', requestedAt: expect.any(String), decidedBy: null, decidedAt: null },
    });

    // Neither the rep nor a stranger decides; the rep's confirmation is refused; nothing is written.
    const before = await tenantRows(app, tenant);
    const refused = [
      [approveOrderDiscountMutation, { id: order.id }, rep, 'FORBIDDEN'],
      [rejectOrderDiscountMutation, { id: order.id, reason: 'Mine' }, rep, 'FORBIDDEN'],
      [approveOrderDiscountMutation, { id: order.id }, tokenFor(tenant, 'analyst'), 'FORBIDDEN'],
      [
        approveOrderDiscountMutation,
        { id: order.id },
        tokenFor(testTenant('stranger'), 'admin'),
        'NOT_FOUND',
      ],
      [confirmOrderMutation, { id: order.id }, rep, 'CONFLICT'],
      [confirmOrderMutation, { id: order.id }, boss, 'CONFLICT'],
    ] as const;
    for (const [mutation, variables, token, code] of refused) {
      expect({ mutation, code: errorOf(await app.request(mutation, variables, token)).code }).toEqual({
        mutation,
        code,
      });
    }
    expect(await tenantRows(app, tenant)).toEqual(before);

    const approved = dataOf(
      await app.request<{ approveOrderDiscount: HeldOrder }>(
        approveOrderDiscountMutation,
        { id: order.id, v: 1 },
        boss,
      ),
    ).approveOrderDiscount;
    expect(approved).toMatchObject({
      status: 'DRAFT',
      version: 2,
      approval: {
        status: 'APPROVED',
        requestedAt: order.approval.requestedAt,
        decidedBy: 'boss',
        decidedAt: expect.any(String),
        reason: null,
      },
    });
    expect(errorOf(await app.request(approveOrderDiscountMutation, { id: order.id }, boss)).code).toBe(
      'CONFLICT',
    );

    const confirmed = dataOf(
      await app.request<{ changeOrderStatus: HeldOrder }>(confirmOrderMutation, { id: order.id, v: 2 }, rep),
    ).changeOrderStatus;
    expect(confirmed).toMatchObject({
      status: 'CONFIRMED',
      confirmedAt: expect.any(String),
      version: 3,
      approval: { status: 'APPROVED', decidedBy: 'boss' },
    });
    expect(await revenueOf(rep)).toEqual([{ amount: '378.00', currency: 'EUR' }]);

    const audit = await app.sql<{ actor_id: string; operation: string; approval: string }>(
      `SELECT actor_id, operation, after->'approval'->>'status' AS approval FROM audit_log
       WHERE tenant_id = $1 AND entity_type = 'Order' ORDER BY at`,
      [tenant],
    );
    expect(audit.map((row) => [row.operation, row.actor_id, row.approval])).toEqual([
      ['placeOrder', 'rep-1', 'PENDING'],
      ['approveOrderDiscount', 'boss', 'APPROVED'],
      ['changeOrderStatus', 'rep-1', 'APPROVED'],
    ]);
    const outbox = await outboxOf(app, tenant);
    const orderEvents = outbox.filter((row) => row.type.startsWith('crm.sales.order.'));
    expect(
      orderEvents.map((row) => [row.type, row.payload.order.status, row.payload.order.approval.status]),
    ).toEqual([
      ['crm.sales.order.placed.v1', 'DRAFT', 'PENDING'],
      ['crm.sales.order.discount_approved.v1', 'DRAFT', 'APPROVED'],
      ['crm.sales.order.status_changed.v1', 'CONFIRMED', 'APPROVED'],
    ]);
    expect(orderEvents[1]!.payload).toEqual({
      order: expect.objectContaining({ id: order.id, version: 2, approval: approved.approval }),
      changedFields: ['approval'],
    });

    // On the topic as CloudEvents, keyed by the order.
    const published = await publishedEvents(tenant, 'crm.sales.order');
    const decision = published.find((m) => m.headers.ce_type === 'crm.sales.order.discount_approved.v1')!;
    expect(decision.key).toBe(order.id);
    expect(decision.value).toEqual(orderEvents[1]!.payload);
  });

  it('keeps a rejected order from being confirmed, with the reason; the rep cancels it', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('discount-order-reject');
    const rep = tokenFor(tenant, 'sales_rep', 'rep-1');
    const admin = tokenFor(tenant, 'admin', 'admin-1');
    const order = await placeHeldOrder(rep, seatOrder(catalogue, '45'));

    const before = await tenantRows(app, tenant);
    const blank = await app.request(rejectOrderDiscountMutation, { id: order.id, reason: '  ' }, admin);
    expect(errorOf(blank)).toEqual({ code: 'BAD_USER_INPUT', fields: { reason: 'Must not be empty' } });
    expect(await tenantRows(app, tenant)).toEqual(before);

    const rejected = dataOf(
      await app.request<{ rejectOrderDiscount: HeldOrder }>(
        rejectOrderDiscountMutation,
        { id: order.id, reason: 'Margin too thin: 20 % at most', v: 1 },
        admin,
      ),
    ).rejectOrderDiscount;
    expect(rejected).toMatchObject({
      status: 'DRAFT',
      approval: { status: 'REJECTED', decidedBy: 'admin-1', reason: 'Margin too thin: 20 % at most' },
    });
    expect(errorOf(await app.request(confirmOrderMutation, { id: order.id }, rep)).code).toBe('CONFLICT');
    expect(errorOf(await app.request(approveOrderDiscountMutation, { id: order.id }, admin)).code).toBe(
      'CONFLICT',
    );
    const cancelled = dataOf(
      await app.request(
        'mutation ($id: UUID!) { cancelOrder(id: $id, reason: "Discount rejected") { status } }',
        { id: order.id },
        rep,
      ),
    );
    expect(cancelled.cancelOrder.status).toBe('CANCELLED');
    expect(await revenueOf(rep)).toEqual([]);

    const events = (await outboxOf(app, tenant)).map((row) => row.type);
    expect(events.filter((type) => type.startsWith('crm.sales.order.'))).toEqual([
      'crm.sales.order.placed.v1',
      'crm.sales.order.discount_rejected.v1',
      'crm.sales.order.cancelled.v1',
    ]);
    const published = await publishedEvents(tenant, 'crm.sales.order');
    const decision = published.find((m) => m.headers.ce_type === 'crm.sales.order.discount_rejected.v1')!;
    expect(decision.value).toMatchObject({
      order: { id: order.id, approval: { status: 'REJECTED', reason: 'Margin too thin: 20 % at most' } },
    });
  });

  it("lists what awaits a manager's approval", async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('discount-order-list');
    const rep = tokenFor(tenant, 'sales_rep', 'rep-1');
    const held = await placeHeldOrder(rep, seatOrder(catalogue, '50'));
    await placeHeldOrder(rep, seatOrder(catalogue, '5'));
    const { orders } = dataOf(
      await app.request<{ orders: { edges: { node: { number: string } }[] } }>(
        '{ orders(filter: { approvalStatus: { eq: PENDING } }) { edges { node { number } } } }',
        {},
        tokenFor(tenant, 'sales_manager'),
      ),
    );
    expect(orders.edges.map((edge) => edge.node.number)).toEqual([held.number]);
  });
});

describe('approving and rejecting a quote', () => {
  it('asks again when changed lines raise the discount, and the approved quote is sent, accepted and ordered', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('discount-quote');
    const rep = tokenFor(tenant, 'sales_rep', 'rep-1');
    const boss = tokenFor(tenant, 'sales_manager', 'boss');
    const deal = await createOpportunity(app, rep, { customerId });
    const lines = (discountPercent: string) => [
      { productId: catalogue.seat, quantity: 10, discountPercent },
      { productId: catalogue.onboarding, quantity: 1 },
    ];
    // The rep sends it to the customer.
    const send = () =>
      app.request<{ sendQuote: HeldQuote }>(
        `mutation ($id: UUID!) { sendQuote(id: $id) { status ${approvalFields} } }`,
        { id: quote.id },
        rep,
      );
    const quote = dataOf(
      await app.request<{ createQuote: HeldQuote }>(
        createHeldQuoteMutation,
        { input: { opportunityId: deal.id, lines: lines('35') } },
        rep,
      ),
    ).createQuote;
    expect(quote).toMatchObject({ status: 'DRAFT', approval: { status: 'PENDING' } });
    expect(errorOf(await send()).code).toBe('CONFLICT');
    expect(errorOf(await app.request(approveQuoteDiscountMutation, { id: quote.id }, rep)).code).toBe(
      'FORBIDDEN',
    );

    const change = async (input: Record<string, unknown>, token = rep) =>
      dataOf(
        await app.request<{ updateQuote: HeldQuote }>(updateQuoteMutation, { id: quote.id, input }, token),
      ).updateQuote.approval;
    // The manager decides.
    const approve = async () =>
      dataOf(
        await app.request<{ approveQuoteDiscount: HeldQuote }>(
          approveQuoteDiscountMutation,
          { id: quote.id },
          boss,
        ),
      ).approveQuoteDiscount.approval;
    const reject = async (reason: string) =>
      dataOf(
        await app.request<{ rejectQuoteDiscount: HeldQuote }>(
          rejectQuoteDiscountMutation,
          { id: quote.id, reason },
          boss,
        ),
      ).rejectQuoteDiscount.approval;

    expect(await reject('At most 30 %')).toMatchObject({
      status: 'REJECTED',
      decidedBy: 'boss',
      reason: 'At most 30 %',
    });
    expect(errorOf(await send()).code).toBe('CONFLICT');
    // New lines after a rejection are a new request.
    const asked = await change({ lines: lines('30') });
    expect(asked).toMatchObject({ status: 'PENDING', decidedBy: null, reason: null });
    expect(await approve()).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'boss',
    });
    // Notes, or a lower discount, keep the approval; a higher one re-opens it.
    expect(await change({ notes: 'Approved by boss' })).toMatchObject({ status: 'APPROVED' });
    expect(await change({ lines: lines('25') })).toMatchObject({ status: 'APPROVED' });
    const reopened = await change({ lines: lines('40') });
    expect(reopened).toMatchObject({ status: 'PENDING', decidedBy: null });
    expect(errorOf(await send()).code).toBe('CONFLICT');
    const approval = await approve();
    expect(approval).toMatchObject({ status: 'APPROVED', decidedBy: 'boss' });

    expect(dataOf(await send()).sendQuote.status).toBe('SENT');
    const { acceptQuote } = dataOf(
      await app.request<{ acceptQuote: { status: string; order: HeldOrder } }>(
        acceptQuoteMutation,
        { id: quote.id },
        rep,
      ),
    );
    // 10 × 540.00 less 40 % + 2500.00; the order keeps who approved the discount.
    expect(acceptQuote).toMatchObject({
      status: 'ACCEPTED',
      order: { status: 'CONFIRMED', total: '5740.00', approval },
    });

    const quoteEvents = (await outboxOf(app, tenant))
      .filter((row) => row.type.startsWith('crm.sales.quote.'))
      .map((row) => [row.type, row.payload.quote.approval.status]);
    expect(quoteEvents).toEqual([
      ['crm.sales.quote.created.v1', 'PENDING'],
      ['crm.sales.quote.discount_rejected.v1', 'REJECTED'],
      ['crm.sales.quote.updated.v1', 'PENDING'],
      ['crm.sales.quote.discount_approved.v1', 'APPROVED'],
      ['crm.sales.quote.updated.v1', 'APPROVED'],
      ['crm.sales.quote.updated.v1', 'APPROVED'],
      ['crm.sales.quote.updated.v1', 'PENDING'],
      ['crm.sales.quote.discount_approved.v1', 'APPROVED'],
      ['crm.sales.quote.sent.v1', 'APPROVED'],
      ['crm.sales.quote.accepted.v1', 'APPROVED'],
    ]);
    const audit = await app.sql<{ operation: string; actor_id: string }>(
      `SELECT operation, actor_id FROM audit_log WHERE tenant_id = $1 AND entity_type = 'Quote'
       AND operation LIKE '%Discount' ORDER BY at`,
      [tenant],
    );
    expect(audit.map((row) => [row.operation, row.actor_id])).toEqual([
      ['rejectQuoteDiscount', 'boss'],
      ['approveQuoteDiscount', 'boss'],
      ['approveQuoteDiscount', 'boss'],
    ]);
    const published = await publishedEvents(tenant, 'crm.sales.quote');
    expect(
      published
        .filter((m) => m.headers.ce_type?.startsWith('crm.sales.quote.discount_'))
        .map((m) => [m.key, m.headers.ce_type]),
    ).toEqual([
      [quote.id, 'crm.sales.quote.discount_rejected.v1'],
      [quote.id, 'crm.sales.quote.discount_approved.v1'],
      [quote.id, 'crm.sales.quote.discount_approved.v1'],
    ]);
  });
});

describe('who is never held', () => {
  it('lets reps at or below the threshold, managers and admins at any discount, confirm and send at once', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('discount-free');
    const rep = tokenFor(tenant, 'sales_rep', 'rep-1');
    const atThreshold = await placeHeldOrder(rep, seatOrder(catalogue, '20'));
    const byManager = await placeHeldOrder(tokenFor(tenant, 'sales_manager'), seatOrder(catalogue, '100'));
    const byAdmin = await placeHeldOrder(tokenFor(tenant, 'admin'), seatOrder(catalogue, '75'));
    for (const order of [atThreshold, byManager, byAdmin]) {
      expect(order).toMatchObject({
        status: 'CONFIRMED',
        confirmedAt: expect.any(String),
        approval: { status: 'NOT_NEEDED', requestedAt: null },
      });
    }
    const manager = tokenFor(tenant, 'sales_manager', 'boss');
    const deal = await createOpportunity(app, manager, { customerId });
    const quote = dataOf(
      await app.request<{ createQuote: HeldQuote }>(
        createHeldQuoteMutation,
        { input: { opportunityId: deal.id, lines: seatOrder(catalogue, '60').lines } },
        manager,
      ),
    ).createQuote;
    expect(quote.approval.status).toBe('NOT_NEEDED');
    expect(dataOf(await app.request(sendQuoteMutation, { id: quote.id }, manager)).sendQuote.status).toBe(
      'SENT',
    );
  });
});

describe('the threshold', () => {
  it('is per tenant: 20 % by default, set by managers and admins, published', async () => {
    const { tenant: strict, catalogue: strictCatalogue } = await tenantWithCatalogue('discount-strict');
    const { tenant: lenient, catalogue: lenientCatalogue } = await tenantWithCatalogue('discount-lenient');
    const settings = '{ salesSettings { discountApprovalThreshold version } }';
    expect(dataOf(await app.request(settings, {}, tokenFor(strict, 'sales_rep'))).salesSettings).toEqual({
      discountApprovalThreshold: '20.00',
      version: 0,
    });

    const before = await tenantRows(app, strict);
    const refused = [
      [{ percent: '5' }, tokenFor(strict, 'sales_rep'), { code: 'FORBIDDEN' }],
      [
        { percent: '100.5' },
        tokenFor(strict, 'sales_manager'),
        { code: 'BAD_USER_INPUT', fields: { percent: 'At most 100' } },
      ],
    ] as const;
    for (const [variables, token, error] of refused) {
      expect(errorOf(await app.request(setThresholdMutation, variables, token))).toEqual(error);
    }
    expect(await tenantRows(app, strict)).toEqual(before);

    const set = dataOf(
      await app.request(setThresholdMutation, { percent: '5' }, tokenFor(strict, 'sales_manager')),
    );
    expect(set.setDiscountApprovalThreshold).toEqual({ discountApprovalThreshold: '5.00', version: 1 });
    const [event] = (await outboxOf(app, strict)).filter(
      (row) => row.type === 'crm.sales.settings.updated.v1',
    );
    expect(event!.payload).toMatchObject({
      settings: { discountApprovalThreshold: '5.00' },
      changedFields: expect.arrayContaining(['discountApprovalThreshold']),
    });
    // Stage probabilities set later keep the tenant's threshold.
    dataOf(
      await app.request(
        'mutation { setStageProbabilities(input: { proposal: 40 }) { version } }',
        {},
        tokenFor(strict, 'admin'),
      ),
    );
    expect(dataOf(await app.request(settings, {}, tokenFor(strict, 'admin'))).salesSettings).toEqual({
      discountApprovalThreshold: '5.00',
      version: 2,
    });

    // The same 10 % from a rep: held where the threshold is 5 %, free where it is the default 20 %.
    const heldThere = await placeHeldOrder(tokenFor(strict, 'sales_rep'), seatOrder(strictCatalogue, '10'));
    const freeHere = await placeHeldOrder(tokenFor(lenient, 'sales_rep'), seatOrder(lenientCatalogue, '10'));
    expect([heldThere.status, heldThere.approval.status]).toEqual(['DRAFT', 'PENDING']);
    expect([freeHere.status, freeHere.approval.status]).toEqual(['CONFIRMED', 'NOT_NEEDED']);
  });
});
