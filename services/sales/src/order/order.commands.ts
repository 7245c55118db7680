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
import { OpportunityEntity } from '../opportunity/opportunity.entity';
import { priceFromBook, standardPriceBook, type PricedProductLine } from '../priceBook/pricing';
import { OrderEntity, OrderLineEntity, type OrderStatus } from './order.entity';
import {
  assertOrderMove,
  cancelOrderInput,
  deliveryInput,
  orderSnapshot,
  placeOrderInput,
  statusTimes,
  type OrderSnapshot,
} from './order.rules';
import type { OrderTotals } from './orderTotals';
import { seesOnlyOwnRecords, isVisibleRecord } from '../ownership';

type OrderEventType = Extract<EventType, `crm.sales.order.${string}`>;

/** Dating a record in the past is a data import: admins only. */
export function assertMayBackdate(context: RequestContext, time: Date | null | undefined): void {
  if (time != null && !hasRole(context.user, 'admin')) {
    throw forbidden('Only admins may date a record in the past (data import)');
  }
}

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

/** What an order is made of once its lines are priced (placeOrder, or an accepted quote). */
export interface NewOrder {
  customerId: string;
  opportunityId: string | null;
  quoteId: string | null;
  ownerId: string | null;
  currency: string;
  requestedDeliveryDate: string | null;
  lines: OrderLineValues[];
  totals: OrderTotals;
  /** When it was placed, if not now (data import). */
  placedAt?: Date | null;
}

/** A priced line as an order stores it. */
export type OrderLineValues = Omit<PricedProductLine, 'priced'>;

/**
 * Writes a CONFIRMED order with the tenant's next number, its lines, the audit record and order.placed,
 * in the caller's transaction: the one way an order comes to be.
 */
export async function insertOrder(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  input: NewOrder,
): Promise<OrderEntity> {
  // Taken in this transaction: a rollback returns the number, concurrent orders queue on the counter.
  const number = await nextInSequence(tx, 'order');
  const now = input.placedAt ?? new Date();
  const order = tx.manager.create(OrderEntity, {
    tenantId: tx.tenantId,
    number,
    customerId: input.customerId,
    opportunityId: input.opportunityId,
    quoteId: input.quoteId,
    ownerId: input.ownerId,
    currency: input.currency,
    status: 'CONFIRMED',
    ...input.totals,
    requestedDeliveryDate: input.requestedDeliveryDate,
    actualDeliveryDate: null,
    confirmedAt: now,
    shippedAt: null,
    deliveredAt: null,
    cancelledAt: null,
    cancellationReason: null,
    createdAt: now,
  });
  await tx.save(OrderEntity, order);
  const lines: OrderLineEntity[] = [];
  for (const line of input.lines) {
    const row = tx.manager.create(OrderLineEntity, {
      tenantId: tx.tenantId,
      orderId: order.id,
      position: line.position,
      productId: line.productId,
      sku: line.sku,
      productName: line.productName,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      listPrice: line.listPrice,
      priceOverridden: line.priceOverridden,
      discountPercent: line.discountPercent,
      lineTotal: line.lineTotal,
    });
    await tx.save(OrderLineEntity, row);
    lines.push(row);
  }
  const after = orderSnapshot(order, lines);
  await recordOrderChange(tx, context, operation, null, after, {
    type: 'crm.sales.order.placed.v1',
    data: { order: after, changedFields: changedFields(null, after) },
  });
  return order;
}

/**
 * Places a CONFIRMED order: numbered gap-free per tenant, priced from the standard price book of its
 * currency and totalled by the service. DRAFT is not a status placeOrder makes.
 */
export async function placeOrder(context: RequestContext, rawInput: unknown): Promise<OrderEntity> {
  const input = parseInput(placeOrderInput, rawInput);
  if (seesOnlyOwnRecords(context.user) && input.ownerId != null && input.ownerId !== context.user.userId) {
    throw forbidden('A sales rep may only own orders themselves');
  }
  if (!mayOverridePrices(context) && input.lines.some((line) => line.unitPrice != null)) {
    throw forbidden('Only admins and sales managers may override a unit price');
  }
  assertMayBackdate(context, input.placedAt);
  return context.db.transaction(async (tx) => {
    if (input.opportunityId) {
      const opportunity = await tx.findById(OpportunityEntity, input.opportunityId);
      if (!opportunity || !isVisibleRecord(context, opportunity)) {
        throw badUserInput({ 'input.opportunityId': 'No such opportunity' });
      }
      if (opportunity.customerId !== input.customerId) {
        throw badUserInput({ 'input.opportunityId': "The opportunity is another customer's" });
      }
    }
    const book = await standardPriceBook(tx, input.currency);
    const { lines, totals } = await priceFromBook(tx, book, input.currency, input.lines);
    return insertOrder(tx, context, 'placeOrder', {
      customerId: input.customerId,
      opportunityId: input.opportunityId ?? null,
      quoteId: null,
      ownerId: input.ownerId ?? context.user.userId,
      currency: input.currency,
      requestedDeliveryDate: input.requestedDeliveryDate ?? null,
      lines,
      totals,
      placedAt: input.placedAt,
    });
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
  if (!isVisibleRecord(context, order)) throw notFound('Order', id);
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
