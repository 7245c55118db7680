import { recordChange, type EventType } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  forbidden,
  hasRole,
  nextInSequence,
  notFound,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { In } from 'typeorm';
import { OpportunityEntity } from '../opportunity/opportunity.entity';
import { isVisibleOpportunity } from '../opportunity/opportunity.queries';
import { PriceBookEntity, PriceBookEntryEntity } from '../priceBook/priceBook.entity';
import { ProductEntity } from '../product/product.entity';
import { OrderEntity, OrderLineEntity, type OrderStatus } from './order.entity';
import { isVisibleOrder, seesOnlyOwnOrders } from './order.queries';
import {
  assertOrderMove,
  cancelOrderInput,
  deliveryInput,
  orderSnapshot,
  placeOrderInput,
  statusTimes,
  type OrderSnapshot,
  type PlaceOrderInput,
} from './order.rules';
import { maxCents, orderTotals, priceLine } from './orderTotals';

type OrderEventType = Extract<EventType, `crm.sales.order.${string}`>;

/** Who may set a unit price instead of the price book's. */
function mayOverridePrices(context: RequestContext): boolean {
  return hasRole(context.user, 'admin', 'sales_manager');
}

function recordOrderChange<T extends OrderEventType>(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  before: OrderSnapshot | null,
  after: OrderSnapshot,
  event: Parameters<typeof recordChange<T>>[2]['event'],
) {
  return recordChange(tx, context.actor, {
    operation,
    entityType: 'Order',
    entityId: after.id,
    before,
    after,
    event,
  });
}

/**
 * Prices the order's lines: the product must be the tenant's and active, the unit price comes from the
 * tenant's standard price book of the order's currency unless a permitted role gave one. Every problem
 * is reported at once, by line, before anything is written.
 */
async function priceLines(tx: TenantDb, input: PlaceOrderInput, orderTenant: string) {
  const productIds = [...new Set(input.lines.map((line) => line.productId))];
  const products = await tx.findByIds(ProductEntity, productIds);
  const book = await tx
    .select(PriceBookEntity, 'b')
    .andWhere('b.currency = :currency AND b.isStandard AND b.active', { currency: input.currency })
    .getOne();
  const entries = book
    ? await tx.manager.find(PriceBookEntryEntity, {
        where: { tenantId: tx.tenantId, priceBookId: book.id, productId: In(productIds) },
      })
    : [];
  const errors: Record<string, string> = {};
  const lines = input.lines.map((line, index) => {
    const field = `input.lines.${index}`;
    const product = products.find((candidate) => candidate.id === line.productId);
    const listPrice = entries.find((entry) => entry.productId === line.productId)?.unitPrice ?? null;
    if (!product) errors[`${field}.productId`] = 'No such product';
    else if (!product.active) errors[`${field}.productId`] = 'The product is not active';
    else if (line.unitPrice == null && listPrice === null) {
      errors[`${field}.productId`] = book
        ? `No price in the standard ${input.currency} price book`
        : `No active standard price book for ${input.currency}`;
    }
    const unitPrice = line.unitPrice ?? listPrice ?? '0';
    const discountPercent = line.discountPercent ?? '0';
    const priced = priceLine({ quantity: line.quantity, unitPrice, discountPercent });
    if (priced.grossCents > maxCents) errors[`${field}.quantity`] = 'The line total is too large';
    return { line, product, listPrice, unitPrice, discountPercent, priced, position: index + 1 };
  });
  if (Object.keys(errors).length > 0) throw badUserInput(errors);
  const totals = orderTotals(lines.map((line) => line.priced));
  if (BigInt(totals.subtotal.replace('.', '')) > maxCents) {
    throw badUserInput({ 'input.lines': 'The order total is too large' });
  }
  return {
    totals,
    lines: lines.map(({ line, product, listPrice, unitPrice, discountPercent, priced, position }) =>
      tx.manager.create(OrderLineEntity, {
        tenantId: orderTenant,
        position,
        productId: line.productId,
        sku: product!.sku,
        productName: product!.name,
        quantity: line.quantity,
        unitPrice,
        listPrice,
        priceOverridden: line.unitPrice != null,
        discountPercent,
        lineTotal: priced.lineTotal,
      }),
    ),
  };
}

/**
 * Places a CONFIRMED order: numbered gap-free per tenant, priced and totalled by the service. DRAFT is
 * the status of an order prepared before it is placed (orders from quotes); placeOrder does not make one.
 */
