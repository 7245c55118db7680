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
import type { DiscountApproval } from '../priceBook/discountApproval.entity';
import { discountDecisions } from '../priceBook/discountApproval.commands';
import {
  approvalAfterPricing,
  assertNotHeld,
  highestDiscount,
  isHeld,
} from '../priceBook/discountApproval.rules';
import {
  linesOf,
  priceFromBook,
  standardPriceBook,
  writeLines,
  type ProductLineValues,
} from '../priceBook/pricing';
import { hasPricingAuthority } from '../roles';
import { discountApprovalThresholdOf } from '../settings/salesSettings.queries';
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
  /** Whether a rep's discount holds it for a manager's approval (an accepted quote's approval carries over). */
  approval: DiscountApproval;
  /** When it was placed, if not now (data import). */
  placedAt?: Date | null;
}

/**
 * Writes a CONFIRMED order with the tenant's next number, its lines, the audit record and order.placed:
 * the one way an order comes to be (placeOrder, acceptQuote). An order whose discount awaits a manager's
 * approval is placed as a DRAFT, confirmed once approved.
 */
export function insertOrder(
  context: ChangeContext,
  operation: string,
  input: NewOrder,
): Promise<OrderEntity> {
  const now = input.placedAt ?? new Date();
  const held = isHeld(input.approval);
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
        status: held ? 'DRAFT' : 'CONFIRMED',
        ...input.totals,
        requestedDeliveryDate: input.requestedDeliveryDate,
        actualDeliveryDate: null,
        confirmedAt: held ? null : now,
        shippedAt: null,
        deliveredAt: null,
        cancelledAt: null,
        cancellationReason: null,
        approval: input.approval,
        createdAt: now,
      },
      writeParts: (tx, order) => writeLines(tx, OrderLineEntity, { orderId: order.id }, input.lines),
      event: 'crm.sales.order.placed.v1',
    }),
  );
}

/**
 * Places a CONFIRMED order: numbered gap-free per tenant, priced from the standard price book of its
 * currency and totalled by the service. A sales rep's line discount above the tenant's threshold places a
 * DRAFT instead, held until a manager approves the discount (approveOrderDiscount) and the rep confirms it.
 */
export async function placeOrder(
  context: RequestContext,
  { input: rawInput }: MutationPlaceOrderArgs,
): Promise<OrderEntity> {
  const input = parseInput(placeOrderInput, rawInput);
  if (seesOnlyOwnRecords(context.user) && input.ownerId != null && input.ownerId !== context.user.userId) {
    throw forbidden('A sales rep may only own orders themselves');
  }
  const byManager = hasPricingAuthority(context.user);
  if (!byManager && input.lines.some((line) => line.unitPrice != null)) {
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
    const approval = approvalAfterPricing(null, {
      discount: highestDiscount(lines),
      previousDiscount: null,
      threshold: await discountApprovalThresholdOf(tx),
      byManager,
      at: new Date(),
    });
    return insertOrder(within(context, tx), 'placeOrder', {
      customerId: input.customerId,
      opportunityId: input.opportunityId ?? null,
      quoteId: null,
      ownerId: input.ownerId ?? context.user.userId,
      currency: input.currency,
      requestedDeliveryDate: input.requestedDeliveryDate ?? null,
      lines,
      totals,
      approval,
      placedAt: input.placedAt,
    });
  });
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Moves an order DRAFT → CONFIRMED → SHIPPED → DELIVERED; cancelling is cancelOrder's (it needs a reason). A
 * DRAFT whose discount is not approved is not confirmed.
 */
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
    const move = statusMove(orderWorkflow, order, status, 'crm.sales.order.status_changed.v1', {
      set: status === 'DELIVERED' ? { actualDeliveryDate: delivery.actualDeliveryDate ?? today() } : {},
    });
    assertNotHeld(orderWorkflow, order.approval, status);
    return move;
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

/** A manager approves or rejects (with the reason) the discount that holds a rep's DRAFT order. */
export const { approve: approveOrderDiscount, reject: rejectOrderDiscount } = discountDecisions(
  orders,
  orderWorkflow,
  { approve: 'approveOrderDiscount', reject: 'rejectOrderDiscount' },
  { approved: 'crm.sales.order.discount_approved.v1', rejected: 'crm.sales.order.discount_rejected.v1' },
);

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const orderMutations = {
  placeOrder,
  changeOrderStatus,
  cancelOrder,
  approveOrderDiscount,
  rejectOrderDiscount,
};
