import {
  commentAuthorKind,
  commentVisibility,
  complaintSeverity,
  imageOf,
  ticketChannel,
  ticketPriority,
  ticketStatus,
  ticketType,
  type Decision,
  type EventDataInput,
  type TicketPriority,
  ticketCommentSnapshot as ticketCommentSnapshotSchema,
  ticketSnapshot as ticketSnapshotSchema,
} from '@crm/events';
import { badUserInput, conflict, email, optionalText, requiredText, tags } from '@crm/platform';
import { z } from 'zod';
import { pauseSla, resumeSla, slaBreaches } from '../sla/slaDeadlines';
import type { TicketEntity } from './ticket.entity';
import type { TicketCommentEntity } from './ticketComment.entity';
import { ticketTransition } from './ticketWorkflow';

/** A complaint's root-cause category: events carry it as text, so its list lives here (the API's RootCause). */
export const rootCause = z.enum([
  'PRODUCT_DEFECT',
  'DELIVERY',
  'BILLING',
  'SERVICE_QUALITY',
  'DOCUMENTATION',
  'OTHER',
]);
export type RootCause = z.infer<typeof rootCause>;

const agentId = optionalText(100);

export const openTicketInput = z
  .object({
    customerId: z.uuid('Not a UUID'),
    contactId: z.uuid('Not a UUID').nullish(),
    orderId: z.uuid('Not a UUID').nullish(),
    requesterEmail: email,
    type: ticketType,
    channel: ticketChannel,
    priority: ticketPriority.nullish(),
    subject: requiredText(300),
    description: optionalText(20_000),
    assigneeId: agentId,
    tags: tags.nullish(),
    severity: complaintSeverity.nullish(),
    rootCause: rootCause.nullish(),
    lines: z
      .array(
        z.object({
          orderLineId: z.uuid('Not a UUID'),
          quantity: z.number().int('Whole units').min(1, 'At least 1'),
        }),
      )
      .max(100, 'At most 100 lines')
      .nullish(),
  })
  .superRefine((input, issues) => {
    if (input.type === 'RETURN' || input.type === 'EXCHANGE') {
      if (!input.orderId) {
        issues.addIssue({
          code: 'custom',
          path: ['orderId'],
          message: 'A return or exchange needs its order',
        });
      }
      if (!input.lines?.length) {
        issues.addIssue({ code: 'custom', path: ['lines'], message: 'Name the order lines sent back' });
      }
    } else if (input.lines?.length) {
      issues.addIssue({ code: 'custom', path: ['lines'], message: 'Only returns and exchanges have lines' });
    }
    if (input.type === 'COMPLAINT' && !input.severity) {
      issues.addIssue({ code: 'custom', path: ['severity'], message: 'A complaint needs a severity' });
    }
    if (input.type !== 'COMPLAINT') {
      for (const field of ['severity', 'rootCause'] as const) {
        if (input[field])
          issues.addIssue({ code: 'custom', path: [field], message: 'Only complaints have this' });
      }
    }
  });

export const updateTicketInput = z.object({
  contactId: z.uuid('Not a UUID').nullish(),
  requesterEmail: email,
  priority: ticketPriority.optional(),
  subject: requiredText(300).optional(),
  description: optionalText(20_000),
  tags: tags.optional(),
  severity: complaintSeverity.nullish(),
  rootCause: rootCause.nullish(),
});

export const assigneeInput = agentId;

export const changeTicketStatusInput = z.object({
  status: ticketStatus,
  resolution: optionalText(20_000),
  rootCause: rootCause.nullish(),
});

export const commentInput = z
  .object({
    body: requiredText(20_000),
    visibility: commentVisibility.nullish(),
    authorKind: commentAuthorKind.nullish(),
  })
  .superRefine((input, issues) => {
    if (input.authorKind === 'CUSTOMER' && input.visibility === 'INTERNAL') {
      issues.addIssue({ code: 'custom', path: ['visibility'], message: "A customer's words are public" });
    }
  });

export type OpenTicket = z.output<typeof openTicketInput>;
export type UpdateTicket = z.output<typeof updateTicketInput>;
export type ChangeTicketStatus = z.output<typeof changeTicketStatusInput>;

/** Complaint fields on a ticket of another type are refused (BAD_USER_INPUT), as on open. */
export function complaintFieldErrors(ticket: TicketEntity, input: UpdateTicket): Record<string, string> {
  const errors: Record<string, string> = {};
  if (ticket.type !== 'COMPLAINT') {
    if (input.severity) errors['input.severity'] = 'Only complaints have this';
    if (input.rootCause) errors['input.rootCause'] = 'Only complaints have this';
  } else if (input.severity === null) {
    errors['input.severity'] = 'A complaint needs a severity';
  }
  return errors;
}

/** What resolving needs: a complaint needs a resolution text and a root cause. */
export function resolutionErrors(
  ticket: Pick<TicketEntity, 'type' | 'rootCause'>,
  input: { resolution?: string | null; rootCause?: string | null },
): Record<string, string> {
  if (ticket.type !== 'COMPLAINT') return {};
  const errors: Record<string, string> = {};
  if (!input.resolution) errors['input.resolution'] = 'Resolving a complaint needs a resolution';
  if (!input.rootCause && !ticket.rootCause)
    errors['input.rootCause'] = 'Resolving a complaint needs a root cause';
  return errors;
}

