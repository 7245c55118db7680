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
export type TicketStatus = z.infer<typeof ticketStatus>;

export const ticketType = z.enum(['INQUIRY', 'TECHNICAL', 'COMPLAINT', 'REPAIR', 'RETURN', 'EXCHANGE']);
export type TicketType = z.infer<typeof ticketType>;

export const ticketChannel = z.enum(['EMAIL', 'PHONE', 'WEB', 'CHAT']);
export type TicketChannel = z.infer<typeof ticketChannel>;

export const ticketPriority = z.enum(['LOW', 'MEDIUM', 'HIGH', 'URGENT']);
export type TicketPriority = z.infer<typeof ticketPriority>;

export const complaintSeverity = z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
export type ComplaintSeverity = z.infer<typeof complaintSeverity>;

export const warrantyStatus = z.enum(['IN_WARRANTY', 'OUT_OF_WARRANTY']);
export type WarrantyStatus = z.infer<typeof warrantyStatus>;

export const repairOutcome = z.enum(['REPAIRED', 'REPLACED', 'NOT_REPAIRABLE', 'DECLINED']);
export type RepairOutcome = z.infer<typeof repairOutcome>;

/** The due time a ticket missed. */
export const slaBreach = z.enum(['FIRST_RESPONSE', 'RESOLUTION']);
export type SlaBreach = z.infer<typeof slaBreach>;

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
  type: ticketType,
  channel: ticketChannel,
  priority: ticketPriority,
  status: ticketStatus,
  subject: z.string().min(1),
  description: z.string().nullable(),
  assigneeId: z.string().nullable(),
  queueId: z.uuid().nullish().describe('The queue the ticket was routed to when it opened, if any matched'),
  tags: z.array(z.string()),
  severity: complaintSeverity.nullable().describe('Complaints only'),
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
  warranty: z
    .object({
      status: warrantyStatus,
      endsOn: z.iso.date(),
      months: z.number().int().positive(),
    })
    .nullish()
    .describe('REPAIR tickets about a delivered order: the warranty check made when the ticket opened'),
  repairOutcome: repairOutcome.nullish().describe('REPAIR tickets: what the repair came to, once recorded'),
  escalationLevel: z.number().int().nonnegative(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const commentVisibility = z.enum(['PUBLIC', 'INTERNAL']);
export type CommentVisibility = z.infer<typeof commentVisibility>;

export const commentAuthorKind = z.enum(['AGENT', 'CUSTOMER']);
export type CommentAuthorKind = z.infer<typeof commentAuthorKind>;

export const ticketCommentSnapshot = z.object({
  id: z.uuid(),
  ticketId: z.uuid(),
  body: z.string().min(1),
  visibility: commentVisibility,
  authorId: z.string(),
  authorKind: commentAuthorKind,
  createdAt: isoDateTime,
});

/** Money in events as in the API: a decimal string, never a float. */
const decimal = z.string().regex(/^-?\d{1,15}(\.\d{1,6})?$/, 'Expected a decimal string such as "1234.50"');

/** A survey's stored states; the API's SurveyStatus adds EXPIRED, derived from `expiresAt` when read. */
export const storedSurveyStatus = z.enum(['PENDING', 'ANSWERED']);
export type StoredSurveyStatus = z.infer<typeof storedSurveyStatus>;

/** A satisfaction survey sent when a ticket is resolved; its secret link token never leaves the service. */
export const surveySnapshot = z.object({
  id: z.uuid(),
  tenantId,
  ticketId: z.uuid(),
  customerId: z.uuid(),
  ticketType,
  assigneeId: z.string().nullable().describe('The agent the ticket was assigned to when it was resolved'),
  question: z.string().min(1),
  status: storedSurveyStatus,
  csat: z.number().int().min(1).max(5).nullable().describe('Customer satisfaction, 1 (poor) to 5 (great)'),
  nps: z.number().int().min(0).max(10).nullable().describe('Likelihood to recommend, 0 to 10'),
  comment: z.string().nullable(),
  expiresAt: isoDateTime,
  answeredAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export type SurveySnapshot = z.infer<typeof surveySnapshot>;

const answeredSurvey = surveySnapshot.extend({
  status: z.literal('ANSWERED'),
  csat: z.number().int().min(1).max(5),
  nps: z.number().int().min(0).max(10),
  answeredAt: isoDateTime,
});

export const rmaStatus = z.enum(['ISSUED', 'APPROVED', 'RECEIVED', 'REFUNDED', 'REJECTED']);
export type RmaStatus = z.infer<typeof rmaStatus>;

export const rmaKind = z.enum(['RETURN', 'EXCHANGE']);
export type RmaKind = z.infer<typeof rmaKind>;

/** A return merchandise authorization for a RETURN or EXCHANGE ticket. */
export const rmaSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  number: z.string().regex(/^RMA-\d{6,}$/, 'An RMA number such as RMA-000042, gap-free per tenant'),
  ticketId: z.uuid(),
  customerId: z.uuid(),
  orderId: z.uuid(),
  kind: rmaKind,
  status: rmaStatus,
  lines: z
    .array(z.object({ orderLineId: z.uuid(), productId: z.uuid(), quantity: z.number().int().positive() }))
    .min(1),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .describe("The order's currency; null if the service did not know it"),
  returnedValue: decimal
    .nullable()
    .describe('What the returned units cost the customer (the most a refund may be); null if unknown'),
  refundAmount: decimal.nullable().describe('Set when the refund is made'),
  rejectionReason: z.string().nullable(),
  approvedAt: isoDateTime.nullable(),
  receivedAt: isoDateTime.nullable(),
  refundedAt: isoDateTime.nullable(),
  rejectedAt: isoDateTime.nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type RmaSnapshot = z.infer<typeof rmaSnapshot>;

export const articleSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  title: z.string().min(1),
  body: z.string().min(1),
  tags: z.array(z.string()),
  published: z.boolean(),
  publishedAt: isoDateTime.nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ArticleSnapshot = z.infer<typeof articleSnapshot>;

const ticketChange = z.object({ ticket: ticketSnapshot, changedFields });
const rmaChange = z.object({ rma: rmaSnapshot, changedFields });
const articleChange = z.object({ article: articleSnapshot, changedFields });
const statusChange = ticketChange.extend({ previousStatus: ticketStatus });

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
  defineEvent({
    type: 'crm.service.survey.requested.v1',
    description:
      'A resolved ticket produced a satisfaction survey (the secret link goes to the customer; it is not in the event).',
    data: z.object({ survey: surveySnapshot }),
  }),
  defineEvent({
    type: 'crm.service.survey.answered.v1',
    description:
      'A customer answered a survey (once, before it expired): csat 1–5, nps 0–10, with the ticket type and agent.',
    data: z.object({ survey: answeredSurvey }),
  }),
  defineEvent({
    type: 'crm.service.rma.issued.v1',
    description:
      'A return or exchange was authorized for order lines and quantities; the RMA number is issued.',
    data: rmaChange,
  }),
  defineEvent({
    type: 'crm.service.rma.approved.v1',
    description: 'An issued RMA was approved.',
    data: rmaChange,
  }),
  defineEvent({
    type: 'crm.service.rma.rejected.v1',
    description: 'An issued RMA was rejected, with `rejectionReason`.',
    data: rmaChange,
  }),
  defineEvent({
    type: 'crm.service.rma.received.v1',
    description: 'The returned goods of an approved RMA arrived.',
    data: rmaChange,
  }),
  defineEvent({
    type: 'crm.service.rma.refunded.v1',
    description: 'A received RMA was refunded; `refundAmount` is what the customer got back.',
    data: rmaChange,
  }),
  defineEvent({
    type: 'crm.service.article.created.v1',
    description: 'A knowledge-base article was written (unpublished until `published`).',
    data: articleChange,
  }),
  defineEvent({
    type: 'crm.service.article.updated.v1',
    description: "An article's title, body or tags changed; `changedFields` names them.",
    data: articleChange,
  }),
  defineEvent({
    type: 'crm.service.article.published.v1',
    description: 'A knowledge-base article was published (agents can suggest it on tickets).',
    data: articleChange,
  }),
  defineEvent({
    type: 'crm.service.article.unpublished.v1',
    description: 'A published article was withdrawn; it is no longer found or suggested.',
    data: articleChange,
  }),
  defineEvent({
    type: 'crm.service.ticket.article_linked.v1',
    description: 'A knowledge-base article was linked to a ticket (e.g. sent to the customer as the answer).',
    data: ticketChange.extend({ articleId: z.uuid() }),
  }),
  defineEvent({
    type: 'crm.service.ticket.article_unlinked.v1',
    description: 'The link between a ticket and an article was removed.',
    data: ticketChange.extend({ articleId: z.uuid() }),
  }),
] as const;
