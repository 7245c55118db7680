import {
  orderSnapshot as orderSnapshotSchema,
  imageOf,
  type EventDataInput,
  type OrderStatus,
} from '@crm/events';
import { moneyText, optionalText, requiredText, unitPrice } from '@crm/platform';
import { z } from 'zod';
import { assertMove, canMove, type Workflow } from '../workflow';
import { overridableLinesSnapshot } from '../priceBook/productLine.entity';
import { createPriceBookInput } from '../priceBook/priceBook.rules';
import type { OrderEntity, OrderLineEntity } from './order.entity';

export type OrderSnapshot = EventDataInput<'crm.sales.order.placed.v1'>['order'];

/** A calendar date: the Date scalar gives a Date at UTC midnight, a client may also send "2026-11-26". */
export const calendarDate = z
  .union([z.date(), z.iso.date('A date such as 2026-11-26')])
  .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/**
 * When something happened, for data imports (admins only): not in the future. The DateTime scalar gives a Date.
 */
export const pastTime = z.date().refine((time) => time.getTime() <= Date.now(), 'Must not be in the future');

export const discountPercent = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, 'A percentage from 0 to 100 with at most 2 decimals, e.g. "12.5"')
  .refine((value) => Number(value) <= 100, 'At most 100');

export const orderLineInput = z.object({
  productId: z.uuid('Not a UUID'),
  quantity: z.number().int('A whole number').min(1, 'At least 1').max(1_000_000, 'At most 1000000'),
  /** Only admins and sales managers may set it; otherwise the standard price book's price. */
  unitPrice: unitPrice.nullish(),
  discountPercent: discountPercent.nullish(),
});

export const placeOrderInput = z.object({
  customerId: z.uuid('Not a UUID'),
  opportunityId: z.uuid('Not a UUID').nullish(),
  currency: createPriceBookInput.shape.currency,
  ownerId: optionalText(100),
  requestedDeliveryDate: calendarDate.nullish(),
  placedAt: pastTime.nullish(),
  lines: z.array(orderLineInput).min(1, 'An order needs at least one line').max(200, 'At most 200 lines'),
});

export const cancelOrderInput = z.object({ reason: requiredText(1000) });

export const deliveryInput = z.object({ actualDeliveryDate: calendarDate.nullish() });

/**
 * DRAFT → CONFIRMED → SHIPPED → DELIVERED; DRAFT or CONFIRMED → CANCELLED (cancelOrder, with a reason).
 * A shipped order is no longer cancelled but returned (a service ticket). DELIVERED and CANCELLED are final.
 */
export const orderWorkflow: Workflow<OrderStatus> = {
  name: 'An order',
  field: 'status',
  next: {
    DRAFT: ['CONFIRMED', 'CANCELLED'],
    CONFIRMED: ['SHIPPED', 'CANCELLED'],
    SHIPPED: ['DELIVERED'],
    DELIVERED: [],
    CANCELLED: [],
  },
  stamps: {
    CONFIRMED: 'confirmedAt',
    SHIPPED: 'shippedAt',
    DELIVERED: 'deliveredAt',
    CANCELLED: 'cancelledAt',
  } satisfies Partial<Record<OrderStatus, keyof OrderEntity>>,
  reasons: { CANCELLED: 'cancellationReason' } satisfies Partial<Record<OrderStatus, keyof OrderEntity>>,
};

export function canMoveOrder(from: OrderStatus, to: OrderStatus): boolean {
  return canMove(orderWorkflow, from, to);
}

/** CONFLICT unless `from → to` is a move of the order workflow. */
export function assertOrderMove(from: OrderStatus, to: OrderStatus): void {
  assertMove(orderWorkflow, from, to);
}

export function orderNumber(number: number): string {
  return `SO-${String(number).padStart(6, '0')}`;
}

/** "SO-000123" or "123" → 123; anything else undefined. */
export function parseOrderNumber(text: string): number | undefined {
  const match = /^(?:SO-)?0*(\d{1,9})$/i.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/** The order as published in events: full state with its lines, money as decimal strings. */
export function orderSnapshot(order: OrderEntity, lines: OrderLineEntity[]): OrderSnapshot {
  return imageOf(orderSnapshotSchema, order, {
    number: orderNumber(order.number),
    lines: overridableLinesSnapshot(lines),
    subtotal: moneyText(order.subtotal),
    discountTotal: moneyText(order.discountTotal),
    total: moneyText(order.total),
  });
}
