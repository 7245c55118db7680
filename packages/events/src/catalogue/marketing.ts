import { z } from 'zod';
import { aggregateVersion, changedFields, isoDateTime, tenantId } from './common';
import { defineEvent } from './defineEvent';

/** Money in events as in the API: a decimal string, never a float. */
const decimal = z.string().regex(/^-?\d{1,15}(\.\d{1,6})?$/, 'Expected a decimal string such as "1234.50"');
const isoDate = z.iso.date();

export const campaignStatus = z.enum(['PLANNED', 'ACTIVE', 'COMPLETED', 'ABORTED']);
export type CampaignStatus = z.infer<typeof campaignStatus>;

export const campaignType = z.enum(['EMAIL', 'EVENT', 'WEBINAR', 'TRADE_SHOW', 'SOCIAL', 'ADVERTISING']);
export type CampaignType = z.infer<typeof campaignType>;

export const campaignSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  name: z.string().min(1),
  type: campaignType,
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

export const campaignMemberStatus = z.enum([
  'TARGETED',
  'SENT',
  'OPENED',
  'CLICKED',
  'RESPONDED',
  'CONVERTED',
  'BOUNCED',
  'UNSUBSCRIBED',
]);
export type CampaignMemberStatus = z.infer<typeof campaignMemberStatus>;

