import {
  imageOf,
  type Decision,
  type EventDataInput,
  type EventType,
  rmaSnapshot as rmaSnapshotSchema,
  type RmaStatus,
} from '@crm/events';
import { badUserInput, centsText, conflict, moneyText, requiredText, toCents } from '@crm/platform';
import { z } from 'zod';
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

/** The RMA as published in events: the catalogue's snapshot, lines without names, money as text. */
export function rmaSnapshot(rma: RmaEntity): RmaSnapshot {
  return imageOf(rmaSnapshotSchema, rma, {
    number: rmaNumber(rma.number),
    lines: rma.lines.map(({ orderLineId, productId, quantity }) => ({ orderLineId, productId, quantity })),
    returnedValue: rma.returnedValue === null ? null : moneyText(rma.returnedValue),
    refundAmount: rma.refundAmount === null ? null : moneyText(rma.refundAmount),
  });
}

/** A step of the RMA workflow with what it records. */
export type RmaMove =
  | { to: 'APPROVED' }
  | { to: 'REJECTED'; reason: string }
  | { to: 'RECEIVED' }
  | { to: 'REFUNDED'; amount: string };

type RmaMoveEvent = Exclude<Extract<EventType, `crm.service.rma.${string}`>, 'crm.service.rma.issued.v1'>;

/**
 * One step of the RMA workflow: CONFLICT for a move it does not allow; a refund of more than the
 * returned goods cost is BAD_USER_INPUT.
 */
export function rmaMove(
  rma: Pick<RmaEntity, 'status' | 'returnedValue'>,
  move: RmaMove,
  now: Date,
): Decision<RmaEntity, undefined, RmaMoveEvent> {
  if (!rmaMoveAllowed(rma.status, move.to)) {
    throw conflict(`An RMA ${rma.status} cannot become ${move.to}`, { status: rma.status });
  }
  if (move.to === 'REFUNDED' && refundTooHigh(move.amount, rma.returnedValue)) {
    throw badUserInput({ amount: `At most ${rma.returnedValue}, what the returned goods cost` });
  }
  const recorded: Partial<RmaEntity> =
    move.to === 'APPROVED'
      ? { approvedAt: now }
      : move.to === 'REJECTED'
        ? { rejectedAt: now, rejectionReason: move.reason }
        : move.to === 'RECEIVED'
          ? { receivedAt: now }
          : { refundAmount: move.amount, refundedAt: now };
  return {
    set: { status: move.to, ...recorded },
    event: `crm.service.rma.${move.to.toLowerCase() as Lowercase<RmaMove['to']>}.v1`,
  };
}
