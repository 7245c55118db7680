import { z } from 'zod';
import { aggregateVersion, changedFields, isoDateTime, tenantId } from './common';
import { defineEvent } from './defineEvent';

export const ticketStatus = z.enum([
  'OPEN',
  'IN_PROGRESS',
  'WAITING_ON_CUSTOMER',
  'RESOLVED',
  'CLOSED',
  'REOPENED',
]);

export const ticketSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  number: z.string().regex(/^CS-\d{6,}$/, 'A ticket number such as CS-000123'),
  customerId: z.uuid(),
  contactId: z.uuid().nullable(),
  orderId: z
    .uuid()
    .nullish()
    .describe(
      'The order of the sales service the ticket is about; absent in events from before orders were linked',
    ),
  requesterEmail: z.email().nullable(),
  type: z.enum(['INQUIRY', 'TECHNICAL', 'COMPLAINT', 'REPAIR', 'RETURN', 'EXCHANGE']),
  channel: z.enum(['EMAIL', 'PHONE', 'WEB', 'CHAT']),
  priority: z.enum(['LOW', 'MEDIUM', 'HIGH', 'URGENT']),
  status: ticketStatus,
  subject: z.string().min(1),
  description: z.string().nullable(),
  assigneeId: z.string().nullable(),
  tags: z.array(z.string()),
  severity: z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']).nullable().describe('Complaints only'),
  rootCause: z.string().nullable().describe('Complaints only: the root-cause category'),
  resolution: z.string().nullable(),
  firstResponseAt: isoDateTime.nullable(),
  resolvedAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  firstResponseDueAt: isoDateTime.nullable(),
  resolutionDueAt: isoDateTime.nullable(),
  slaPausedAt: isoDateTime.nullable().describe('Set while the ticket waits on the customer'),
  firstResponseBreachedAt: isoDateTime.nullable(),
  resolutionBreachedAt: isoDateTime.nullable(),
  slaBreached: z.boolean(),
  escalationLevel: z.number().int().nonnegative(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const ticketCommentSnapshot = z.object({
  id: z.uuid(),
  ticketId: z.uuid(),
  body: z.string().min(1),
  visibility: z.enum(['PUBLIC', 'INTERNAL']),
  authorId: z.string(),
  authorKind: z.enum(['AGENT', 'CUSTOMER']),
  createdAt: isoDateTime,
});

const ticketChange = z.object({ ticket: ticketSnapshot, changedFields });
const statusChange = ticketChange.extend({ previousStatus: ticketStatus });
const slaBreach = z.enum(['FIRST_RESPONSE', 'RESOLUTION']);

/** The service (customer support) service's events (crm.service.*). */
export const serviceEvents = [
  defineEvent({
    type: 'crm.service.ticket.opened.v1',
    description: 'A support ticket was opened; its number is gap-free per tenant (CS-000123).',
    data: ticketChange,
  }),
  defineEvent({
    type: 'crm.service.ticket.updated.v1',
    description: "A ticket's details (subject, priority, tags, ...) changed; `changedFields` names them.",
    data: ticketChange,
  }),
  defineEvent({
    type: 'crm.service.ticket.assigned.v1',
    description: 'A ticket was assigned to an agent (or unassigned: assigneeId null).',
    data: ticketChange,
  }),
  defineEvent({
    type: 'crm.service.ticket.status_changed.v1',
    description:
      'A ticket moved in its workflow (in progress, waiting on customer); resolved, closed and reopened have events of their own.',
    data: statusChange,
  }),
  defineEvent({
    type: 'crm.service.ticket.commented.v1',
    description: 'A public or internal comment was added to a ticket.',
    data: ticketChange.extend({ comment: ticketCommentSnapshot }),
  }),
  defineEvent({
    type: 'crm.service.ticket.resolved.v1',
    description: 'A ticket was resolved (complaints carry a resolution and a root cause).',
    data: statusChange,
  }),
  defineEvent({
    type: 'crm.service.ticket.closed.v1',
    description: 'A resolved ticket was closed.',
    data: statusChange,
  }),
  defineEvent({
    type: 'crm.service.ticket.reopened.v1',
    description: 'A resolved ticket was reopened.',
    data: statusChange,
  }),
  defineEvent({
    type: 'crm.service.ticket.sla_breached.v1',
    description: 'A ticket missed its first-response or resolution due time (reported once per breach).',
    data: ticketChange.extend({ breach: slaBreach, dueAt: isoDateTime }),
  }),
  defineEvent({
    type: 'crm.service.ticket.escalated.v1',
    description: "A ticket's escalation level rose (after an SLA breach); the level is in the ticket.",
    data: ticketChange.extend({ reason: z.string() }),
  }),
] as const;
