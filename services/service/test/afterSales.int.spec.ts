// After-sales through the subgraph: RETURN and EXCHANGE tickets issue an RMA for lines of a delivered
// order of their customer (never more units than ordered less those already returned), the RMA moves
// ISSUED → APPROVED → RECEIVED → REFUNDED or REJECTED, and REPAIR tickets check the tenant's warranty.
import { randomUUID } from 'node:crypto';
import { testTenant, forThisFile } from '@crm/testkit';
import { dataOf, errorOf, startServiceService, tokenFor } from './support/serviceTestService';
import { deliveredOrder, orderLine, orderState, projectOrders } from './support/orderEvents';
import { openTicketMutation, outboxOf, tenantRows } from './support/ticketOperations';

const app = forThisFile(() => startServiceService({ withoutTasks: ['sla-scheduler'] }));

const rmaFields = `id number kind status currency returnedValue refundAmount rejectionReason
  approvedAt receivedAt refundedAt rejectedAt version order { id } ticket { id number }
  lines { orderLineId productId sku productName quantity }`;
const openReturn = openTicketMutation.replace('customer { id }', `customer { id } rma { ${rmaFields} }`);
const moveMutations = {
  approve: `mutation($id: UUID!, $v: Int) { approveRma(id: $id, expectedVersion: $v) { ${rmaFields} } }`,
  receive: `mutation($id: UUID!, $v: Int) { receiveRmaGoods(id: $id, expectedVersion: $v) { ${rmaFields} } }`,
  refund: `mutation($id: UUID!, $amount: Decimal!, $v: Int) { refundRma(id: $id, amount: $amount, expectedVersion: $v) { ${rmaFields} } }`,
  reject: `mutation($id: UUID!, $reason: String!) { rejectRma(id: $id, reason: $reason) { ${rmaFields} } }`,
};

const tenant = testTenant('after-sales');
const token = tokenFor(tenant);
const customerId = randomUUID();
// Line A: 4 chairs for 400.00; line B: 3 lamps for 100.00 after a discount (one is worth 33.33).
const chairs = orderLine(1, 4, '100.00', 'CHAIR-1');
const lamps = { ...orderLine(2, 3, '40.00', 'LAMP-1'), discountPercent: '16.67', lineTotal: '100.00' };
const delivered = deliveredOrder(orderState(tenant, customerId, { lines: [chairs, lamps] }), '2026-03-05');
const undelivered = orderState(tenant, customerId, { number: 'SO-000002' });
const foreign = deliveredOrder(orderState(tenant, randomUUID(), { number: 'SO-000003' }), '2026-03-05');

async function allRows() {
  const [rma] = await app.sql<{ rmas: number }>(
    'SELECT count(*)::int AS rmas FROM rma WHERE tenant_id = $1',
    [tenant],
  );
  return { ...(await tenantRows(app, tenant)), ...rma };
}

function returnInput(fields: Record<string, unknown>) {
  return {
    input: { customerId, type: 'RETURN', channel: 'WEB', subject: 'Sending chairs back', ...fields },
  };
}

beforeAll(async () => {
  await projectOrders(app, [
    { name: 'placed', order: delivered },
    { name: 'placed', order: undelivered },
    { name: 'placed', order: foreign },
  ]);
});

