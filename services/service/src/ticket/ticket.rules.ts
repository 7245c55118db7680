import type { EventDataInput } from '@crm/events';
import { email, optionalText, requiredText, tags } from '@crm/platform';
import { z } from 'zod';
import type { TicketEntity } from './ticket.entity';
import type { TicketCommentEntity } from './ticketComment.entity';

const type = z.enum(['INQUIRY', 'TECHNICAL', 'COMPLAINT', 'REPAIR', 'RETURN', 'EXCHANGE']);
const priority = z.enum(['LOW', 'MEDIUM', 'HIGH', 'URGENT']);
const severity = z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
const rootCause = z.enum([
  'PRODUCT_DEFECT',
  'DELIVERY',
  'BILLING',
  'SERVICE_QUALITY',
  'DOCUMENTATION',
  'OTHER',
]);
const status = z.enum(['OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED', 'REOPENED']);
const agentId = optionalText(100);

export const openTicketInput = z
  .object({
    customerId: z.uuid('Not a UUID'),
    contactId: z.uuid('Not a UUID').nullish(),
    orderId: z.uuid('Not a UUID').nullish(),
    requesterEmail: email,
    type,
    channel: z.enum(['EMAIL', 'PHONE', 'WEB', 'CHAT']),
    priority: priority.nullish(),
    subject: requiredText(300),
    description: optionalText(20_000),
    assigneeId: agentId,
    tags: tags.nullish(),
    severity: severity.nullish(),
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
  priority: priority.optional(),
  subject: requiredText(300).optional(),
  description: optionalText(20_000),
  tags: tags.optional(),
  severity: severity.nullish(),
  rootCause: rootCause.nullish(),
});

export const assigneeInput = agentId;

export const repairOutcomeInput = z.enum(['REPAIRED', 'REPLACED', 'NOT_REPAIRABLE', 'DECLINED']);

export const changeTicketStatusInput = z.object({
  status,
  resolution: optionalText(20_000),
  rootCause: rootCause.nullish(),
});

export const commentInput = z
  .object({
    body: requiredText(20_000),
    visibility: z.enum(['PUBLIC', 'INTERNAL']).nullish(),
    authorKind: z.enum(['AGENT', 'CUSTOMER']).nullish(),
  })
  .superRefine((input, issues) => {
    if (input.authorKind === 'CUSTOMER' && input.visibility === 'INTERNAL') {
      issues.addIssue({ code: 'custom', path: ['visibility'], message: "A customer's words are public" });
    }
  });

export type OpenTicket = z.output<typeof openTicketInput>;
export type UpdateTicket = z.output<typeof updateTicketInput>;

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

const priorities = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;

/** One step more urgent; URGENT stays. */
export function raisedPriority(current: (typeof priorities)[number]): (typeof priorities)[number] {
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

const iso = (time: Date | null) => (time ? time.toISOString() : null);

/** The ticket as published in events: full state, ISO times. */
export function ticketSnapshot(ticket: TicketEntity): TicketSnapshot {
  return {
    id: ticket.id,
    tenantId: ticket.tenantId,
    number: ticketNumber(ticket.number),
    customerId: ticket.customerId,
    contactId: ticket.contactId,
    orderId: ticket.orderId,
    requesterEmail: ticket.requesterEmail,
    type: ticket.type,
    channel: ticket.channel,
    priority: ticket.priority,
    status: ticket.status,
    subject: ticket.subject,
    description: ticket.description,
    assigneeId: ticket.assigneeId,
    queueId: ticket.queueId,
    tags: ticket.tags,
    severity: ticket.severity,
    rootCause: ticket.rootCause,
    resolution: ticket.resolution,
    firstResponseAt: iso(ticket.firstResponseAt),
    resolvedAt: iso(ticket.resolvedAt),
    closedAt: iso(ticket.closedAt),
    firstResponseDueAt: iso(ticket.firstResponseDueAt),
    resolutionDueAt: iso(ticket.resolutionDueAt),
    slaPausedAt: iso(ticket.slaPausedAt),
    firstResponseBreachedAt: iso(ticket.firstResponseBreachedAt),
    resolutionBreachedAt: iso(ticket.resolutionBreachedAt),
    slaBreached: ticket.slaBreached,
    warranty:
      ticket.warrantyStatus && ticket.warrantyEndsOn && ticket.warrantyMonths
        ? { status: ticket.warrantyStatus, endsOn: ticket.warrantyEndsOn, months: ticket.warrantyMonths }
        : null,
    repairOutcome: ticket.repairOutcome,
    escalationLevel: ticket.escalationLevel,
    version: ticket.version,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
  };
}

export function commentSnapshot(comment: TicketCommentEntity): TicketCommentSnapshot {
  return {
    id: comment.id,
    ticketId: comment.ticketId,
    body: comment.body,
    visibility: comment.visibility,
    authorId: comment.authorId,
    authorKind: comment.authorKind,
    createdAt: comment.createdAt.toISOString(),
  };
}