export async function placeOrder(context: RequestContext, rawInput: unknown): Promise<OrderEntity> {
  const input = parseInput(placeOrderInput, rawInput);
  if (seesOnlyOwnOrders(context.user) && input.ownerId != null && input.ownerId !== context.user.userId) {
    throw forbidden('A sales rep may only own orders themselves');
  }
  if (!mayOverridePrices(context) && input.lines.some((line) => line.unitPrice != null)) {
    throw forbidden('Only admins and sales managers may override a unit price');
  }
  return context.db.transaction(async (tx) => {
    if (input.opportunityId) {
      const opportunity = await tx.findById(OpportunityEntity, input.opportunityId);
      if (!opportunity || !isVisibleOpportunity(context, opportunity)) {
        throw badUserInput({ 'input.opportunityId': 'No such opportunity' });
      }
      if (opportunity.customerId !== input.customerId) {
        throw badUserInput({ 'input.opportunityId': "The opportunity is another customer's" });
      }
    }
    const { lines, totals } = await priceLines(tx, input, tx.tenantId);
    // Taken in this transaction: a rollback returns the number, concurrent orders queue on the counter.
    const number = await nextInSequence(tx, 'order');
    const now = new Date();
    const order = tx.manager.create(OrderEntity, {
      tenantId: tx.tenantId,
      number,
      customerId: input.customerId,
      opportunityId: input.opportunityId ?? null,
      ownerId: input.ownerId ?? context.user.userId,
      currency: input.currency,
      status: 'CONFIRMED',
      ...totals,
      requestedDeliveryDate: input.requestedDeliveryDate ?? null,
      actualDeliveryDate: null,
      confirmedAt: now,
      shippedAt: null,
      deliveredAt: null,
      cancelledAt: null,
      cancellationReason: null,
      createdAt: now,
    });
    await tx.save(OrderEntity, order);
    for (const line of lines) {
      line.orderId = order.id;
      await tx.save(OrderLineEntity, line);
    }
    const after = orderSnapshot(order, lines);
    await recordOrderChange(tx, context, 'placeOrder', null, after, {
      type: 'crm.sales.order.placed.v1',
      data: { order: after, changedFields: changedFields(null, after) },
    });
    return order;
  });
}

/** Locks an order the caller may change; one they may not see is NOT_FOUND, checked before the version. */
async function findOrderForUpdate(
  tx: TenantDb,
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<{ order: OrderEntity; lines: OrderLineEntity[] }> {
  const order = await tx.findForUpdate(OrderEntity, 'Order', id);
  if (!isVisibleOrder(context, order)) throw notFound('Order', id);
  if (expectedVersion != null && order.version !== expectedVersion) {
    throw conflict(
      `Order ${id} was changed by someone else (version ${order.version}, expected ${expectedVersion})`,
      { currentVersion: order.version },
    );
  }
  const lines = await tx.manager.find(OrderLineEntity, {
    where: { orderId: id, tenantId: tx.tenantId },
    order: { position: 'ASC' },
  });
  return { order, lines };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Moves an order DRAFT → CONFIRMED → SHIPPED → DELIVERED; cancelling is cancelOrder's (it needs a reason). */
export async function changeOrderStatus(
  context: RequestContext,
  id: string,
  status: OrderStatus,
  expectedVersion: number | null | undefined,
  rawDelivery: unknown,
): Promise<OrderEntity> {
  const delivery = parseInput(deliveryInput, rawDelivery, '');
  if (delivery.actualDeliveryDate != null && status !== 'DELIVERED') {
    throw badUserInput({ actualDeliveryDate: 'Only with status DELIVERED' });
  }
  return context.db.transaction(async (tx) => {
    const { order, lines } = await findOrderForUpdate(tx, context, id, expectedVersion);
    if (status === 'CANCELLED') {
      throw conflict('An order is cancelled only through cancelOrder, with a reason', {
        status: order.status,
      });
    }
    assertOrderMove(order.status, status);
    const before = orderSnapshot(order, lines);
    order.status = status;
    if (status !== 'DRAFT') order[statusTimes[status]] = new Date();
    if (status === 'DELIVERED') order.actualDeliveryDate = delivery.actualDeliveryDate ?? today();
    await tx.save(OrderEntity, order);
    const after = orderSnapshot(order, lines);
    await recordOrderChange(tx, context, 'changeOrderStatus', before, after, {
      type: 'crm.sales.order.status_changed.v1',
      data: { order: after, previousStatus: before.status, changedFields: changedFields(before, after) },
    });
    return order;
  });
}

/** Cancels an order that has not shipped; its total stops counting as the customer's revenue. */
export async function cancelOrder(
  context: RequestContext,
  id: string,
  rawReason: unknown,
  expectedVersion: number | null | undefined,
): Promise<OrderEntity> {
  const { reason } = parseInput(cancelOrderInput, { reason: rawReason }, '');
  return context.db.transaction(async (tx) => {
    const { order, lines } = await findOrderForUpdate(tx, context, id, expectedVersion);
    assertOrderMove(order.status, 'CANCELLED');
    const before = orderSnapshot(order, lines);
    Object.assign(order, { status: 'CANCELLED', cancelledAt: new Date(), cancellationReason: reason });
    await tx.save(OrderEntity, order);
    const after = orderSnapshot(order, lines);
    await recordOrderChange(tx, context, 'cancelOrder', before, after, {
      type: 'crm.sales.order.cancelled.v1',
      data: { order: after, previousStatus: before.status, changedFields: changedFields(before, after) },
    });
    return order;
  });
}
