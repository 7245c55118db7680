// Orders against the real service: numbered gap-free per tenant, priced from the standard price book
// (or by a permitted role), totalled by the service; every change writes the order, its audit record and
// one outbox event in one transaction, and bad input or an illegal move writes nothing.
import { randomUUID } from 'node:crypto';
import { testTenant } from '@crm/testkit';
import {
  cancelOrderMutation,
  changeOrderStatusMutation,
  orderQuery,
  placeOrder,
  placeOrderMutation,
  salesCatalogue,
  type Catalogue,
  type OrderView,
} from './support/salesOperations';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

async function tenantWithCatalogue(name: string): Promise<{ tenant: string; catalogue: Catalogue }> {
  const tenant = testTenant(name);
  return { tenant, catalogue: await salesCatalogue(app, tenant) };
}

const customerId = randomUUID();

describe('placeOrder', () => {
  it('prices lines from the standard price book, totals them, and publishes the full order', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('order-place');
    const token = tokenFor(tenant, 'sales_rep', 'rep-1');
    const order = await placeOrder(app, token, {
      customerId,
      currency: 'eur',
      requestedDeliveryDate: '2026-12-01',
      lines: [
        { productId: catalogue.seat, quantity: 3, discountPercent: '12.5' },
        { productId: catalogue.onboarding, quantity: 1 },
      ],
    });
    expect(order).toMatchObject({
      number: 'SO-000001',
      customerId,
      ownerId: 'rep-1',
      currency: 'EUR',
      status: 'CONFIRMED',
      // 3 × 540.00 = 1620.00 less 12.5 % = 1417.50; + 2500.00.
      subtotal: '4120.00',
      discountTotal: '202.50',
      total: '3917.50',
      requestedDeliveryDate: '2026-12-01',
      actualDeliveryDate: null,
      version: 1,
    });
    expect(order.lines.map(({ id: _id, ...line }) => line)).toEqual([
      {
        position: 1,
        productId: catalogue.seat,
        sku: 'CRM-PRO',
        productName: 'CRM Professional seat',
        quantity: 3,
        unitPrice: '540.00',
        listPrice: '540.00',
        priceOverridden: false,
        discountPercent: '12.50',
        lineTotal: '1417.50',
      },
      {
        position: 2,
        productId: catalogue.onboarding,
        sku: 'ONB',
        productName: 'Onboarding',
        quantity: 1,
        unitPrice: '2500.00',
        listPrice: '2500.00',
        priceOverridden: false,
        discountPercent: '0.00',
        lineTotal: '2500.00',
      },
    ]);

    const events = (await outboxOf(app, tenant)).filter((row) => row.type.startsWith('crm.sales.order.'));
    expect(events.map((row) => [row.type, row.aggregateid])).toEqual([
      ['crm.sales.order.placed.v1', order.id],
    ]);
    expect(events[0]!.payload).toMatchObject({
      order: {
        id: order.id,
        tenantId: tenant,
        number: 'SO-000001',
        status: 'CONFIRMED',
        total: '3917.50',
        lines: order.lines.map((line) => ({
          id: line.id,
          productId: line.productId,
          quantity: line.quantity,
        })),
      },
      changedFields: expect.arrayContaining(['status', 'lines', 'total']),
    });
    const [audit] = await app.sql(
      "SELECT actor_id, operation FROM audit_log WHERE tenant_id = $1 AND entity_type = 'Order'",
      [tenant],
    );
    expect(audit).toEqual({ actor_id: 'rep-1', operation: 'placeOrder' });
  });

  it('takes an admin or sales manager price instead of the book, and refuses it from a sales rep', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('order-override');
    const input = (unitPrice: string) => ({
      customerId,
      currency: 'EUR',
      lines: [{ productId: catalogue.seat, quantity: 2, unitPrice }],
    });
    const managed = await placeOrder(app, tokenFor(tenant, 'sales_manager'), input('499.99'));
    expect(managed.lines[0]).toMatchObject({
      unitPrice: '499.99',
      listPrice: '540.00',
      priceOverridden: true,
    });
    expect(managed.total).toBe('999.98');
    // A price with no book behind it (no USD standard book) is fine when a permitted role gives it.
    const dollars = await placeOrder(app, tokenFor(tenant, 'admin'), { ...input('600'), currency: 'USD' });
    expect(dollars.lines[0]).toMatchObject({ unitPrice: '600.00', listPrice: null, priceOverridden: true });

    const before = await tenantRows(app, tenant);
    const refused = await app.request(
      placeOrderMutation,
      { input: input('1.00') },
      tokenFor(tenant, 'sales_rep'),
    );
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    expect(await tenantRows(app, tenant)).toEqual(before);
  });

  it('refuses bad input with BAD_USER_INPUT naming each line, and writes nothing', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('order-invalid');
    const token = tokenFor(tenant, 'sales_manager');
    const line = (productId: string, extra: object = {}) => ({ productId, quantity: 1, ...extra });
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ lines: [line(catalogue.seat, { quantity: -2 })] }, { 'input.lines.0.quantity': 'At least 1' }],
      [{ lines: [] }, { 'input.lines': 'An order needs at least one line' }],
      [{ lines: [line(randomUUID())] }, { 'input.lines.0.productId': 'No such product' }],
      [
        { lines: [line(catalogue.seat), line(catalogue.retired)] },
        { 'input.lines.1.productId': 'The product is not active' },
      ],
      [
        { lines: [line(catalogue.unpriced)] },
        { 'input.lines.0.productId': 'No price in the standard EUR price book' },
      ],
      [
        { currency: 'USD', lines: [line(catalogue.seat)] },
        { 'input.lines.0.productId': 'No active standard price book for USD' },
      ],
      [{ currency: 'EURO' }, { 'input.currency': 'ISO 4217 code, e.g. EUR' }],
      [
        { lines: [line(catalogue.seat, { discountPercent: '120' })] },
        { 'input.lines.0.discountPercent': 'At most 100' },
      ],
      [{ customerId: 'acme' }, { 'input.customerId': expect.stringMatching(/UUID/) as unknown as string }],
    ];
    const before = await tenantRows(app, tenant);
    for (const [input, fields] of cases) {
      const response = await app.request(
        placeOrderMutation,
        { input: { customerId, currency: 'EUR', lines: [line(catalogue.seat)], ...input } },
        token,
      );
      expect({ input, error: errorOf(response) }).toEqual({
        input,
        error: { code: 'BAD_USER_INPUT', fields },
      });
    }
    expect(await tenantRows(app, tenant)).toEqual(before);
    expect(before).toMatchObject({ orders: 0, orderLines: 0, sequences: 0 });
  });

  it('numbers concurrent orders gap-free per tenant, failed ones taking no number', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('order-numbers');
    const { catalogue: other, tenant: otherTenant } = await tenantWithCatalogue('order-numbers-other');
    const token = tokenFor(tenant, 'sales_rep');
    const attempts = Array.from({ length: 16 }, (_, index) =>
      app.request<{ placeOrder: OrderView }>(
        placeOrderMutation,
        {
          input: {
            customerId,
            currency: 'EUR',
            // Every fourth order names an inactive product: refused after the others have started.
            lines: [{ productId: index % 4 === 3 ? catalogue.retired : catalogue.seat, quantity: 1 }],
          },
        },
        token,
      ),
    );
    const responses = await Promise.all(attempts);
    const placed = responses
      .filter((response) => !response.errors)
      .map((response) => response.data!.placeOrder);
    expect(responses.filter((response) => response.errors)).toHaveLength(4);
    expect(placed.map((order) => order.number).sort()).toEqual(
      Array.from({ length: 12 }, (_, index) => `SO-${String(index + 1).padStart(6, '0')}`),
    );
    // Another tenant counts from 1.
    const first = await placeOrder(app, tokenFor(otherTenant), {
      customerId,
      currency: 'EUR',
      lines: [{ productId: other.seat, quantity: 1 }],
    });
    expect(first.number).toBe('SO-000001');
  });
});

