import { z } from 'zod';
import { aggregateVersion, changedFields, isoDateTime, tenantId } from './common';
import { defineEvent } from './defineEvent';

/** Money in events as in the API: a decimal string, never a float. */
const decimal = z.string().regex(/^-?\d{1,15}(\.\d{1,6})?$/, 'Expected a decimal string such as "1234.50"');
const isoDate = z.iso.date();

export const campaignStatus = z.enum(['PLANNED', 'ACTIVE', 'COMPLETED', 'ABORTED']);

export const campaignSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  name: z.string().min(1),
  type: z.enum(['EMAIL', 'EVENT', 'WEBINAR', 'TRADE_SHOW', 'SOCIAL', 'ADVERTISING']),
  status: campaignStatus,
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  location: z.string().nullable().describe('Where an event, webinar or trade show takes place'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code')
    .describe('Of every amount'),
  budget: decimal.nullable(),
  actualCost: decimal.nullable(),
  expectedRevenue: decimal.nullable(),
  expectedResponseRate: decimal.nullable().describe('Percent of members expected to respond, 0–100'),
  ownerId: z.string().nullable(),
  description: z.string().nullable(),
  launchedAt: isoDateTime.nullable(),
  completedAt: isoDateTime.nullable(),
  abortedAt: isoDateTime.nullable(),
  abortReason: z.string().nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type CampaignSnapshot = z.infer<typeof campaignSnapshot>;

export const memberStatus = z.enum([
  'TARGETED',
  'SENT',
  'OPENED',
  'CLICKED',
  'RESPONDED',
  'CONVERTED',
  'BOUNCED',
  'UNSUBSCRIBED',
]);

export const campaignMemberSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  campaignId: z.uuid(),
  customerId: z.uuid().nullable().describe('Set for a customer member'),
  contactId: z.uuid().nullable().describe('Set for a contact member'),
  segmentId: z.uuid().nullable().describe('The segment the member was added from, if any'),
  status: memberStatus,
  firstRespondedAt: isoDateTime.nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type CampaignMemberSnapshot = z.infer<typeof campaignMemberSnapshot>;

export const segmentSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  name: z.string().min(1),
  description: z.string().nullable(),
  kind: z.enum(['DYNAMIC', 'STATIC']),
  rules: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe('DYNAMIC: the rules over customer attributes (the SegmentRules input of the API)'),
  customerIds: z.array(z.uuid()).describe('STATIC: the listed customers'),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type SegmentSnapshot = z.infer<typeof segmentSnapshot>;

const campaignChange = z.object({ campaign: campaignSnapshot, changedFields });
const campaignStatusChange = campaignChange.extend({ previousStatus: campaignStatus });
const memberChange = z.object({ member: campaignMemberSnapshot, changedFields });
const segmentChange = z.object({ segment: segmentSnapshot, changedFields });

/** The marketing service's events (crm.marketing.*). */
export const marketingEvents = [
  defineEvent({
    type: 'crm.marketing.campaign.created.v1',
    description: 'A campaign was planned (status PLANNED).',
    data: campaignChange,
  }),
  defineEvent({
    type: 'crm.marketing.campaign.updated.v1',
    description: "A campaign's details (dates, budget, costs, ...) changed; `changedFields` names them.",
    data: campaignChange,
  }),
  defineEvent({
    type: 'crm.marketing.campaign.launched.v1',
    description: 'A planned campaign was launched (status ACTIVE).',
    data: campaignStatusChange,
  }),
  defineEvent({
    type: 'crm.marketing.campaign.completed.v1',
    description: 'An active campaign was completed; its actual cost may be final.',
    data: campaignStatusChange,
  }),
  defineEvent({
    type: 'crm.marketing.campaign.aborted.v1',
    description: 'A planned or active campaign was aborted, with the reason if given.',
    data: campaignStatusChange,
  }),
  defineEvent({
    type: 'crm.marketing.member.added.v1',
    description: 'A customer or contact became a member of a campaign (status TARGETED).',
    data: memberChange,
  }),
  defineEvent({
    type: 'crm.marketing.member.status_changed.v1',
    description: "A campaign member's status moved (sent, opened, clicked, responded, converted, ...).",
    data: memberChange.extend({ previousStatus: memberStatus }),
  }),
  defineEvent({
    type: 'crm.marketing.segment.created.v1',
    description: 'A segment (rules over customer attributes, or a static list of customers) was created.',
    data: segmentChange,
  }),
  defineEvent({
    type: 'crm.marketing.segment.updated.v1',
    description: "A segment's name, description, rules or list changed; `changedFields` names them.",
    data: segmentChange,
  }),
  defineEvent({
    type: 'crm.marketing.segment.deleted.v1',
    description: "A segment was deleted; the data is the segment's last state.",
    data: segmentChange,
  }),
] as const;