/** One step more urgent (the catalogue lists priorities from LOW to URGENT); URGENT stays. */
export function raisedPriority(current: TicketPriority): TicketPriority {
  const priorities = ticketPriority.options;
  return priorities[Math.min(priorities.indexOf(current) + 1, priorities.length - 1)]!;
}

export function ticketNumber(number: number): string {
  return `CS-${String(number).padStart(6, '0')}`;
}

/** `CS-000123`, `cs-123` or `123` → 123; anything else → undefined. */
export function parseTicketNumber(text: string): number | undefined {
  const match = /^(?:cs-?)?0*(\d{1,9})$/i.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

export type TicketSnapshot = EventDataInput<'crm.service.ticket.opened.v1'>['ticket'];
export type TicketCommentSnapshot = EventDataInput<'crm.service.ticket.commented.v1'>['comment'];

/** The ticket as published in events: the catalogue's snapshot of the row. */
export function ticketSnapshot(ticket: TicketEntity): TicketSnapshot {
  return imageOf(ticketSnapshotSchema, ticket, {
    number: ticketNumber(ticket.number),
    warranty:
      ticket.warrantyStatus && ticket.warrantyEndsOn && ticket.warrantyMonths
        ? { status: ticket.warrantyStatus, endsOn: ticket.warrantyEndsOn, months: ticket.warrantyMonths }
        : null,
  });
}

export function commentSnapshot(comment: TicketCommentEntity): TicketCommentSnapshot {
  return imageOf(ticketCommentSnapshotSchema, comment);
}

/** A closed ticket is final: any change of it is a CONFLICT. */
export function refuseIfClosed(ticket: Pick<TicketEntity, 'id' | 'status'>): void {
  if (ticket.status === 'CLOSED') throw conflict(`Ticket ${ticket.id} is closed`, { status: ticket.status });
}

type StatusEvent = `crm.service.ticket.${'status_changed' | 'resolved' | 'closed' | 'reopened'}.v1`;

/**
 * A move in the workflow: CONFLICT if the workflow does not allow it, BAD_USER_INPUT for what resolving
 * needs or what only resolving takes. The SLA clock stops while the ticket waits on the customer.
 */
export function statusChange(
  ticket: TicketEntity,
  input: ChangeTicketStatus,
  now: Date,
): Decision<TicketEntity, undefined, StatusEvent> {
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
  const resumed = ticket.status === 'WAITING_ON_CUSTOMER' ? resumeSla(ticket, now) : ticket;
  const sla = input.status === 'WAITING_ON_CUSTOMER' ? pauseSla(resumed, now) : resumed;
  return {
    set: {
      status: input.status,
      slaPausedAt: sla.slaPausedAt,
      slaPausedMs: sla.slaPausedMs,
      firstResponseDueAt: sla.firstResponseDueAt,
      resolutionDueAt: sla.resolutionDueAt,
      ...(input.status === 'RESOLVED' && {
        resolvedAt: now,
        resolution: input.resolution ?? null,
        rootCause: input.rootCause ?? ticket.rootCause,
      }),
      ...(input.status === 'CLOSED' && { closedAt: now }),
      ...(input.status === 'REOPENED' && { resolvedAt: null }),
    },
    event: `crm.service.ticket.${transition.event}.v1`,
    data: { previousStatus: ticket.status },
  };
}

/** A public answer of an agent is the ticket's first response, if it had none. */
export function firstResponse(
  ticket: Pick<TicketEntity, 'firstResponseAt'>,
  comment: Pick<TicketCommentEntity, 'visibility' | 'authorKind' | 'createdAt'>,
): Partial<TicketEntity> {
  const answers = comment.visibility === 'PUBLIC' && comment.authorKind === 'AGENT';
  return answers && !ticket.firstResponseAt ? { firstResponseAt: comment.createdAt } : {};
}

/**
 * What the SLA scheduler does to a ticket at `now`: marks each breach not reported yet, raises the
 * escalation level by as many, and one priority step if the breached priority's policy says so.
 * Null when nothing is newly breached.
 */
export function slaEscalation(ticket: TicketEntity, now: Date, bumpPriority: boolean) {
  const breaches = slaBreaches(ticket, now);
  if (breaches.length === 0) return null;
  const priority = bumpPriority ? raisedPriority(ticket.priority) : ticket.priority;
  const bumped = priority !== ticket.priority;
  return {
    breaches,
    set: {
      ...(breaches.includes('FIRST_RESPONSE') && { firstResponseBreachedAt: now }),
      ...(breaches.includes('RESOLUTION') && { resolutionBreachedAt: now }),
      slaBreached: true,
      escalationLevel: ticket.escalationLevel + breaches.length,
      priority,
    } satisfies Partial<TicketEntity>,
    reason: `SLA breached: ${breaches.join(', ')}${bumped ? `; priority ${ticket.priority} → ${priority}` : ''}`,
    changedFields: bumped ? ['escalationLevel', 'priority'] : ['escalationLevel'],
  };
}