describe('order status', () => {
  it('moves CONFIRMED → SHIPPED → DELIVERED with times and the delivery date, one event each', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('order-ship');
    const token = tokenFor(tenant, 'sales_manager');
    const order = await placeOrder(app, token, {
      customerId,
      currency: 'EUR',
      lines: [{ productId: catalogue.seat, quantity: 1 }],
    });
    const shipped = dataOf(
      await app.request(
        changeOrderStatusMutation,
        { id: order.id, status: 'SHIPPED', expectedVersion: 1 },
        token,
      ),
    ).changeOrderStatus;
    expect(shipped).toMatchObject({ status: 'SHIPPED', version: 2, shippedAt: expect.any(String) });

    const before = await tenantRows(app, tenant);
    const illegal: [string, Record<string, unknown>][] = [
      [changeOrderStatusMutation, { id: order.id, status: 'CONFIRMED' }],
      [changeOrderStatusMutation, { id: order.id, status: 'CANCELLED' }],
      [cancelOrderMutation, { id: order.id, reason: 'Too late' }],
      [changeOrderStatusMutation, { id: order.id, status: 'DELIVERED', expectedVersion: 1 }],
    ];
    for (const [mutation, variables] of illegal) {
      expect({ variables, code: errorOf(await app.request(mutation, variables, token)).code }).toEqual({
        variables,
        code: 'CONFLICT',
      });
    }
    const early = await app.request(
      changeOrderStatusMutation,
      { id: order.id, status: 'SHIPPED', actualDeliveryDate: '2026-12-03' },
      token,
    );
    expect(errorOf(early)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { actualDeliveryDate: 'Only with status DELIVERED' },
    });
    expect(await tenantRows(app, tenant)).toEqual(before);

    const delivered = dataOf(
      await app.request(
        changeOrderStatusMutation,
        { id: order.id, status: 'DELIVERED', actualDeliveryDate: '2026-12-03' },
        token,
      ),
    ).changeOrderStatus;
    expect(delivered).toMatchObject({ status: 'DELIVERED', actualDeliveryDate: '2026-12-03', version: 3 });
    const events = (await outboxOf(app, tenant)).filter((row) => row.type.startsWith('crm.sales.order.'));
    expect(events.map((row) => [row.type, row.payload.previousStatus, row.payload.order.status])).toEqual([
      ['crm.sales.order.placed.v1', undefined, 'CONFIRMED'],
      ['crm.sales.order.status_changed.v1', 'CONFIRMED', 'SHIPPED'],
      ['crm.sales.order.status_changed.v1', 'SHIPPED', 'DELIVERED'],
    ]);
    expect(events[2]!.payload).toMatchObject({
      order: { actualDeliveryDate: '2026-12-03', deliveredAt: expect.any(String), lines: [{ quantity: 1 }] },
      changedFields: expect.arrayContaining(['status', 'actualDeliveryDate', 'deliveredAt']),
    });
  });

  it('cancels an order before shipping with a reason, and the customer revenue drops', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('order-cancel');
    const token = tokenFor(tenant, 'admin');
    const kept = await placeOrder(app, token, {
      customerId,
      currency: 'EUR',
      lines: [{ productId: catalogue.seat, quantity: 2 }],
    });
    const dropped = await placeOrder(app, token, {
      customerId,
      currency: 'EUR',
      lines: [{ productId: catalogue.onboarding, quantity: 1 }],
    });
    await placeOrder(app, token, {
      customerId,
      currency: 'USD',
      lines: [{ productId: catalogue.seat, quantity: 1, unitPrice: '650.10' }],
    });
    const revenue = async () =>
      dataOf(
        await app.request(
          `query ($reps: [_Any!]!) { _entities(representations: $reps) {
            ... on Customer { revenue { amount currency } orders { totalCount edges { node { number status } } } }
          } }`,
          { reps: [{ __typename: 'Customer', id: customerId }] },
          token,
        ),
      )._entities[0];
    expect((await revenue()).revenue).toEqual([
      { amount: '3580.00', currency: 'EUR' },
      { amount: '650.10', currency: 'USD' },
    ]);

    const before = await tenantRows(app, tenant);
    const blank = await app.request(cancelOrderMutation, { id: dropped.id, reason: '  ' }, token);
    expect(errorOf(blank)).toEqual({ code: 'BAD_USER_INPUT', fields: { reason: 'Must not be empty' } });
    expect(await tenantRows(app, tenant)).toEqual(before);

    const cancelled = dataOf(
      await app.request(
        cancelOrderMutation,
        { id: dropped.id, reason: 'Budget frozen', expectedVersion: 1 },
        token,
      ),
    ).cancelOrder;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Budget frozen',
      cancelledAt: expect.any(String),
      total: '2500.00',
    });
    const after = await revenue();
    expect(after.revenue).toEqual([
      { amount: '1080.00', currency: 'EUR' },
      { amount: '650.10', currency: 'USD' },
    ]);
    expect(after.orders.totalCount).toBe(3);
    const event = (await outboxOf(app, tenant)).at(-1)!;
    expect(event).toMatchObject({
      type: 'crm.sales.order.cancelled.v1',
      aggregateid: dropped.id,
      payload: {
        previousStatus: 'CONFIRMED',
        order: { status: 'CANCELLED', cancellationReason: 'Budget frozen' },
      },
    });
    expect(kept.status).toBe('CONFIRMED');
  });
});

