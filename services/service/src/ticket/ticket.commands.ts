import { defineAggregate, repairOutcome, within } from '@crm/events';
import {
  badUserInput,
  givenFields,
  nextInSequence,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import type {
  MutationAssignTicketArgs,
  MutationChangeTicketStatusArgs,
  MutationCommentOnTicketArgs,
  MutationOpenTicketArgs,
  MutationRecordRepairOutcomeArgs,
  MutationUpdateTicketArgs,
} from '../generated/graphql';
import { OrderProjectionEntity } from '../order/orderProjection.entity';
import { issueRma } from '../rma/rma.commands';
import { routeTicket } from '../routing/ticketRouting';
import { rmaOfTicketLoader } from '../rma/rma.queries';
import { slaPolicyFor } from '../sla/slaPolicy.queries';
import { requestSurvey } from '../survey/survey.commands';
import { slaDeadlines } from '../sla/slaDeadlines';
import { checkWarranty } from '../warranty/warranty.rules';
import { warrantyMonths } from '../warranty/warrantyPolicy.queries';
import { TicketEntity } from './ticket.entity';
import {
  assigneeInput,
  changeTicketStatusInput,
  commentInput,
  commentSnapshot,
  complaintFieldErrors,
  firstResponse,
  openTicketInput,
  refuseIfClosed,
  statusChange,
  ticketSnapshot,
  updateTicketInput,
} from './ticket.rules';
import { TicketCommentEntity } from './ticketComment.entity';

export const tickets = defineAggregate({
  name: 'Ticket',
  entity: TicketEntity,
  eventKey: 'ticket',
  image: ticketSnapshot,
});

/**
 * A ticket may refer only to a known order (from the projection) of its own customer. The row stays
 * locked until the ticket commits, so returns of one order are checked against each other in turn.
 */
async function orderOfCustomer(
  tx: TenantDb,
  orderId: string,
  customerId: string,
): Promise<OrderProjectionEntity> {
  const order = await tx.manager.findOne(OrderProjectionEntity, {
    where: { id: orderId, tenantId: tx.tenantId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!order) throw badUserInput({ 'input.orderId': 'Unknown order' });
  if (order.customerId !== customerId) {
    throw badUserInput({ 'input.orderId': 'An order of another customer' });
  }
  return order;
}

/** The warranty check of a REPAIR ticket about a delivered order; null for anything else. */
async function warrantyOf(tx: TenantDb, order: OrderProjectionEntity | null, openedAt: Date) {
  const deliveredOn = order?.actualDeliveryDate ?? order?.deliveredAt?.toISOString().slice(0, 10);
  if (!deliveredOn) return { warrantyStatus: null, warrantyEndsOn: null, warrantyMonths: null };
  const check = checkWarranty(deliveredOn, await warrantyMonths(tx), openedAt);
  return { warrantyStatus: check.status, warrantyEndsOn: check.endsOn, warrantyMonths: check.months };
}

export async function openTicket(
  context: RequestContext,
  { input: rawInput }: MutationOpenTicketArgs,
): Promise<TicketEntity> {
  const input = parseInput(openTicketInput, rawInput);
  return context.db.transaction(async (tx) => {
    const order = input.orderId ? await orderOfCustomer(tx, input.orderId, input.customerId) : null;
    // Taken in this transaction: a rollback returns the number, concurrent opens queue on the counter.
    const number = await nextInSequence(tx, 'ticket');
    const priority = input.priority ?? 'MEDIUM';
    const openedAt = new Date();
    const routing = await routeTicket(tx, { customerId: input.customerId, type: input.type, priority });
    const ticket = await tickets.create(within(context, tx), 'openTicket', {
      values: {
        number,
        customerId: input.customerId,
        contactId: input.contactId ?? null,
        orderId: input.orderId ?? null,
        requesterEmail: input.requesterEmail ?? null,
        type: input.type,
        channel: input.channel,
        priority,
        status: 'OPEN',
        subject: input.subject,
        description: input.description ?? null,
        // An assignee given by hand wins over the queue's pick.
        assigneeId: input.assigneeId ?? routing?.assigneeId ?? null,
        queueId: routing?.queueId ?? null,
        tags: input.tags ?? [],
        severity: input.severity ?? null,
        rootCause: input.rootCause ?? null,
        resolution: null,
        firstResponseAt: null,
        resolvedAt: null,
        closedAt: null,
        ...slaDeadlines(openedAt, await slaPolicyFor(tx, priority)),
        slaPausedAt: null,
        slaPausedMs: 0,
        firstResponseBreachedAt: null,
        resolutionBreachedAt: null,
        slaBreached: false,
        escalationLevel: 0,
        ...(input.type === 'REPAIR'
          ? await warrantyOf(tx, order, openedAt)
          : { warrantyStatus: null, warrantyEndsOn: null, warrantyMonths: null }),
        repairOutcome: null,
        createdAt: openedAt,
      },
      event: 'crm.service.ticket.opened.v1',
    });
    if (order && input.lines?.length) {
      const rma = await issueRma(within(context, tx), ticket, order, input.lines);
      rmaOfTicketLoader(context).prime(ticket.id, rma);
    }
    return ticket;
  });
}

export function updateTicket(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateTicketArgs,
): Promise<TicketEntity> {
  const input = parseInput(updateTicketInput, rawInput);
  return tickets.change(
    context,
    { id, expectedVersion, operation: 'updateTicket' },
    async (ticket, { tx }) => {
      const errors = complaintFieldErrors(ticket, input);
      if (Object.keys(errors).length > 0) throw badUserInput(errors);
      refuseIfClosed(ticket);
      return {
        set: {
          ...givenFields(input),
          // Due times follow the new priority's policy, still counting from the opening and its pauses.
          ...(input.priority && input.priority !== ticket.priority
            ? slaDeadlines(ticket.createdAt, await slaPolicyFor(tx, input.priority), ticket.slaPausedMs)
            : {}),
        },
        event: 'crm.service.ticket.updated.v1',
      };
    },
  );
}

export function assignTicket(
  context: RequestContext,
  { id, assigneeId: rawAssigneeId, expectedVersion }: MutationAssignTicketArgs,
): Promise<TicketEntity> {
  const assigneeId = parseInput(assigneeInput, rawAssigneeId, 'assigneeId') ?? null;
  return tickets.change(context, { id, expectedVersion, operation: 'assignTicket' }, (ticket) => {
    refuseIfClosed(ticket);
    return { set: { assigneeId }, event: 'crm.service.ticket.assigned.v1' };
  });
}

/** Records what a REPAIR ticket's repair came to (again: the latest wins); other types: BAD_USER_INPUT. */
export function recordRepairOutcome(
  context: RequestContext,
  { id, outcome: rawOutcome, expectedVersion }: MutationRecordRepairOutcomeArgs,
): Promise<TicketEntity> {
  const outcome = parseInput(repairOutcome, rawOutcome, 'outcome');
  return tickets.change(context, { id, expectedVersion, operation: 'recordRepairOutcome' }, (ticket) => {
    if (ticket.type !== 'REPAIR')
      throw badUserInput({ outcome: 'Only repair tickets have a repair outcome' });
    refuseIfClosed(ticket);
    return { set: { repairOutcome: outcome }, event: 'crm.service.ticket.updated.v1' };
  });
}

export function changeTicketStatus(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationChangeTicketStatusArgs,
): Promise<TicketEntity> {
  const input = parseInput(changeTicketStatusInput, rawInput);
  return context.db.transaction(async (tx) => {
    const now = new Date();
    const ticket = await tickets.change(
      within(context, tx),
      { id, expectedVersion, operation: 'changeTicketStatus' },
      (row) => statusChange(row, input, now),
    );
    if (input.status === 'RESOLVED') await requestSurvey(within(context, tx), ticket, now);
    return ticket;
  });
}

/** A comment is an event of the ticket even when no field of it changes (only a first response does). */
export function commentOnTicket(
  context: RequestContext,
  { id, input: rawInput }: MutationCommentOnTicketArgs,
): Promise<TicketEntity> {
  const input = parseInput(commentInput, rawInput);
  return tickets.change(context, { id, operation: 'commentOnTicket' }, async (ticket, { tx }) => {
    refuseIfClosed(ticket);
    const comment = tx.manager.create(TicketCommentEntity, {
      tenantId: tx.tenantId,
      ticketId: ticket.id,
      body: input.body,
      visibility: input.visibility ?? 'PUBLIC',
      authorId: context.user.userId,
      authorKind: input.authorKind ?? 'AGENT',
    });
    await tx.save(TicketCommentEntity, comment);
    return {
      set: firstResponse(ticket, comment),
      event: 'crm.service.ticket.commented.v1',
      data: { comment: commentSnapshot(comment) },
      evenIfUnchanged: true,
    };
  });
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const ticketMutations = {
  openTicket,
  updateTicket,
  assignTicket,
  changeTicketStatus,
  commentOnTicket,
  recordRepairOutcome,
};
