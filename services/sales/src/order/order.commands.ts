import { defineAggregate, within, type ChangeContext } from '@crm/events';
import {
  badUserInput,
  conflict,
  forbidden,
  hasRole,
  nextInSequence,
  parseInput,
  type RequestContext,
  seesOnlyOwnRecords,
} from '@crm/platform';
import type {
  MutationCancelOrderArgs,
  MutationChangeOrderStatusArgs,
  MutationPlaceOrderArgs,
} from '../generated/graphql';
import { OpportunityEntity } from '../opportunity/opportunity.entity';
import { isVisibleRecord } from '../ownership';
import {
  linesOf,
  priceFromBook,
  standardPriceBook,
  writeLines,
  type ProductLineValues,
} from '../priceBook/pricing';
import { statusMove } from '../workflow';
import { OrderEntity, OrderLineEntity } from './order.entity';
import {
  cancelOrderInput,
  deliveryInput,
  orderSnapshot,
  orderWorkflow,
  placeOrderInput,
} from './order.rules';
import type { OrderTotals } from './orderTotals';

/** An order with its lines: a sales rep sees and changes their own only. */
export const orders = defineAggregate({
  name: 'Order',
  entity: OrderEntity,
  eventKey: 'order',
  image: orderSnapshot,
  loadParts: linesOf(OrderLineEntity, 'orderId'),
  visibleTo: isVisibleRecord,
});

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

/** What an order is made of once its lines are priced (placeOrder, or an accepted quote). */
export interface NewOrder {
  customerId: string;
  opportunityId: string | null;
  quoteId: string | null;
  ownerId: string | null;
  currency: string;
  requestedDeliveryDate: string | null;
  lines: ProductLineValues[];
  totals: OrderTotals;
  /** When it was placed, if not now (data import). */
  placedAt?: Date | null;
}

/**
 * Writes a CONFIRMED order with the tenant's next number, its lines, the audit record and order.placed:
 * the one way an order comes to be (placeOrder, acceptQuote).
 */
export function insertOrder(
  context: ChangeContext,
  operation: string,
  input: NewOrder,
): Promise<OrderEntity> {
  const now = input.placedAt ?? new Date();
  return context.db.transaction(async (tx) =>
    orders.create(within(context, tx), operation, {
      values: {
        // Taken in this transaction: a rollback returns the number, concurrent orders queue on the counter.
        number: await nextInSequence(tx, 'order'),
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
      },
      writeParts: (tx, order) => writeLines(tx, OrderLineEntity, { orderId: order.id }, input.lines),
      event: 'crm.sales.order.placed.v1',
    }),
  );
}

/**
 * Places a CONFIRMED order: numbered gap-free per tenant, priced from the standard price book of its
 * currency and totalled by the service. DRAFT is not a status placeOrder makes.
 */
export async function placeOrder(
  context: RequestContext,
  { input: rawInput }: MutationPlaceOrderArgs,
): Promise<OrderEntity> {
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
    return insertOrder(within(context, tx), 'placeOrder', {
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

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Moves an order DRAFT → CONFIRMED → SHIPPED → DELIVERED; cancelling is cancelOrder's (it needs a reason). */
export function changeOrderStatus(
  context: RequestContext,
  { id, status, expectedVersion, actualDeliveryDate }: MutationChangeOrderStatusArgs,
): Promise<OrderEntity> {
  const delivery = parseInput(deliveryInput, { actualDeliveryDate }, '');
  if (delivery.actualDeliveryDate != null && status !== 'DELIVERED') {
    throw badUserInput({ actualDeliveryDate: 'Only with status DELIVERED' });
  }
  return orders.change(context, { id, expectedVersion, operation: 'changeOrderStatus' }, (order) => {
    if (status === 'CANCELLED') {
      throw conflict('An order is cancelled only through cancelOrder, with a reason', {
        status: order.status,
      });
    }
    return statusMove(orderWorkflow, order, status, 'crm.sales.order.status_changed.v1', {
      set: status === 'DELIVERED' ? { actualDeliveryDate: delivery.actualDeliveryDate ?? today() } : {},
    });
  });
}

/** Cancels an order that has not shipped; its total stops counting as the customer's revenue. */
export function cancelOrder(
  context: RequestContext,
  { id, reason: rawReason, expectedVersion }: MutationCancelOrderArgs,
): Promise<OrderEntity> {
  const { reason } = parseInput(cancelOrderInput, { reason: rawReason }, '');
  return orders.change(context, { id, expectedVersion, operation: 'cancelOrder' }, (order) =>
    statusMove(orderWorkflow, order, 'CANCELLED', 'crm.sales.order.cancelled.v1', { reason }),
  );
}