describe('who sees which orders', () => {
  it('shows a sales rep only their own orders, revenue and references; managers all; other tenants none', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('order-owners');
    const repOne = tokenFor(tenant, 'sales_rep', 'rep-1');
    const repTwo = tokenFor(tenant, 'sales_rep', 'rep-2');
    const input = { customerId, currency: 'EUR', lines: [{ productId: catalogue.seat, quantity: 1 }] };
    const mine = await placeOrder(app, repOne, input);
    const theirs = await placeOrder(app, repTwo, input);
    const forbidden = await app.request(
      placeOrderMutation,
      { input: { ...input, ownerId: 'rep-2' } },
      repOne,
    );
    expect(errorOf(forbidden).code).toBe('FORBIDDEN');

    const view = `query ($id: UUID!, $reps: [_Any!]!) {
      order(id: $id) { number }
      orders { totalCount edges { node { number ownerId } } }
      _entities(representations: $reps) {
        ... on Order { number }
        ... on Customer { orders { totalCount } revenue { amount currency } }
      }
    }`;
    const reps = [
      { __typename: 'Order', id: theirs.id },
      { __typename: 'Customer', id: customerId },
    ];
    expect(dataOf(await app.request(view, { id: theirs.id, reps }, repOne))).toEqual({
      order: null,
      orders: { totalCount: 1, edges: [{ node: { number: mine.number, ownerId: 'rep-1' } }] },
      _entities: [null, { orders: { totalCount: 1 }, revenue: [{ amount: '540.00', currency: 'EUR' }] }],
    });
    const cancel = await app.request(cancelOrderMutation, { id: theirs.id, reason: 'Not mine' }, repOne);
    expect(errorOf(cancel).code).toBe('NOT_FOUND');

    const manager = dataOf(
      await app.request(view, { id: theirs.id, reps }, tokenFor(tenant, 'sales_manager')),
    );
    expect(manager).toMatchObject({
      order: { number: theirs.number },
      orders: { totalCount: 2 },
      _entities: [{ number: theirs.number }, { orders: { totalCount: 2 }, revenue: [{ amount: '1080.00' }] }],
    });
    // Support agents read orders (returns), but do not place them.
    const support = tokenFor(tenant, 'support_agent');
    expect(dataOf(await app.request(orderQuery, { id: mine.id }, support)).order.number).toBe(mine.number);
    expect(errorOf(await app.request(placeOrderMutation, { input }, support)).code).toBe('FORBIDDEN');

    const stranger = tokenFor(testTenant('order-stranger'), 'admin');
    expect(dataOf(await app.request(view, { id: mine.id, reps }, stranger))).toEqual({
      order: null,
      orders: { totalCount: 0, edges: [] },
      _entities: [null, { orders: { totalCount: 0 }, revenue: [] }],
    });
    const move = await app.request(changeOrderStatusMutation, { id: mine.id, status: 'SHIPPED' }, stranger);
    expect(errorOf(move).code).toBe('NOT_FOUND');
  });

  it('searches by order number and product, and filters by status', async () => {
    const { tenant, catalogue } = await tenantWithCatalogue('order-search');
    const token = tokenFor(tenant);
    const seat = await placeOrder(app, token, {
      customerId,
      currency: 'EUR',
      lines: [{ productId: catalogue.seat, quantity: 1 }],
    });
    const onboarding = await placeOrder(app, token, {
      customerId,
      currency: 'EUR',
      lines: [{ productId: catalogue.onboarding, quantity: 1 }],
    });
    await app.request(cancelOrderMutation, { id: seat.id, reason: 'Duplicate' }, token);
    const numbers = async (args: string) =>
      dataOf(
        await app.request(`{ orders${args ? `(${args})` : ''} { edges { node { number } } } }`, {}, token),
      ).orders.edges.map((edge: { node: { number: string } }) => edge.node.number);
    expect(await numbers('')).toEqual([onboarding.number, seat.number]);
    expect(await numbers('search: "so-000002"')).toEqual([onboarding.number]);
    expect(await numbers('search: "crm-pro"')).toEqual([seat.number]);
    expect(await numbers('filter: { status: { eq: CANCELLED } }')).toEqual([seat.number]);
    expect(await numbers('orderBy: { field: NUMBER, direction: ASC }, first: 1')).toEqual([seat.number]);
  });
});
