import { recordChange, type EventType } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  nextInSequence,
  parseInput,
  type Actor,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import type { RmaStatus } from '../generated/graphql';
import type { OrderProjectionEntity } from '../order/orderProjection.entity';
import { OrderProjectionLineEntity } from '../order/orderProjection.entity';
import type { TicketEntity } from '../ticket/ticket.entity';
import { RmaEntity } from './rma.entity';
import {
  refundAmountInput,
  refundTooHigh,
  rejectionReasonInput,
  returnedLineValue,
  returnedValue,
  returnErrors,
  rmaMoveAllowed,
  rmaSnapshot,
  type ReturnRequest,
} from './rma.rules';

type RmaEventType = Extract<EventType, `crm.service.rma.${string}`>;

/** Units of each line of `orderId` under an RMA that was not rejected. */
async function returnedQuantities(tx: TenantDb, orderId: string): Promise<Map<string, number>> {
  const rows: { order_line_id: string; quantity: number }[] = await tx.manager.query(
    `SELECT line->>'orderLineId' AS order_line_id, sum((line->>'quantity')::int)::int AS quantity
       FROM rma, jsonb_array_elements(rma.lines) AS line
      WHERE rma.tenant_id = $1 AND rma.order_id = $2 AND rma.status <> 'REJECTED'
      GROUP BY 1`,
    [tx.tenantId, orderId],
  );
  return new Map(rows.map((row) => [row.order_line_id, row.quantity]));
}

/**
 * Issues the RMA of a RETURN or EXCHANGE ticket being opened, in its transaction: only for a delivered
 * order (CONFLICT otherwise), for lines of that order and no more units than were ordered less those
 * already under an RMA (BAD_USER_INPUT). The caller holds the order's projection row locked, so two
 * returns of one order are checked one after the other.
 */
export async function issueRma(
  tx: TenantDb,
  actor: Actor,
  ticket: TicketEntity,
  order: OrderProjectionEntity,
  requested: readonly ReturnRequest[],
): Promise<RmaEntity> {
  if (order.status !== 'DELIVERED') {
    throw conflict(`Order ${order.number} is ${order.status}: only a delivered order can be returned`, {
      orderStatus: order.status,
    });
  }
  const ordered = await tx.manager.find(OrderProjectionLineEntity, {
    where: { tenantId: tx.tenantId, orderId: order.id },
  });
  const errors = returnErrors(requested, ordered, await returnedQuantities(tx, order.id));
  if (Object.keys(errors).length > 0) throw badUserInput(errors);

  const byId = new Map(ordered.map((line) => [line.id, line]));
  const lines = requested.map((request) => {
    const line = byId.get(request.orderLineId)!;
    return {
      orderLineId: line.id,
      productId: line.productId,
      sku: line.sku,
      productName: line.productName,
      quantity: request.quantity,
      value: returnedLineValue(line.lineTotal, request.quantity, line.quantity),
    };
  });
  const rma = tx.manager.create(RmaEntity, {
    tenantId: tx.tenantId,
    number: await nextInSequence(tx, 'rma'),
    ticketId: ticket.id,
    customerId: ticket.customerId,
    orderId: order.id,
    kind: ticket.type === 'EXCHANGE' ? 'EXCHANGE' : 'RETURN',
    status: 'ISSUED',
    lines: lines.map(({ value: _value, ...line }) => line),
    currency: order.currency,
    returnedValue: returnedValue(lines.map((line) => line.value)),
    refundAmount: null,
    rejectionReason: null,
    approvedAt: null,
    receivedAt: null,
    refundedAt: null,
    rejectedAt: null,
  });
  await tx.save(RmaEntity, rma);
  const after = rmaSnapshot(rma);
  await recordChange(tx, actor, {
    operation: 'issueRma',
    entityType: 'Rma',
    entityId: rma.id,
    before: null,
    after,
    event: {
      type: 'crm.service.rma.issued.v1',
      data: { rma: after, changedFields: changedFields(null, after) },
    },
  });
  return rma;
}

/** One step of the RMA workflow: CONFLICT for a move it does not allow, audit record and event with it. */
async function moveRma(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
  operation: string,
  to: RmaStatus,
  apply: (rma: RmaEntity, now: Date) => void,
): Promise<RmaEntity> {
  return context.db.transaction(async (tx) => {
    const rma = await tx.findForUpdate(RmaEntity, 'Rma', id, expectedVersion);
    if (!rmaMoveAllowed(rma.status, to)) {
      throw conflict(`An RMA ${rma.status} cannot become ${to}`, { status: rma.status });
    }
    const before = rmaSnapshot(rma);
    rma.status = to;
    apply(rma, new Date());
    await tx.save(RmaEntity, rma);
    const after = rmaSnapshot(rma);
    const type = `crm.service.rma.${to.toLowerCase()}.v1` as RmaEventType;
    await recordChange(tx, context.actor, {
      operation,
      entityType: 'Rma',
      entityId: rma.id,
      before,
      after,
      event: { type, data: { rma: after, changedFields: changedFields(before, after) } },
    });
    return rma;
  });
}

export function approveRma(context: RequestContext, id: string, expectedVersion?: number | null) {
  return moveRma(context, id, expectedVersion, 'approveRma', 'APPROVED', (rma, now) => {
    rma.approvedAt = now;
  });
}

export function rejectRma(
  context: RequestContext,
  id: string,
  rawReason: unknown,
  expectedVersion?: number | null,
) {
  const reason = parseInput(rejectionReasonInput, rawReason, 'reason');
  return moveRma(context, id, expectedVersion, 'rejectRma', 'REJECTED', (rma, now) => {
    rma.rejectedAt = now;
    rma.rejectionReason = reason;
  });
}

export function receiveRmaGoods(context: RequestContext, id: string, expectedVersion?: number | null) {
  return moveRma(context, id, expectedVersion, 'receiveRmaGoods', 'RECEIVED', (rma, now) => {
    rma.receivedAt = now;
  });
}

/** The refund of received goods: at most what they cost (BAD_USER_INPUT above it). */
export function refundRma(
  context: RequestContext,
  id: string,
  rawAmount: unknown,
  expectedVersion?: number | null,
) {
  const amount = parseInput(refundAmountInput, rawAmount, 'amount');
  return moveRma(context, id, expectedVersion, 'refundRma', 'REFUNDED', (rma, now) => {
    if (refundTooHigh(amount, rma.returnedValue)) {
      throw badUserInput({ amount: `At most ${rma.returnedValue}, what the returned goods cost` });
    }
    rma.refundAmount = amount;
    rma.refundedAt = now;
  });
}
