import { recordChange, type EventType } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  nextInSequence,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { OrderProjectionEntity } from '../order/orderProjection.entity';
import { issueRma } from '../rma/rma.commands';
import { routeTicket } from '../routing/ticketRouting';
import { rmaOfTicketLoader } from '../rma/rma.queries';
import { slaPolicyFor } from '../sla/slaPolicy.queries';
import { requestSurvey } from '../survey/survey.commands';
import { surveyOfTicketLoader } from '../survey/survey.queries';
import { pauseSla, resumeSla, slaDeadlines } from '../sla/slaDeadlines';
import { checkWarranty } from '../warranty/warranty.rules';
import { warrantyMonths } from '../warranty/warrantyPolicy.queries';
import { TicketEntity } from './ticket.entity';
import {
  assigneeInput,
  changeTicketStatusInput,
  commentInput,
  commentSnapshot,
  complaintFieldErrors,
  openTicketInput,
  repairOutcomeInput,
  resolutionErrors,
  ticketSnapshot,
  updateTicketInput,
  type TicketSnapshot,
} from './ticket.rules';
import { TicketCommentEntity } from './ticketComment.entity';
import { ticketTransition } from './ticketWorkflow';

type TicketEventType = Extract<EventType, `crm.service.ticket.${string}`>;

/** Audit record and event of one ticket change, in the caller's transaction. */
function recordTicketChange<T extends TicketEventType>(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  before: TicketSnapshot | null,
  after: TicketSnapshot,
  event: Parameters<typeof recordChange<T>>[2]['event'],
) {
  return recordChange(tx, context.actor, {
    operation,
    entityType: 'Ticket',
    entityId: after.id,
    before,
    after,
    event,
  });
}

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

export async function openTicket(context: RequestContext, rawInput: unknown): Promise<TicketEntity> {
  const input = parseInput(openTicketInput, rawInput);
  return context.db.transaction(async (tx) => {
    const order = input.orderId ? await orderOfCustomer(tx, input.orderId, input.customerId) : null;
    // Taken in this transaction: a rollback returns the number, concurrent opens queue on the counter.
    const number = await nextInSequence(tx, 'ticket');
    const priority = input.priority ?? 'MEDIUM';
    const openedAt = new Date();
    const routing = await routeTicket(tx, { customerId: input.customerId, type: input.type, priority });
    const ticket = tx.manager.create(TicketEntity, {
      tenantId: tx.tenantId,
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
      createdAt: openedAt,
    });
    await tx.save(TicketEntity, ticket);
    const after = ticketSnapshot(ticket);
    await recordTicketChange(tx, context, 'openTicket', null, after, {
      type: 'crm.service.ticket.opened.v1',
      data: { ticket: after, changedFields: changedFields(null, after) },
    });
    if (order && input.lines?.length) {
      const rma = await issueRma(tx, context.actor, ticket, order, input.lines);
      rmaOfTicketLoader(context).prime(ticket.id, rma);
    }
    return ticket;
  });
}

export async function updateTicket(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<TicketEntity> {
  const input = parseInput(updateTicketInput, rawInput);
  return context.db.transaction(async (tx) => {
    const ticket = await tx.findForUpdate(TicketEntity, 'Ticket', id, expectedVersion);
    const errors = complaintFieldErrors(ticket, input);
    if (Object.keys(errors).length > 0) throw badUserInput(errors);
    if (ticket.status === 'CLOSED') throw conflict(`Ticket ${id} is closed`, { status: ticket.status });
    const before = ticketSnapshot(ticket);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(ticket, { [key]: value });
    }
    if (input.priority && input.priority !== before.priority) {
      // Due times follow the new priority's policy, still counting from the opening and its pauses.
      const policy = await slaPolicyFor(tx, input.priority);
      Object.assign(ticket, slaDeadlines(ticket.createdAt, policy, ticket.slaPausedMs));
    }
    const changed = changedFields(before, ticketSnapshot(ticket));
    if (changed.length === 0) return ticket; // nothing to write, no event
    await tx.save(TicketEntity, ticket);
    const after = ticketSnapshot(ticket);
    await recordTicketChange(tx, context, 'updateTicket', before, after, {
      type: 'crm.service.ticket.updated.v1',
      data: { ticket: after, changedFields: changed },
    });
    return ticket;
  });
}

export async function assignTicket(
  context: RequestContext,
  id: string,
  rawAssigneeId: unknown,
  expectedVersion: number | null | undefined,
): Promise<TicketEntity> {
  const assigneeId = parseInput(assigneeInput, rawAssigneeId, 'assigneeId') ?? null;
  return context.db.transaction(async (tx) => {
    const ticket = await tx.findForUpdate(TicketEntity, 'Ticket', id, expectedVersion);
    if (ticket.status === 'CLOSED') throw conflict(`Ticket ${id} is closed`, { status: ticket.status });
    if (ticket.assigneeId === assigneeId) return ticket;
    const before = ticketSnapshot(ticket);
    ticket.assigneeId = assigneeId;
    await tx.save(TicketEntity, ticket);
    const after = ticketSnapshot(ticket);
    await recordTicketChange(tx, context, 'assignTicket', before, after, {
      type: 'crm.service.ticket.assigned.v1',
      data: { ticket: after, changedFields: changedFields(before, after) },
    });
    return ticket;
  });
}