describe('returns', () => {
  let rma: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('issues an RMA for part of a line of a delivered order', async () => {
    const ticket = dataOf(
      await app.request(
        openReturn,
        returnInput({ orderId: delivered.id, lines: [{ orderLineId: chairs.id, quantity: 3 }] }),
        token,
      ),
    ).openTicket;
    rma = ticket.rma;
    expect(rma).toMatchObject({
      number: 'RMA-000001',
      kind: 'RETURN',
      status: 'ISSUED',
      currency: 'EUR',
      // 3 of 4 chairs for 400.00.
      returnedValue: (3 * (400 / 4)).toFixed(2),
      refundAmount: null,
      order: { id: delivered.id },
      ticket: { id: ticket.id, number: ticket.number },
      lines: [{ orderLineId: chairs.id, productId: chairs.productId, sku: 'CHAIR-1', quantity: 3 }],
      version: 1,
    });
    const events = (await outboxOf(app, tenant)).filter((row) => row.aggregateid === rma.id);
    expect(events.map((row) => row.type)).toEqual(['crm.service.rma.issued.v1']);
    expect(events[0]!.payload.rma).toMatchObject({
      number: 'RMA-000001',
      ticketId: ticket.id,
      customerId,
      orderId: delivered.id,
      lines: [{ orderLineId: chairs.id, productId: chairs.productId, quantity: 3 }],
      returnedValue: '300.00',
    });
  });

  it.each([
    [
      'more units than are left of the line',
      () => returnInput({ orderId: delivered.id, lines: [{ orderLineId: chairs.id, quantity: 2 }] }),
      { code: 'BAD_USER_INPUT', fields: { 'input.lines.0.quantity': 'At most 1 can still be returned' } },
    ],
    [
      'a line of another order',
      () =>
        returnInput({ orderId: delivered.id, lines: [{ orderLineId: foreign.lines[0]!.id, quantity: 1 }] }),
      { code: 'BAD_USER_INPUT', fields: { 'input.lines.0.orderLineId': 'Not a line of this order' } },
    ],
    [
      "another customer's order",
      () => returnInput({ orderId: foreign.id, lines: [{ orderLineId: foreign.lines[0]!.id, quantity: 1 }] }),
      { code: 'BAD_USER_INPUT', fields: { 'input.orderId': 'An order of another customer' } },
    ],
    [
      'no lines',
      () => returnInput({ orderId: delivered.id }),
      { code: 'BAD_USER_INPUT', fields: { 'input.lines': 'Name the order lines sent back' } },
    ],
    [
      'lines on an inquiry',
      () =>
        returnInput({
          type: 'INQUIRY',
          orderId: delivered.id,
          lines: [{ orderLineId: chairs.id, quantity: 1 }],
        }),
      { code: 'BAD_USER_INPUT', fields: { 'input.lines': 'Only returns and exchanges have lines' } },
    ],
    [
      'an order not delivered',
      () =>
        returnInput({
          orderId: undelivered.id,
          lines: [{ orderLineId: undelivered.lines[0]!.id, quantity: 1 }],
        }),
      { code: 'CONFLICT' },
    ],
  ])('refuses a return of %s, writing nothing', async (_, input, expected) => {
    const before = await allRows();
    expect(errorOf(await app.request(openReturn, input(), token))).toMatchObject(expected);
    expect(await allRows()).toEqual(before);
  });

  it('approves, receives and refunds at most what the returned goods cost', async () => {
    const approved = dataOf(await app.request(moveMutations.approve, { id: rma.id, v: 1 }, token)).approveRma;
    expect(approved).toMatchObject({ status: 'APPROVED', version: 2 });
    expect(approved.approvedAt).not.toBeNull();

    // Illegal moves and a stale version: CONFLICT, nothing written.
    const before = await allRows();
    expect(errorOf(await app.request(moveMutations.approve, { id: rma.id }, token)).code).toBe('CONFLICT');
    expect(errorOf(await app.request(moveMutations.refund, { id: rma.id, amount: '1.00' }, token)).code).toBe(
      'CONFLICT',
    );
    expect(errorOf(await app.request(moveMutations.receive, { id: rma.id, v: 1 }, token)).code).toBe(
      'CONFLICT',
    );
    expect(await allRows()).toEqual(before);

    const received = dataOf(
      await app.request(moveMutations.receive, { id: rma.id, v: 2 }, token),
    ).receiveRmaGoods;
    expect(received).toMatchObject({ status: 'RECEIVED', version: 3 });

    const tooMuch = errorOf(await app.request(moveMutations.refund, { id: rma.id, amount: '300.01' }, token));
    expect(tooMuch).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { amount: expect.stringContaining('300.00') },
    });
    const negative = errorOf(await app.request(moveMutations.refund, { id: rma.id, amount: '-1' }, token));
    expect(negative).toMatchObject({ code: 'BAD_USER_INPUT', fields: { amount: expect.any(String) } });
    expect(await allRows()).toEqual({ ...before, audit: before.audit + 1, outbox: before.outbox + 1 });

    const refunded = dataOf(
      await app.request(moveMutations.refund, { id: rma.id, amount: '300', v: 3 }, token),
    ).refundRma;
    expect(refunded).toMatchObject({ status: 'REFUNDED', refundAmount: '300.00', version: 4 });

    const events = (await outboxOf(app, tenant)).filter((row) => row.aggregateid === rma.id);
    expect(events.map((row) => row.type.split('.')[3])).toEqual([
      'issued',
      'approved',
      'received',
      'refunded',
    ]);
    expect(events[3]!.payload.rma).toMatchObject({ status: 'REFUNDED', refundAmount: '300.00' });

    // Only agents and admins move RMAs.
    const readonly = tokenFor(tenant, 'readonly');
    expect(errorOf(await app.request(moveMutations.approve, { id: rma.id }, readonly)).code).toBe(
      'FORBIDDEN',
    );
    const seen = dataOf(
      await app.request(`query($id: UUID!) { rma(id: $id) { number status } }`, { id: rma.id }, readonly),
    );
    expect(seen.rma).toEqual({ number: 'RMA-000001', status: 'REFUNDED' });
    const otherTenant = tokenFor(testTenant('after-sales-other'));
    expect(
      dataOf(await app.request(`query($id: UUID!) { rma(id: $id) { id } }`, { id: rma.id }, otherTenant)).rma,
    ).toBeNull();
    // Another tenant's RMA is unknown to a mutation too.
    expect(
      errorOf(await app.request(moveMutations.reject, { id: rma.id, reason: 'x' }, otherTenant)).code,
    ).toBe('NOT_FOUND');
  });

  it('counts a rejected RMA as nothing returned, and numbers RMAs without gaps', async () => {
    const exchange = dataOf(
      await app.request(
        openReturn,
        returnInput({
          type: 'EXCHANGE',
          orderId: delivered.id,
          lines: [{ orderLineId: lamps.id, quantity: 3 }],
        }),
        token,
      ),
    ).openTicket.rma;
    // The three lamps cost the whole line, discount included.
    expect(exchange).toMatchObject({ number: 'RMA-000002', kind: 'EXCHANGE', returnedValue: '100.00' });

    const full = returnInput({ orderId: delivered.id, lines: [{ orderLineId: lamps.id, quantity: 1 }] });
    expect(errorOf(await app.request(openReturn, full, token)).fields).toEqual({
      'input.lines.0.quantity': 'Every unit of this line is returned already',
    });
    const rejected = dataOf(
      await app.request(moveMutations.reject, { id: exchange.id, reason: 'Damaged by the customer' }, token),
    ).rejectRma;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Damaged by the customer' });

    const again = dataOf(await app.request(openReturn, full, token)).openTicket.rma;
    // One lamp of three for 100.00: 33.333… rounded to cents.
    expect(again).toMatchObject({ number: 'RMA-000003', returnedValue: '33.33' });

    const list = async (filter: Record<string, unknown>) =>
      dataOf(
        await app.request(
          'query($filter: RmaFilter) { rmas(filter: $filter) { totalCount edges { node { number status } } } }',
          { filter },
          token,
        ),
      ).rmas;
    expect(await list({})).toMatchObject({
      totalCount: 3,
      edges: [
        { node: { number: 'RMA-000003' } },
        { node: { number: 'RMA-000002' } },
        { node: { number: 'RMA-000001' } },
      ],
    });
    expect(await list({ status: { in: ['REFUNDED', 'REJECTED'] } })).toEqual({
      totalCount: 2,
      edges: [
        { node: { number: 'RMA-000002', status: 'REJECTED' } },
        { node: { number: 'RMA-000001', status: 'REFUNDED' } },
      ],
    });
    expect((await list({ orderId: { eq: foreign.id } })).totalCount).toBe(0);
  });
});

