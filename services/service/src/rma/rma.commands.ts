import { defineAggregate, type ChangeContext } from '@crm/events';
import {
  badUserInput,
  conflict,
  nextInSequence,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import type {
  MutationApproveRmaArgs,
  MutationReceiveRmaGoodsArgs,
  MutationRefundRmaArgs,
  MutationRejectRmaArgs,
} from '../generated/graphql';
import type { OrderProjectionEntity } from '../order/orderProjection.entity';
import { OrderProjectionLineEntity } from '../order/orderProjection.entity';
import type { TicketEntity } from '../ticket/ticket.entity';
import { RmaEntity } from './rma.entity';
import {
  refundAmountInput,
  rejectionReasonInput,
  returnedLineValue,
  returnedValue,
  returnErrors,
  rmaMove,
  rmaSnapshot,
  type ReturnRequest,
  type RmaMove,
} from './rma.rules';

export const rmas = defineAggregate({ name: 'Rma', entity: RmaEntity, eventKey: 'rma', image: rmaSnapshot });

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
  context: ChangeContext,
  ticket: TicketEntity,
  order: OrderProjectionEntity,
  requested: readonly ReturnRequest[],
): Promise<RmaEntity> {
  const tx = context.db;
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
  return rmas.create(context, 'issueRma', {
    values: {
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
    },
    event: 'crm.service.rma.issued.v1',
  });
}

function moveRma(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
  operation: string,
  move: RmaMove,
): Promise<RmaEntity> {
  return rmas.change(context, { id, expectedVersion, operation }, (rma) => rmaMove(rma, move, new Date()));
}

export function approveRma(context: RequestContext, { id, expectedVersion }: MutationApproveRmaArgs) {
  return moveRma(context, id, expectedVersion, 'approveRma', { to: 'APPROVED' });
}

export function rejectRma(
  context: RequestContext,
  { id, reason: rawReason, expectedVersion }: MutationRejectRmaArgs,
) {
  const reason = parseInput(rejectionReasonInput, rawReason, 'reason');
  return moveRma(context, id, expectedVersion, 'rejectRma', { to: 'REJECTED', reason });
}

export function receiveRmaGoods(
  context: RequestContext,
  { id, expectedVersion }: MutationReceiveRmaGoodsArgs,
) {
  return moveRma(context, id, expectedVersion, 'receiveRmaGoods', { to: 'RECEIVED' });
}

/** The refund of received goods: at most what they cost (BAD_USER_INPUT above it). */
export function refundRma(
  context: RequestContext,
  { id, amount: rawAmount, expectedVersion }: MutationRefundRmaArgs,
) {
  const amount = parseInput(refundAmountInput, rawAmount, 'amount');
  return moveRma(context, id, expectedVersion, 'refundRma', { to: 'REFUNDED', amount });
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const rmaMutations = { approveRma, rejectRma, receiveRmaGoods, refundRma };