/** Records what a REPAIR ticket's repair came to (again: the latest wins); other types: BAD_USER_INPUT. */
export async function recordRepairOutcome(
  context: RequestContext,
  id: string,
  rawOutcome: unknown,
  expectedVersion: number | null | undefined,
): Promise<TicketEntity> {
  const outcome = parseInput(repairOutcomeInput, rawOutcome, 'outcome');
  return context.db.transaction(async (tx) => {
    const ticket = await tx.findForUpdate(TicketEntity, 'Ticket', id, expectedVersion);
    if (ticket.type !== 'REPAIR')
      throw badUserInput({ outcome: 'Only repair tickets have a repair outcome' });
    if (ticket.status === 'CLOSED') throw conflict(`Ticket ${id} is closed`, { status: ticket.status });
    if (ticket.repairOutcome === outcome) return ticket;
    const before = ticketSnapshot(ticket);
    ticket.repairOutcome = outcome;
    await tx.save(TicketEntity, ticket);
    const after = ticketSnapshot(ticket);
    await recordTicketChange(tx, context, 'recordRepairOutcome', before, after, {
      type: 'crm.service.ticket.updated.v1',
      data: { ticket: after, changedFields: changedFields(before, after) },
    });
    return ticket;
  });
}

export async function changeTicketStatus(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number | null | undefined,
): Promise<TicketEntity> {
  const input = parseInput(changeTicketStatusInput, rawInput);
  return context.db.transaction(async (tx) => {
    const ticket = await tx.findForUpdate(TicketEntity, 'Ticket', id, expectedVersion);
    const transition = ticketTransition(ticket.status, input.status);
    if (!transition.allowed) throw conflict(transition.reason, { status: ticket.status });
    const errors =
      input.status === 'RESOLVED'
        ? resolutionErrors(ticket, input)
        : Object.fromEntries(
            (['resolution', 'rootCause'] as const)
              .filter((field) => input[field])
              .map((field) => [`input.${field}`, 'Only when resolving']),
          );
    if (Object.keys(errors).length > 0) throw badUserInput(errors);

    const before = ticketSnapshot(ticket);
    const now = new Date();
    if (ticket.status === 'WAITING_ON_CUSTOMER') Object.assign(ticket, resumeSla(ticket, now));
    if (input.status === 'WAITING_ON_CUSTOMER') Object.assign(ticket, pauseSla(ticket, now));
    if (input.status === 'RESOLVED') {
      ticket.resolvedAt = now;
      ticket.resolution = input.resolution ?? null;
      ticket.rootCause = input.rootCause ?? ticket.rootCause;
    }
    if (input.status === 'CLOSED') ticket.closedAt = now;
    if (input.status === 'REOPENED') ticket.resolvedAt = null;
    ticket.status = input.status;
    await tx.save(TicketEntity, ticket);
    const after = ticketSnapshot(ticket);
    await recordTicketChange(tx, context, 'changeTicketStatus', before, after, {
      type: `crm.service.ticket.${transition.event}.v1`,
      data: { ticket: after, previousStatus: before.status, changedFields: changedFields(before, after) },
    });
    if (input.status === 'RESOLVED') {
      const survey = await requestSurvey(tx, context.actor, ticket, now);
      // This response alone can show the link token: Ticket.survey reads this very row.
      if (survey) surveyOfTicketLoader(context).prime(ticket.id, survey);
    }
    return ticket;
  });
}

export async function commentOnTicket(
  context: RequestContext,
  id: string,
  rawInput: unknown,
): Promise<TicketEntity> {
  const input = parseInput(commentInput, rawInput);
  return context.db.transaction(async (tx) => {
    const ticket = await tx.findForUpdate(TicketEntity, 'Ticket', id);
    if (ticket.status === 'CLOSED') throw conflict(`Ticket ${id} is closed`, { status: ticket.status });
    const before = ticketSnapshot(ticket);
    const comment = tx.manager.create(TicketCommentEntity, {
      tenantId: tx.tenantId,
      ticketId: ticket.id,
      body: input.body,
      visibility: input.visibility ?? 'PUBLIC',
      authorId: context.user.userId,
      authorKind: input.authorKind ?? 'AGENT',
    });
    await tx.save(TicketCommentEntity, comment);
    if (comment.visibility === 'PUBLIC' && comment.authorKind === 'AGENT' && !ticket.firstResponseAt) {
      ticket.firstResponseAt = comment.createdAt;
      await tx.save(TicketEntity, ticket);
    }
    const after = ticketSnapshot(ticket);
    await recordTicketChange(tx, context, 'commentOnTicket', before, after, {
      type: 'crm.service.ticket.commented.v1',
      data: { ticket: after, comment: commentSnapshot(comment), changedFields: changedFields(before, after) },
    });
    return ticket;
  });
}