export const campaignMemberSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  campaignId: z.uuid(),
  customerId: z.uuid().nullable().describe('Set for a customer member'),
  contactId: z.uuid().nullable().describe('Set for a contact member'),
  leadId: z.uuid().nullish().describe('Set for a lead member (a lead of sales attributed to the campaign)'),
  segmentId: z.uuid().nullable().describe('The segment the member was added from, if any'),
  status: campaignMemberStatus,
  firstRespondedAt: isoDateTime.nullable(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type CampaignMemberSnapshot = z.infer<typeof campaignMemberSnapshot>;

export const segmentKind = z.enum(['DYNAMIC', 'STATIC']);
export type SegmentKind = z.infer<typeof segmentKind>;

export const segmentSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  name: z.string().min(1),
  description: z.string().nullable(),
  kind: segmentKind,
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

export const emailMessageStatus = z.enum(['QUEUED', 'SENDING', 'SENT', 'BOUNCED', 'SKIPPED']);
export type EmailMessageStatus = z.infer<typeof emailMessageStatus>;

/** One recipient of a campaign send: the row the send job claims, then the message's tracking state. */
export const emailMessageSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  sendId: z.uuid().describe('The campaign send (job) this message belongs to'),
  campaignId: z.uuid(),
  memberId: z.uuid(),
  customerId: z.uuid().nullable(),
  contactId: z.uuid().nullable(),
  templateId: z.uuid(),
  messageId: z.string().min(1).describe('The RFC 5322 Message-ID, stable per recipient of a send'),
  status: emailMessageStatus,
  skipReason: z.string().nullable().describe('SKIPPED: why (no consent, unsubscribed, no address)'),
  sentAt: isoDateTime.nullable(),
  firstOpenedAt: isoDateTime.nullable(),
  openCount: z.number().int().nonnegative(),
  firstClickedAt: isoDateTime.nullable(),
  clickCount: z.number().int().nonnegative(),
  bouncedAt: isoDateTime.nullable(),
  bounceReason: z.string().nullable(),
  unsubscribedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type EmailMessageSnapshot = z.infer<typeof emailMessageSnapshot>;

export const emailTemplateSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  name: z.string().min(1),
  subject: z.string().min(1).describe('A handlebars template'),
  htmlBody: z.string().min(1).describe('A handlebars template; variables are HTML-escaped'),
  textBody: z.string().nullable().describe('A handlebars template of the plain-text part'),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type EmailTemplateSnapshot = z.infer<typeof emailTemplateSnapshot>;

export const emailSendStatus = z.enum(['RUNNING', 'COMPLETED']);
export type EmailSendStatus = z.infer<typeof emailSendStatus>;

/** A campaign send: one job, one email message row per recipient. */
export const emailSendSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  campaignId: z.uuid(),
  templateId: z.uuid(),
  status: emailSendStatus,
  recipientCount: z.number().int().nonnegative().describe('Messages queued (members with consent)'),
  skippedCount: z
    .number()
    .int()
    .nonnegative()
    .describe('Members left out: no consent, unsubscribed or no address'),
  startedAt: isoDateTime,
  completedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type EmailSendSnapshot = z.infer<typeof emailSendSnapshot>;

export const consentStatus = z.enum(['OPTED_IN', 'OPTED_OUT', 'UNKNOWN']);
export type ConsentStatus = z.infer<typeof consentStatus>;

export const consentSource = z.enum(['MANUAL', 'WEB_FORM', 'IMPORT', 'DOUBLE_OPT_IN', 'UNSUBSCRIBE_LINK']);
export type ConsentSource = z.infer<typeof consentSource>;

export const consentSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  email: z.string().min(1).describe('The address, lower-cased: consent is per email address'),
  status: consentStatus,
  source: consentSource.nullable(),
  proof: z
    .string()
    .nullable()
    .describe('Evidence of the change, e.g. the confirmed opt-in request id and time, or who recorded it'),
  changedAt: isoDateTime.nullable().describe('When the status last changed'),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ConsentSnapshot = z.infer<typeof consentSnapshot>;

export const socialPostStatus = z.enum(['DRAFT', 'SCHEDULED', 'PUBLISHED', 'FAILED']);
export type SocialPostStatus = z.infer<typeof socialPostStatus>;

export const socialPostSnapshot = z.object({
  id: z.uuid(),
  tenantId,
  campaignId: z.uuid().nullable(),
  channel: z.string().min(1).describe('The social network, e.g. LINKEDIN'),
  text: z.string().min(1),
  mediaUrl: z.string().nullable(),
  scheduledAt: isoDateTime.nullable(),
  status: socialPostStatus,
  attempts: z.number().int().nonnegative().describe('Publish attempts made so far'),
  nextAttemptAt: isoDateTime.nullable(),
  failureReason: z.string().nullable().describe("The last attempt's error; FAILED: why it was given up"),
  externalId: z.string().nullable().describe("The network's id of the published post"),
  publishedAt: isoDateTime.nullable(),
  impressions: z.number().int().nonnegative(),
  engagements: z.number().int().nonnegative(),
  clicks: z.number().int().nonnegative(),
  version: aggregateVersion,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type SocialPostSnapshot = z.infer<typeof socialPostSnapshot>;

const campaignChange = z.object({ campaign: campaignSnapshot, changedFields });
const campaignStatusChange = campaignChange.extend({ previousStatus: campaignStatus });
const memberChange = z.object({ member: campaignMemberSnapshot, changedFields });
const segmentChange = z.object({ segment: segmentSnapshot, changedFields });
const emailChange = z.object({ email: emailMessageSnapshot, changedFields });
const emailTemplateChange = z.object({ template: emailTemplateSnapshot, changedFields });
const emailSendChange = z.object({ send: emailSendSnapshot, changedFields });
const consentChange = z.object({ consent: consentSnapshot, changedFields });
const socialChange = z.object({ post: socialPostSnapshot, changedFields });

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
    data: memberChange.extend({ previousStatus: campaignMemberStatus }),
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
  defineEvent({
    type: 'crm.marketing.email.sent.v1',
    description: 'The SMTP server accepted a campaign email for one member (status SENT).',
    data: emailChange,
  }),
  defineEvent({
    type: 'crm.marketing.email.opened.v1',
    description:
      "A campaign email's open pixel was loaded for the first time (once per message); later loads only count in the message's `openCount`, with no event.",
    data: emailChange,
  }),
  defineEvent({
    type: 'crm.marketing.email.clicked.v1',
    description:
      "A tracked link of a campaign email was followed for the first time (once per message); `url` is its target. Later clicks only count in the message's `clickCount`, with no event.",
    data: emailChange.extend({ url: z.string() }),
  }),
  defineEvent({
    type: 'crm.marketing.email.bounced.v1',
    description: 'A campaign email bounced (rejected at send time or reported later), with the reason.',
    data: emailChange,
  }),
  defineEvent({
    type: 'crm.marketing.email.unsubscribed.v1',
    description: "The recipient used the email's one-click unsubscribe; the address is opted out.",
    data: emailChange,
  }),
  defineEvent({
    type: 'crm.marketing.email_template.created.v1',
    description: 'An email template (handlebars subject, HTML and text bodies) was created.',
    data: emailTemplateChange,
  }),
  defineEvent({
    type: 'crm.marketing.email_template.updated.v1',
    description: "An email template's name, subject or bodies changed; `changedFields` names them.",
    data: emailTemplateChange,
  }),
  defineEvent({
    type: 'crm.marketing.email_template.deleted.v1',
    description: "An email template was deleted; the data is the template's last state.",
    data: emailTemplateChange,
  }),
  defineEvent({
    type: 'crm.marketing.email_send.started.v1',
    description:
      'A campaign send was queued: one message per member with consent; the rest are counted as skipped.',
    data: emailSendChange,
  }),
  defineEvent({
    type: 'crm.marketing.email_send.completed.v1',
    description: 'Every message of a campaign send was sent, bounced or skipped.',
    data: emailSendChange,
  }),
  defineEvent({
    type: 'crm.marketing.consent.confirmation_requested.v1',
    description:
      'A double opt-in confirmation link was mailed to the address; consent changes once it is followed.',
    data: consentChange,
  }),
  defineEvent({
    type: 'crm.marketing.consent.changed.v1',
    description: "An email address's consent changed (OPTED_IN, OPTED_OUT, UNKNOWN), with source and proof.",
    data: consentChange.extend({ previousStatus: consentStatus }),
  }),
  defineEvent({
    type: 'crm.marketing.social.created.v1',
    description: 'A social post was drafted (status DRAFT).',
    data: socialChange,
  }),
  defineEvent({
    type: 'crm.marketing.social.updated.v1',
    description: "A social post's text, media, channel or schedule changed; `changedFields` names them.",
    data: socialChange,
  }),
  defineEvent({
    type: 'crm.marketing.social.scheduled.v1',
    description: 'A social post was scheduled for `scheduledAt` (status SCHEDULED).',
    data: socialChange,
  }),
  defineEvent({
    type: 'crm.marketing.social.published.v1',
    description: 'A social post was published through its channel connector (status PUBLISHED).',
    data: socialChange,
  }),
  defineEvent({
    type: 'crm.marketing.social.failed.v1',
    description: 'Publishing a social post was given up after its retries (status FAILED), with the reason.',
    data: socialChange,
  }),
  defineEvent({
    type: 'crm.marketing.social.metrics_recorded.v1',
    description: "A published post's impressions, engagements and clicks were recorded (totals to date).",
    data: socialChange,
  }),
] as const;
