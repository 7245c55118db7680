import type { EventDataInput } from '@crm/events';
import { centsText, moneyText, requiredText, toCents } from '@crm/platform';
import { z } from 'zod';
import type { RmaStatus } from '../generated/graphql';
import type { RmaEntity } from './rma.entity';

/** ISSUED → APPROVED → RECEIVED → REFUNDED; ISSUED or APPROVED (goods not arrived) → REJECTED. */
const nextStatuses: Record<RmaStatus, readonly RmaStatus[]> = {
  ISSUED: ['APPROVED', 'REJECTED'],
  APPROVED: ['RECEIVED', 'REJECTED'],
  RECEIVED: ['REFUNDED'],
  REFUNDED: [],
  REJECTED: [],
};

export function rmaMoveAllowed(from: RmaStatus, to: RmaStatus): boolean {
  return nextStatuses[from].includes(to);
}

export function rmaNumber(number: number): string {
  return `RMA-${String(number).padStart(6, '0')}`;
}

export const rejectionReasonInput = requiredText(2_000);

/** A refund as the Decimal scalar gives it: at least zero, cents at most. */
export const refundAmountInput = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,2})?$/, 'An amount of at least 0 with at most 2 decimals, e.g. "49.90"');

/** A line of a return as asked: the order line and how many of its units. */
export interface ReturnRequest {
  orderLineId: string;
  quantity: number;
}

export interface OrderedLine {
  id: string;
  quantity: number;
}

/**
 * What a return may not ask (field → message, under `input.lines`): an order line of another order, a
 * line listed twice, or more units than were ordered less those already under an RMA not rejected.
 */
export function returnErrors(
  requested: readonly ReturnRequest[],
  ordered: readonly OrderedLine[],
  alreadyReturned: ReadonlyMap<string, number>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const byId = new Map(ordered.map((line) => [line.id, line]));
  const seen = new Set<string>();
  requested.forEach((request, index) => {
    const line = byId.get(request.orderLineId);
    if (!line) {
      errors[`input.lines.${index}.orderLineId`] = 'Not a line of this order';
    } else if (seen.has(request.orderLineId)) {
      errors[`input.lines.${index}.orderLineId`] = 'Listed twice';
    } else {
      const left = line.quantity - (alreadyReturned.get(line.id) ?? 0);
      if (request.quantity > left) {
        errors[`input.lines.${index}.quantity`] =
          left === 0
            ? 'Every unit of this line is returned already'
            : `At most ${left} can still be returned`;
      }
    }
    seen.add(request.orderLineId);
  });
  return errors;
}

/**
 * What `quantity` of a line's `orderedQuantity` units cost: lineTotal × quantity / ordered, in exact
 * cents, rounded half up. Null when the line's total is unknown.
 */
export function returnedLineValue(
  lineTotal: string | null,
  quantity: number,
  orderedQuantity: number,
): bigint | null {
  if (lineTotal === null) return null;
  const numerator = toCents(lineTotal) * BigInt(quantity) * 2n + BigInt(orderedQuantity);
  return numerator / (2n * BigInt(orderedQuantity));
}

/** Σ of the returned lines' values as money text; null when any line's value is unknown. */
export function returnedValue(values: readonly (bigint | null)[]): string | null {
  if (values.some((value) => value === null)) return null;
  return centsText(values.reduce<bigint>((sum, value) => sum + value!, 0n));
}

/** A refund above what the returned goods cost is refused. */
export function refundTooHigh(amount: string, maximum: string | null): boolean {
  return maximum !== null && toCents(amount) > toCents(maximum);
}

export type RmaSnapshot = EventDataInput<'crm.service.rma.issued.v1'>['rma'];

const iso = (time: Date | null) => (time ? time.toISOString() : null);

export function rmaSnapshot(rma: RmaEntity): RmaSnapshot {
  return {
    id: rma.id,
    tenantId: rma.tenantId,
    number: rmaNumber(rma.number),
    ticketId: rma.ticketId,
    customerId: rma.customerId,
    orderId: rma.orderId,
    kind: rma.kind,
    status: rma.status,
    lines: rma.lines.map(({ orderLineId, productId, quantity }) => ({ orderLineId, productId, quantity })),
    currency: rma.currency,
    returnedValue: rma.returnedValue === null ? null : moneyText(rma.returnedValue),
    refundAmount: rma.refundAmount === null ? null : moneyText(rma.refundAmount),
    rejectionReason: rma.rejectionReason,
    approvedAt: iso(rma.approvedAt),
    receivedAt: iso(rma.receivedAt),
    refundedAt: iso(rma.refundedAt),
    rejectedAt: iso(rma.rejectedAt),
    version: rma.version,
    createdAt: rma.createdAt.toISOString(),
    updatedAt: rma.updatedAt.toISOString(),
  };
}