describe('repairs', () => {
  const repairTenant = testTenant('repairs');
  const repairToken = tokenFor(repairTenant);
  const repairCustomer = randomUUID();
  const day = (date: Date) => date.toISOString().slice(0, 10);
  // Delivered on the 15th of the month 6 and 13 months ago (the 15th exists in every month).
  const monthsAgo = (months: number) => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 15));
  };
  const recent = deliveredOrder(orderState(repairTenant, repairCustomer), day(monthsAgo(6)));
  const old = deliveredOrder(
    orderState(repairTenant, repairCustomer, { number: 'SO-000002' }),
    day(monthsAgo(13)),
  );
  const repairMutation = openTicketMutation.replace(
    'customer { id }',
    'customer { id } warrantyStatus warrantyEndsOn',
  );
  const openRepair = async (orderId?: string) =>
    dataOf(
      await app.request(
        repairMutation,
        {
          input: {
            customerId: repairCustomer,
            orderId,
            type: 'REPAIR',
            channel: 'PHONE',
            subject: 'Lamp flickers',
          },
        },
        repairToken,
      ),
    ).openTicket;
  const setWarranty = `mutation($months: Int!) { setWarrantyPolicy(months: $months) { months } }`;

  beforeAll(async () => {
    await projectOrders(app, [
      { name: 'placed', order: recent },
      { name: 'placed', order: old },
    ]);
  });

  it('checks the warranty from the delivery by the tenant’s months, and records the outcome', async () => {
    // The default is 24 months: both are covered.
    expect(
      dataOf(await app.request('{ warrantyPolicy { months updatedAt } }', {}, repairToken)).warrantyPolicy,
    ).toEqual({
      months: 24,
      updatedAt: null,
    });
    expect(await openRepair(old.id)).toMatchObject({
      warrantyStatus: 'IN_WARRANTY',
      warrantyEndsOn: day(
        new Date(Date.UTC(monthsAgo(13).getUTCFullYear(), monthsAgo(13).getUTCMonth() + 24, 15)),
      ),
    });

    const admin = tokenFor(repairTenant, 'admin');
    expect(errorOf(await app.request(setWarranty, { months: 0 }, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { months: 'At least 1 month' },
    });
    expect(errorOf(await app.request(setWarranty, { months: 12 }, repairToken)).code).toBe('FORBIDDEN');
    expect(dataOf(await app.request(setWarranty, { months: 12 }, admin)).setWarrantyPolicy).toEqual({
      months: 12,
    });

    const covered = await openRepair(recent.id);
    expect(covered).toMatchObject({
      warrantyStatus: 'IN_WARRANTY',
      warrantyEndsOn: day(
        new Date(Date.UTC(monthsAgo(6).getUTCFullYear(), monthsAgo(6).getUTCMonth() + 12, 15)),
      ),
    });
    const expired = await openRepair(old.id);
    expect(expired).toMatchObject({
      warrantyStatus: 'OUT_OF_WARRANTY',
      warrantyEndsOn: day(
        new Date(Date.UTC(monthsAgo(13).getUTCFullYear(), monthsAgo(13).getUTCMonth() + 12, 15)),
      ),
    });
    expect(await openRepair()).toMatchObject({ warrantyStatus: null, warrantyEndsOn: null });

    const [opened] = (await outboxOf(app, repairTenant)).filter((row) => row.aggregateid === expired.id);
    expect(opened!.payload.ticket.warranty).toEqual({
      status: 'OUT_OF_WARRANTY',
      endsOn: expired.warrantyEndsOn,
      months: 12,
    });
  });

  it('records the outcome of a repair, for repair tickets only', async () => {
    const record = `mutation($id: UUID!, $outcome: RepairOutcome!, $v: Int) {
      recordRepairOutcome(id: $id, outcome: $outcome, expectedVersion: $v) { repairOutcome version }
    }`;
    const repair = await openRepair(recent.id);
    const inquiry = dataOf(
      await app.request(
        openTicketMutation,
        { input: { customerId: repairCustomer, type: 'INQUIRY', channel: 'WEB', subject: 'Opening hours?' } },
        repairToken,
      ),
    ).openTicket;
    const before = (await outboxOf(app, repairTenant)).length;
    expect(errorOf(await app.request(record, { id: inquiry.id, outcome: 'REPAIRED' }, repairToken))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { outcome: 'Only repair tickets have a repair outcome' },
    });
    expect(
      errorOf(await app.request(record, { id: repair.id, outcome: 'REPAIRED', v: 9 }, repairToken)).code,
    ).toBe('CONFLICT');
    expect(await outboxOf(app, repairTenant)).toHaveLength(before);

    const recorded = dataOf(
      await app.request(record, { id: repair.id, outcome: 'REPLACED', v: 1 }, repairToken),
    ).recordRepairOutcome;
    expect(recorded).toEqual({ repairOutcome: 'REPLACED', version: 2 });
    const [event] = (await outboxOf(app, repairTenant)).slice(before);
    expect(event).toMatchObject({
      type: 'crm.service.ticket.updated.v1',
      payload: {
        ticket: { repairOutcome: 'REPLACED' },
        changedFields: ['repairOutcome'],
      },
    });
  });
});
