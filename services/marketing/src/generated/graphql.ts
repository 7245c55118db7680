import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerReference } from '../customer/customerCampaigns.queries';
import type { CampaignEntity } from '../campaign/campaign.entity';
import type { CampaignMemberEntity } from '../member/campaignMember.entity';
import type { SegmentEntity } from '../segment/segment.entity';
import type { Connection, RequestContext } from '@crm/platform';
import type { EmailTemplateEntity } from '../email/emailTemplate.entity';
import type { EmailSendEntity } from '../email/emailSend.entity';
import type { EmailMessageEntity } from '../email/emailMessage.entity';
import type { ConsentView } from '../consent/consent.queries';
import type { SocialPostEntity } from '../social/socialPost.entity';
import type { CampaignPerformanceView } from '../attribution/campaignPerformance.queries';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 3166-1 alpha-2 country code. */
  CountryCode: { input: string; output: string; }
  /** ISO 4217 currency code. */
  Currency: { input: string; output: string; }
  /** An ISO 8601 calendar date, e.g. 2026-11-26. */
  Date: { input: string; output: string; }
  /** An ISO 8601 date-time with offset, e.g. 2026-11-26T10:00:00Z. */
  DateTime: { input: Date; output: Date; }
  /** A decimal number as a string (money: never a float), e.g. "1234.50". */
  Decimal: { input: string; output: string; }
  EmailAddress: { input: string; output: string; }
  /** Values for a template's variables, e.g. { firstName: "Ann" } (a JSON object). */
  EmailVariables: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A SegmentRules value as JSON (dates as ISO strings). */
  SegmentRulesJson: { input: Record<string, unknown>; output: Record<string, unknown>; }
  UUID: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Exactly one of customerId and contactId. */
export type AddCampaignMemberInput = {
  contactId?: InputMaybe<Scalars['UUID']['input']>;
  customerId?: InputMaybe<Scalars['UUID']['input']>;
};

/** A marketing campaign: PLANNED → ACTIVE → COMPLETED, or ABORTED. */
export type Campaign = {
  __typename?: 'Campaign';
  abortReason: Maybe<Scalars['String']['output']>;
  abortedAt: Maybe<Scalars['DateTime']['output']>;
  actualCost: Maybe<Scalars['Decimal']['output']>;
  budget: Maybe<Scalars['Decimal']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The currency of budget, actualCost and expectedRevenue. */
  currency: Scalars['Currency']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** The campaign's email sends, newest first. */
  emailSends: EmailSendConnection;
  /** Not before startDate. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Percent of members expected to respond, 0–100. */
  expectedResponseRate: Maybe<Scalars['Decimal']['output']>;
  expectedRevenue: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['UUID']['output'];
  launchedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where an event, webinar or trade show takes place. */
  location: Maybe<Scalars['String']['output']>;
  memberCounts: CampaignMemberCounts;
  /** Newest first. */
  members: CampaignMemberConnection;
  name: Scalars['String']['output'];
  ownerId: Maybe<Scalars['String']['output']>;
  /** Responses, attributed leads and opportunities, revenue and return on the campaign's cost. */
  performance: CampaignPerformance;
  /** The campaign's social posts, newest first. */
  socialPosts: SocialPostConnection;
  startDate: Maybe<Scalars['Date']['output']>;
  status: CampaignStatus;
  type: CampaignType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** A marketing campaign: PLANNED → ACTIVE → COMPLETED, or ABORTED. */
export type CampaignEmailSendsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A marketing campaign: PLANNED → ACTIVE → COMPLETED, or ABORTED. */
export type CampaignMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A marketing campaign: PLANNED → ACTIVE → COMPLETED, or ABORTED. */
export type CampaignSocialPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  edges: Array<CampaignEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

export type CampaignFilter = {
  and?: InputMaybe<Array<CampaignFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  endDate?: InputMaybe<DateFilter>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<CampaignFilter>;
  or?: InputMaybe<Array<CampaignFilter>>;
  ownerId?: InputMaybe<StringFilter>;
  startDate?: InputMaybe<DateFilter>;
  status?: InputMaybe<CampaignStatusFilter>;
  type?: InputMaybe<CampaignTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A customer or a contact targeted by a campaign. */
export type CampaignMember = {
  __typename?: 'CampaignMember';
  campaign: Campaign;
  /** Set for a contact member. */
  contactId: Maybe<Scalars['UUID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set for a customer member. */
  customer: Maybe<Customer>;
  /** The member's address as last known here. Null for callers who may not see personal contact data (analysts). */
  email: Maybe<Scalars['EmailAddress']['output']>;
  /** When the member first responded (RESPONDED or CONVERTED). */
  firstRespondedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['UUID']['output'];
  /** Set for a lead of sales attributed to the campaign. */
  leadId: Maybe<Scalars['UUID']['output']>;
  /** The segment the member was added from, if any (null once that segment is deleted). */
  segment: Maybe<Segment>;
  status: CampaignMemberStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CampaignMemberConnection = {
  __typename?: 'CampaignMemberConnection';
  edges: Array<CampaignMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Members of a campaign by status. */
export type CampaignMemberCounts = {
  __typename?: 'CampaignMemberCounts';
  bounced: Scalars['Int']['output'];
  clicked: Scalars['Int']['output'];
  converted: Scalars['Int']['output'];
  opened: Scalars['Int']['output'];
  responded: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
  targeted: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  unsubscribed: Scalars['Int']['output'];
};

export type CampaignMemberEdge = {
  __typename?: 'CampaignMemberEdge';
  cursor: Scalars['String']['output'];
  node: CampaignMember;
};

export type CampaignMemberStatus =
  | 'BOUNCED'
  | 'CLICKED'
  | 'CONVERTED'
  | 'OPENED'
  | 'RESPONDED'
  | 'SENT'
  | 'TARGETED'
  | 'UNSUBSCRIBED';

export type CampaignOrderBy = {
  direction?: SortDirection;
  field: CampaignOrderField;
};

export type CampaignOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/**
 * What a campaign brought, from its members and from the sales leads and opportunities attributed to it.
 * Amounts are in the campaign's currency; won opportunities in another currency are counted but not summed.
 */
export type CampaignPerformance = {
  __typename?: 'CampaignPerformance';
  actualCost: Maybe<Scalars['Decimal']['output']>;
  convertedLeads: Scalars['Int']['output'];
  /** actualCost / leads; null without leads or cost. */
  costPerLead: Maybe<Scalars['Decimal']['output']>;
  currency: Scalars['Currency']['output'];
  /** Leads of sales with this campaign. */
  leads: Scalars['Int']['output'];
  membersByStatus: CampaignMemberCounts;
  /** Opportunities of sales with this campaign. */
  opportunities: Scalars['Int']['output'];
  /** Percent of members who responded (RESPONDED or CONVERTED), 0–100; null without members. */
  responseRate: Maybe<Scalars['Decimal']['output']>;
  /** (wonRevenue − actualCost) / actualCost, 4 decimals; null when the cost is unknown or 0. */
  roi: Maybe<Scalars['Decimal']['output']>;
  wonOpportunities: Scalars['Int']['output'];
  /** Σ amount of won opportunities in the campaign's currency. */
  wonRevenue: Scalars['Decimal']['output'];
};

export type CampaignStatus =
  | 'ABORTED'
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED';

export type CampaignStatusFilter = {
  eq?: InputMaybe<CampaignStatus>;
  in?: InputMaybe<Array<CampaignStatus>>;
};

export type CampaignType =
  | 'ADVERTISING'
  | 'EMAIL'
  | 'EVENT'
  | 'SOCIAL'
  | 'TRADE_SHOW'
  | 'WEBINAR';

export type CampaignTypeFilter = {
  eq?: InputMaybe<CampaignType>;
  in?: InputMaybe<Array<CampaignType>>;
};

/** Consent to marketing email of one address. */
export type Consent = {
  __typename?: 'Consent';
  changedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the pending double opt-in link was mailed, if one is pending. */
  confirmationRequestedAt: Maybe<Scalars['DateTime']['output']>;
  /** Null for callers who may not see personal contact data (analysts). */
  email: Maybe<Scalars['EmailAddress']['output']>;
  /**
   * Evidence of the last change (who recorded it, or which request was confirmed when). Null for callers who
   * may not see personal contact data (analysts): it may name the person.
   */
  proof: Maybe<Scalars['String']['output']>;
  source: Maybe<ConsentSource>;
  status: ConsentStatus;
  /** 0 for an address without anything recorded. */
  version: Scalars['Int']['output'];
};

export type ConsentConnection = {
  __typename?: 'ConsentConnection';
  edges: Array<ConsentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConsentEdge = {
  __typename?: 'ConsentEdge';
  cursor: Scalars['String']['output'];
  node: Consent;
};

export type ConsentSource =
  /** A confirmed double opt-in link. */
  | 'DOUBLE_OPT_IN'
  | 'IMPORT'
  /** Recorded by a user (e.g. from a call). */
  | 'MANUAL'
  /** The unsubscribe link or header of a campaign email. */
  | 'UNSUBSCRIBE_LINK'
  | 'WEB_FORM';

export type ConsentStatus =
  | 'OPTED_IN'
  | 'OPTED_OUT'
  | 'UNKNOWN';

export type CreateCampaignInput = {
  actualCost?: InputMaybe<Scalars['Decimal']['input']>;
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  /** ISO 4217; USD when left out. */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  expectedResponseRate?: InputMaybe<Scalars['Decimal']['input']>;
  expectedRevenue?: InputMaybe<Scalars['Decimal']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** The caller when left out. */
  ownerId?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  type: CampaignType;
};

export type CreateEmailTemplateInput = {
  /** At most 100,000 characters. */
  htmlBody: Scalars['String']['input'];
  /** At most 200 characters. */
  name: Scalars['String']['input'];
  /** At most 500 characters. */
  subject: Scalars['String']['input'];
  /** At most 100,000 characters. */
  textBody?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSegmentInput = {
  /** Required for STATIC, refused for DYNAMIC. */
  customerIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind: SegmentKind;
  name: Scalars['String']['input'];
  /** Required for DYNAMIC, refused for STATIC. */
  rules?: InputMaybe<SegmentRules>;
};

export type CreateSocialPostInput = {
  campaignId?: InputMaybe<Scalars['UUID']['input']>;
  channel: SocialPostChannel;
  /** An http(s) URL of the image or video. */
  mediaUrl?: InputMaybe<Scalars['String']['input']>;
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
  text: Scalars['String']['input'];
};

/** A customer of the customer subgraph; this subgraph adds its campaign memberships. */
export type Customer = {
  __typename?: 'Customer';
  /** The customer's campaign memberships, newest first. */
  campaigns: CampaignMemberConnection;
  /** Consent to marketing email of the customer's address; null when the customer has no address. */
  consent: Maybe<Consent>;
  id: Scalars['UUID']['output'];
};


/** A customer of the customer subgraph; this subgraph adds its campaign memberships. */
export type CustomerCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerKind =
  | 'ORGANIZATION'
  | 'PERSON';

export type CustomerKindFilter = {
  eq?: InputMaybe<CustomerKind>;
  in?: InputMaybe<Array<CustomerKind>>;
};

export type DateFilter = {
  gt?: InputMaybe<Scalars['Date']['input']>;
  gte?: InputMaybe<Scalars['Date']['input']>;
  lt?: InputMaybe<Scalars['Date']['input']>;
  lte?: InputMaybe<Scalars['Date']['input']>;
};

export type DateTimeFilter = {
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One campaign email to one member. */
export type EmailMessage = {
  __typename?: 'EmailMessage';
  /** Null for callers who may not see personal contact data (analysts): it may name the address. */
  bounceReason: Maybe<Scalars['String']['output']>;
  bouncedAt: Maybe<Scalars['DateTime']['output']>;
  /** Clicks of its tracked links, the first included; clicks over the link rate limits are not counted. */
  clickCount: Scalars['Int']['output'];
  /** The first click of a tracked link: the one that moved the member and published `email.clicked`. */
  firstClickedAt: Maybe<Scalars['DateTime']['output']>;
  /** The first load of the open pixel: the one that moved the member and published `email.opened`. */
  firstOpenedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['UUID']['output'];
  lastClickedAt: Maybe<Scalars['DateTime']['output']>;
  lastOpenedAt: Maybe<Scalars['DateTime']['output']>;
  member: Maybe<CampaignMember>;
  messageId: Scalars['String']['output'];
  /** Loads of the open pixel, the first included; loads over the link rate limits are not counted. */
  openCount: Scalars['Int']['output'];
  /** Null for callers who may not see personal contact data (analysts). */
  recipient: Maybe<Scalars['EmailAddress']['output']>;
  sentAt: Maybe<Scalars['DateTime']['output']>;
  skipReason: Maybe<Scalars['String']['output']>;
  status: EmailMessageStatus;
  unsubscribedAt: Maybe<Scalars['DateTime']['output']>;
};

export type EmailMessageConnection = {
  __typename?: 'EmailMessageConnection';
  edges: Array<EmailMessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Messages of a send by delivery status, and how many were opened and clicked. */
export type EmailMessageCounts = {
  __typename?: 'EmailMessageCounts';
  bounced: Scalars['Int']['output'];
  clicked: Scalars['Int']['output'];
  opened: Scalars['Int']['output'];
  queued: Scalars['Int']['output'];
  sending: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  unsubscribed: Scalars['Int']['output'];
};

export type EmailMessageEdge = {
  __typename?: 'EmailMessageEdge';
  cursor: Scalars['String']['output'];
  node: EmailMessage;
};

export type EmailMessageStatus =
  | 'BOUNCED'
  | 'QUEUED'
  /** Handed to the SMTP server; not yet recorded as accepted. */
  | 'SENDING'
  | 'SENT'
  /** Not sent: consent withdrawn or member unsubscribed after the send was queued. */
  | 'SKIPPED';

/** A campaign send: one message per recipient with consent, sent in the background. */
export type EmailSend = {
  __typename?: 'EmailSend';
  campaign: Campaign;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  counts: EmailMessageCounts;
  id: Scalars['UUID']['output'];
  /** Oldest first. */
  messages: EmailMessageConnection;
  /** Messages queued (members with consent). */
  recipientCount: Scalars['Int']['output'];
  /** Members left out when queued: no consent, unsubscribed, bounced, no address, or an address mailed for another member. */
  skippedCount: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: EmailSendStatus;
  template: Maybe<EmailTemplate>;
};


/** A campaign send: one message per recipient with consent, sent in the background. */
export type EmailSendMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EmailSendConnection = {
  __typename?: 'EmailSendConnection';
  edges: Array<EmailSendEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmailSendEdge = {
  __typename?: 'EmailSendEdge';
  cursor: Scalars['String']['output'];
  node: EmailSend;
};

export type EmailSendStatus =
  | 'COMPLETED'
  | 'RUNNING';

/** An email with handlebars variables: {{name}}, {{firstName}}, {{email}}, {{campaign.name}}, {{unsubscribeUrl}}. */
export type EmailTemplate = {
  __typename?: 'EmailTemplate';
  createdAt: Scalars['DateTime']['output'];
  htmlBody: Scalars['String']['output'];
  id: Scalars['UUID']['output'];
  name: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  textBody: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type EmailTemplateConnection = {
  __typename?: 'EmailTemplateConnection';
  edges: Array<EmailTemplateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmailTemplateEdge = {
  __typename?: 'EmailTemplateEdge';
  cursor: Scalars['String']['output'];
  node: EmailTemplate;
};

export type EmailTestSend = {
  __typename?: 'EmailTestSend';
  /** The Message-ID the SMTP server accepted. */
  messageId: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

export type IdFilter = {
  eq?: InputMaybe<Scalars['UUID']['input']>;
  in?: InputMaybe<Array<Scalars['UUID']['input']>>;
};

export type LifecycleStage =
  | 'CHURNED'
  | 'CUSTOMER'
  | 'LEAD'
  | 'PROSPECT';

export type LifecycleStageFilter = {
  eq?: InputMaybe<LifecycleStage>;
  in?: InputMaybe<Array<LifecycleStage>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** PLANNED or ACTIVE → ABORTED, with an optional reason. Any other status gives CONFLICT. */
  abortCampaign: Campaign;
  /**
   * Adds one customer or one contact (known to this service) to a planned or active campaign, as TARGETED.
   * CONFLICT when it is a member already.
   */
  addCampaignMember: CampaignMember;
  /**
   * Adds every customer the segment picks now to a planned or active campaign; customers already members
   * are left as they are, so adding the same segment again adds only newcomers.
   */
  addSegmentToCampaign: Campaign;
  /**
   * Moves a member: TARGETED → SENT → OPENED → CLICKED → RESPONDED → CONVERTED (steps may be skipped,
   * never undone); SENT → BOUNCED; any open status → UNSUBSCRIBED. Any other move gives CONFLICT.
   */
  changeCampaignMemberStatus: CampaignMember;
  /** ACTIVE → COMPLETED, optionally with the final actual cost. Any other status gives CONFLICT. */
  completeCampaign: Campaign;
  /** Plans a campaign (status PLANNED); amounts are in its currency. */
  createCampaign: Campaign;
  /** Creates an email template; subject and bodies are handlebars templates (variables are HTML-escaped). */
  createEmailTemplate: EmailTemplate;
  /** Creates a DYNAMIC segment (rules) or a STATIC one (customerIds). */
  createSegment: Segment;
  /** Drafts a social post (status DRAFT). */
  createSocialPost: SocialPost;
  /** Deletes a template; sends made with it keep their messages. Returns its last state. */
  deleteEmailTemplate: EmailTemplate;
  /** Deletes a segment; members added from it stay members. Returns its last state. */
  deleteSegment: Segment;
  /** PLANNED → ACTIVE. Any other status gives CONFLICT. */
  launchCampaign: Campaign;
  /** Records consent given or withdrawn outside email links (a form, an import, a call), with its proof. */
  recordConsent: Consent;
  /** Records a bounce reported after sending (e.g. a delivery status notification) of a sent message. */
  recordEmailBounce: EmailMessage;
  /** Records a published post's metrics (totals to date, never decreasing). */
  recordSocialPostMetrics: SocialPost;
  /**
   * Mails the address a double opt-in link (signed, valid for one address and the latest request only);
   * the consent becomes OPTED_IN when the link is confirmed.
   */
  requestConsentConfirmation: Consent;
  /** DRAFT → SCHEDULED, at scheduledAt (given here or set before); a past time publishes at once. */
  scheduleSocialPost: SocialPost;
  /**
   * Queues the template for every member of an active campaign whose address has consent (OPTED_IN) and who
   * has not unsubscribed or bounced, one message per address; the others are counted as skipped. The messages
   * go out in the background, rate-limited, each at most once.
   */
  sendCampaignEmail: EmailSend;
  /**
   * Renders the template with the given variables and mails it to one address at once, marked as a test
   * (no tracking, no consent needed: the address is the marketer's own).
   */
  sendTestEmail: EmailTestSend;
  /**
   * Changes only the fields given; null clears an optional field. CONFLICT when expectedVersion is not the
   * current version, or when a field other than actualCost and description changes on a completed or
   * aborted campaign.
   */
  updateCampaign: Campaign;
  /** Changes only the fields given. CONFLICT when expectedVersion is not the current version. */
  updateEmailTemplate: EmailTemplate;
  /** Changes only the fields given; the kind stays. CONFLICT when expectedVersion is not the current version. */
  updateSegment: Segment;
  /** Changes only the fields given, while DRAFT or SCHEDULED. CONFLICT when expectedVersion is not current. */
  updateSocialPost: SocialPost;
};


export type MutationAbortCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddCampaignMemberArgs = {
  campaignId: Scalars['UUID']['input'];
  input: AddCampaignMemberInput;
};


export type MutationAddSegmentToCampaignArgs = {
  campaignId: Scalars['UUID']['input'];
  segmentId: Scalars['UUID']['input'];
};


export type MutationChangeCampaignMemberStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  status: CampaignMemberStatus;
};


export type MutationCompleteCampaignArgs = {
  actualCost?: InputMaybe<Scalars['Decimal']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateEmailTemplateArgs = {
  input: CreateEmailTemplateInput;
};


export type MutationCreateSegmentArgs = {
  input: CreateSegmentInput;
};


export type MutationCreateSocialPostArgs = {
  input: CreateSocialPostInput;
};


export type MutationDeleteEmailTemplateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationDeleteSegmentArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationLaunchCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRecordEmailBounceArgs = {
  messageId: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRecordSocialPostMetricsArgs = {
  id: Scalars['UUID']['input'];
  input: SocialPostMetricsInput;
};


export type MutationRequestConsentConfirmationArgs = {
  email: Scalars['String']['input'];
};


export type MutationScheduleSocialPostArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationSendCampaignEmailArgs = {
  campaignId: Scalars['UUID']['input'];
  templateId: Scalars['UUID']['input'];
};


export type MutationSendTestEmailArgs = {
  templateId: Scalars['UUID']['input'];
  to: Scalars['String']['input'];
  variables?: InputMaybe<Scalars['EmailVariables']['input']>;
};


export type MutationUpdateCampaignArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateCampaignInput;
};


export type MutationUpdateEmailTemplateArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateEmailTemplateInput;
};


export type MutationUpdateSegmentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateSegmentInput;
};


export type MutationUpdateSocialPostArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateSocialPostInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** A campaign of the caller's tenant, or null. */
  campaign: Maybe<Campaign>;
  /** Campaigns, searched (name, location, description; case-insensitive), filtered, sorted and paged by cursor. */
  campaigns: CampaignConnection;
  /**
   * The consent of an address (UNKNOWN when nothing is recorded). FORBIDDEN for callers who may not see
   * personal contact data (analysts): a lookup would tell them which addresses are known.
   */
  consent: Consent;
  /** Recorded consents, most recently changed first. */
  consents: ConsentConnection;
  /** A campaign send (its progress), or null. */
  emailSend: Maybe<EmailSend>;
  /** An email template of the caller's tenant, or null. */
  emailTemplate: Maybe<EmailTemplate>;
  /** Email templates, by name unless ordered otherwise. */
  emailTemplates: EmailTemplateConnection;
  /** A segment of the caller's tenant, or null. */
  segment: Maybe<Segment>;
  /** How many known customers the rules pick, without saving a segment. */
  segmentPreview: SegmentPreview;
  /** Segments, searched by name, newest first unless ordered otherwise. */
  segments: SegmentConnection;
  /** A social post of the caller's tenant, or null. */
  socialPost: Maybe<SocialPost>;
  /** Social posts, newest first, optionally of one campaign or status. */
  socialPosts: SocialPostConnection;
};


export type QueryCampaignArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CampaignFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CampaignOrderBy>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConsentArgs = {
  email: Scalars['String']['input'];
};


export type QueryConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConsentStatus>;
};


export type QueryEmailSendArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryEmailTemplateArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryEmailTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySegmentArgs = {
  id: Scalars['UUID']['input'];
};


export type QuerySegmentPreviewArgs = {
  rules: SegmentRules;
};


export type QuerySegmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SegmentOrderBy>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySocialPostArgs = {
  id: Scalars['UUID']['input'];
};


export type QuerySocialPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['UUID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SocialPostStatus>;
};

export type RecordConsentInput = {
  email: Scalars['String']['input'];
  /** What proves it, e.g. the form submission id or the import file. */
  proof: Scalars['String']['input'];
  /** MANUAL, WEB_FORM or IMPORT (the other sources come from links). */
  source: ConsentSource;
  /** OPTED_IN or OPTED_OUT. */
  status: ConsentStatus;
};

/** A group of customers: rules over their attributes, or a static list. */
export type Segment = {
  __typename?: 'Segment';
  createdAt: Scalars['DateTime']['output'];
  /** STATIC: the listed customer ids. */
  customerIds: Array<Scalars['UUID']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  kind: SegmentKind;
  /** Known customers the segment picks now. */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** DYNAMIC: the rules as given (the shape of the SegmentRules input). */
  rules: Maybe<Scalars['SegmentRulesJson']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type SegmentConnection = {
  __typename?: 'SegmentConnection';
  edges: Array<SegmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SegmentEdge = {
  __typename?: 'SegmentEdge';
  cursor: Scalars['String']['output'];
  node: Segment;
};

export type SegmentKind =
  /** Whoever the rules pick at the time of use. */
  | 'DYNAMIC'
  /** An explicit list of customers. */
  | 'STATIC';

export type SegmentOrderBy = {
  direction?: SortDirection;
  field: SegmentOrderField;
};

export type SegmentOrderField =
  | 'CREATED_AT'
  | 'NAME';

export type SegmentPreview = {
  __typename?: 'SegmentPreview';
  memberCount: Scalars['Int']['output'];
};

/** Rules over customer attributes; the fields of one level must all hold, composed with and/or/not. */
export type SegmentRules = {
  and?: InputMaybe<Array<SegmentRules>>;
  /** ISO 3166-1 alpha-2 code of the address. */
  country?: InputMaybe<StringFilter>;
  /** When the customer was created in the customer service. */
  createdAt?: InputMaybe<DateTimeFilter>;
  industry?: InputMaybe<StringFilter>;
  kind?: InputMaybe<CustomerKindFilter>;
  lifecycleStage?: InputMaybe<LifecycleStageFilter>;
  not?: InputMaybe<SegmentRules>;
  or?: InputMaybe<Array<SegmentRules>>;
  region?: InputMaybe<StringFilter>;
  segment?: InputMaybe<StringFilter>;
  tags?: InputMaybe<StringListFilter>;
};

/** A post to a social network: DRAFT → SCHEDULED → PUBLISHED, or FAILED after its retries. */
export type SocialPost = {
  __typename?: 'SocialPost';
  /** Publish attempts made. */
  attempts: Scalars['Int']['output'];
  campaign: Maybe<Campaign>;
  channel: SocialPostChannel;
  clicks: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  engagements: Scalars['Int']['output'];
  /** The network's id of the published post. */
  externalId: Maybe<Scalars['String']['output']>;
  /** The last failed attempt's error; FAILED: why it was given up. */
  failureReason: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  impressions: Scalars['Int']['output'];
  mediaUrl: Maybe<Scalars['String']['output']>;
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  scheduledAt: Maybe<Scalars['DateTime']['output']>;
  status: SocialPostStatus;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type SocialPostChannel =
  | 'FACEBOOK'
  | 'INSTAGRAM'
  | 'LINKEDIN'
  | 'X';

export type SocialPostConnection = {
  __typename?: 'SocialPostConnection';
  edges: Array<SocialPostEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SocialPostEdge = {
  __typename?: 'SocialPostEdge';
  cursor: Scalars['String']['output'];
  node: SocialPost;
};

export type SocialPostMetricsInput = {
  clicks: Scalars['Int']['input'];
  engagements: Scalars['Int']['input'];
  impressions: Scalars['Int']['input'];
};

export type SocialPostStatus =
  | 'DRAFT'
  | 'FAILED'
  | 'PUBLISHED'
  | 'SCHEDULED';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StringFilter = {
  /** Case-insensitive substring. */
  contains?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  ne?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive prefix. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type StringListFilter = {
  hasAll?: InputMaybe<Array<Scalars['String']['input']>>;
  hasAny?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateCampaignInput = {
  actualCost?: InputMaybe<Scalars['Decimal']['input']>;
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  expectedResponseRate?: InputMaybe<Scalars['Decimal']['input']>;
  expectedRevenue?: InputMaybe<Scalars['Decimal']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  type?: InputMaybe<CampaignType>;
};

export type UpdateEmailTemplateInput = {
  /** At most 100,000 characters. */
  htmlBody?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  /** At most 100,000 characters. */
  textBody?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSegmentInput = {
  customerIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  rules?: InputMaybe<SegmentRules>;
};

export type UpdateSocialPostInput = {
  channel?: InputMaybe<SocialPostChannel>;
  mediaUrl?: InputMaybe<Scalars['String']['input']>;
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Campaign: Campaign;
  Customer: Customer;
  EmailTemplate: EmailTemplate;
  Segment: Segment;
  SocialPost: SocialPost;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  EmailTemplate:
    ( { __typename: 'EmailTemplate' }
    & GraphQLRecursivePick<FederationTypes['EmailTemplate'], {"id":true}> );
  Segment:
    ( { __typename: 'Segment' }
    & GraphQLRecursivePick<FederationTypes['Segment'], {"id":true}> );
  SocialPost:
    ( { __typename: 'SocialPost' }
    & GraphQLRecursivePick<FederationTypes['SocialPost'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCampaignMemberInput: AddCampaignMemberInput;
  Campaign: ResolverTypeWrapper<CampaignEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CampaignConnection: ResolverTypeWrapper<Connection<CampaignEntity>>;
  CampaignEdge: ResolverTypeWrapper<Omit<CampaignEdge, 'node'> & { node: ResolversTypes['Campaign'] }>;
  CampaignFilter: CampaignFilter;
  CampaignMember: ResolverTypeWrapper<CampaignMemberEntity>;
  CampaignMemberConnection: ResolverTypeWrapper<Connection<CampaignMemberEntity>>;
  CampaignMemberCounts: ResolverTypeWrapper<CampaignMemberCounts>;
  CampaignMemberEdge: ResolverTypeWrapper<Omit<CampaignMemberEdge, 'node'> & { node: ResolversTypes['CampaignMember'] }>;
  CampaignMemberStatus: CampaignMemberStatus;
  CampaignOrderBy: CampaignOrderBy;
  CampaignOrderField: CampaignOrderField;
  CampaignPerformance: ResolverTypeWrapper<CampaignPerformanceView>;
  CampaignStatus: CampaignStatus;
  CampaignStatusFilter: CampaignStatusFilter;
  CampaignType: CampaignType;
  CampaignTypeFilter: CampaignTypeFilter;
  Consent: ResolverTypeWrapper<ConsentView>;
  ConsentConnection: ResolverTypeWrapper<Connection<ConsentView>>;
  ConsentEdge: ResolverTypeWrapper<Omit<ConsentEdge, 'node'> & { node: ResolversTypes['Consent'] }>;
  ConsentSource: ConsentSource;
  ConsentStatus: ConsentStatus;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  CreateCampaignInput: CreateCampaignInput;
  CreateEmailTemplateInput: CreateEmailTemplateInput;
  CreateSegmentInput: CreateSegmentInput;
  CreateSocialPostInput: CreateSocialPostInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Customer: ResolverTypeWrapper<CustomerReference>;
  CustomerKind: CustomerKind;
  CustomerKindFilter: CustomerKindFilter;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateFilter: DateFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  EmailMessage: ResolverTypeWrapper<EmailMessageEntity>;
  EmailMessageConnection: ResolverTypeWrapper<Connection<EmailMessageEntity>>;
  EmailMessageCounts: ResolverTypeWrapper<EmailMessageCounts>;
  EmailMessageEdge: ResolverTypeWrapper<Omit<EmailMessageEdge, 'node'> & { node: ResolversTypes['EmailMessage'] }>;
  EmailMessageStatus: EmailMessageStatus;
  EmailSend: ResolverTypeWrapper<EmailSendEntity>;
  EmailSendConnection: ResolverTypeWrapper<Connection<EmailSendEntity>>;
  EmailSendEdge: ResolverTypeWrapper<Omit<EmailSendEdge, 'node'> & { node: ResolversTypes['EmailSend'] }>;
  EmailSendStatus: EmailSendStatus;
  EmailTemplate: ResolverTypeWrapper<EmailTemplateEntity>;
  EmailTemplateConnection: ResolverTypeWrapper<Connection<EmailTemplateEntity>>;
  EmailTemplateEdge: ResolverTypeWrapper<Omit<EmailTemplateEdge, 'node'> & { node: ResolversTypes['EmailTemplate'] }>;
  EmailTestSend: ResolverTypeWrapper<EmailTestSend>;
  EmailVariables: ResolverTypeWrapper<Scalars['EmailVariables']['output']>;
  IdFilter: IdFilter;
  LifecycleStage: LifecycleStage;
  LifecycleStageFilter: LifecycleStageFilter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConsentInput: RecordConsentInput;
  Segment: ResolverTypeWrapper<SegmentEntity>;
  SegmentConnection: ResolverTypeWrapper<Connection<SegmentEntity>>;
  SegmentEdge: ResolverTypeWrapper<Omit<SegmentEdge, 'node'> & { node: ResolversTypes['Segment'] }>;
  SegmentKind: SegmentKind;
  SegmentOrderBy: SegmentOrderBy;
  SegmentOrderField: SegmentOrderField;
  SegmentPreview: ResolverTypeWrapper<SegmentPreview>;
  SegmentRules: SegmentRules;
  SegmentRulesJson: ResolverTypeWrapper<Scalars['SegmentRulesJson']['output']>;
  SocialPost: ResolverTypeWrapper<SocialPostEntity>;
  SocialPostChannel: SocialPostChannel;
  SocialPostConnection: ResolverTypeWrapper<Connection<SocialPostEntity>>;
  SocialPostEdge: ResolverTypeWrapper<Omit<SocialPostEdge, 'node'> & { node: ResolversTypes['SocialPost'] }>;
  SocialPostMetricsInput: SocialPostMetricsInput;
  SocialPostStatus: SocialPostStatus;
  SortDirection: SortDirection;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  UpdateCampaignInput: UpdateCampaignInput;
  UpdateEmailTemplateInput: UpdateEmailTemplateInput;
  UpdateSegmentInput: UpdateSegmentInput;
  UpdateSocialPostInput: UpdateSocialPostInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCampaignMemberInput: AddCampaignMemberInput;
  Campaign: CampaignEntity;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CampaignConnection: Connection<CampaignEntity>;
  CampaignEdge: Omit<CampaignEdge, 'node'> & { node: ResolversParentTypes['Campaign'] };
  CampaignFilter: CampaignFilter;
  CampaignMember: CampaignMemberEntity;
  CampaignMemberConnection: Connection<CampaignMemberEntity>;
  CampaignMemberCounts: CampaignMemberCounts;
  CampaignMemberEdge: Omit<CampaignMemberEdge, 'node'> & { node: ResolversParentTypes['CampaignMember'] };
  CampaignOrderBy: CampaignOrderBy;
  CampaignPerformance: CampaignPerformanceView;
  CampaignStatusFilter: CampaignStatusFilter;
  CampaignTypeFilter: CampaignTypeFilter;
  Consent: ConsentView;
  ConsentConnection: Connection<ConsentView>;
  ConsentEdge: Omit<ConsentEdge, 'node'> & { node: ResolversParentTypes['Consent'] };
  CountryCode: Scalars['CountryCode']['output'];
  CreateCampaignInput: CreateCampaignInput;
  CreateEmailTemplateInput: CreateEmailTemplateInput;
  CreateSegmentInput: CreateSegmentInput;
  CreateSocialPostInput: CreateSocialPostInput;
  Currency: Scalars['Currency']['output'];
  Customer: CustomerReference;
  CustomerKindFilter: CustomerKindFilter;
  Date: Scalars['Date']['output'];
  DateFilter: DateFilter;
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  Decimal: Scalars['Decimal']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  EmailMessage: EmailMessageEntity;
  EmailMessageConnection: Connection<EmailMessageEntity>;
  EmailMessageCounts: EmailMessageCounts;
  EmailMessageEdge: Omit<EmailMessageEdge, 'node'> & { node: ResolversParentTypes['EmailMessage'] };
  EmailSend: EmailSendEntity;
  EmailSendConnection: Connection<EmailSendEntity>;
  EmailSendEdge: Omit<EmailSendEdge, 'node'> & { node: ResolversParentTypes['EmailSend'] };
  EmailTemplate: EmailTemplateEntity;
  EmailTemplateConnection: Connection<EmailTemplateEntity>;
  EmailTemplateEdge: Omit<EmailTemplateEdge, 'node'> & { node: ResolversParentTypes['EmailTemplate'] };
  EmailTestSend: EmailTestSend;
  EmailVariables: Scalars['EmailVariables']['output'];
  IdFilter: IdFilter;
  LifecycleStageFilter: LifecycleStageFilter;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  RecordConsentInput: RecordConsentInput;
  Segment: SegmentEntity;
  SegmentConnection: Connection<SegmentEntity>;
  SegmentEdge: Omit<SegmentEdge, 'node'> & { node: ResolversParentTypes['Segment'] };
  SegmentOrderBy: SegmentOrderBy;
  SegmentPreview: SegmentPreview;
  SegmentRules: SegmentRules;
  SegmentRulesJson: Scalars['SegmentRulesJson']['output'];
  SocialPost: SocialPostEntity;
  SocialPostConnection: Connection<SocialPostEntity>;
  SocialPostEdge: Omit<SocialPostEdge, 'node'> & { node: ResolversParentTypes['SocialPost'] };
  SocialPostMetricsInput: SocialPostMetricsInput;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  UUID: Scalars['UUID']['output'];
  UpdateCampaignInput: UpdateCampaignInput;
  UpdateEmailTemplateInput: UpdateEmailTemplateInput;
  UpdateSegmentInput: UpdateSegmentInput;
  UpdateSocialPostInput: UpdateSocialPostInput;
};

export type PersonalDirectiveArgs = { };

export type PersonalDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CampaignResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  abortReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  abortedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  actualCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailSends?: Resolver<ResolversTypes['EmailSendConnection'], ParentType, ContextType, Partial<CampaignEmailSendsArgs>>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expectedResponseRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  expectedRevenue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  launchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberCounts?: Resolver<ResolversTypes['CampaignMemberCounts'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['CampaignMemberConnection'], ParentType, ContextType, Partial<CampaignMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  performance?: Resolver<ResolversTypes['CampaignPerformance'], ParentType, ContextType>;
  socialPosts?: Resolver<ResolversTypes['SocialPostConnection'], ParentType, ContextType, Partial<CampaignSocialPostsArgs>>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CampaignType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CampaignConnection'] = ResolversParentTypes['CampaignConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CampaignEdge'] = ResolversParentTypes['CampaignEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
};

export type CampaignMemberResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CampaignMember'] = ResolversParentTypes['CampaignMember']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  contactId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  leadId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignMemberStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignMemberConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CampaignMemberConnection'] = ResolversParentTypes['CampaignMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignMemberCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CampaignMemberCounts'] = ResolversParentTypes['CampaignMemberCounts']> = {
  bounced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clicked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  converted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targeted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unsubscribed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignMemberEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CampaignMemberEdge'] = ResolversParentTypes['CampaignMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignMember'], ParentType, ContextType>;
};

export type CampaignPerformanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CampaignPerformance'] = ResolversParentTypes['CampaignPerformance']> = {
  actualCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  convertedLeads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  costPerLead?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersByStatus?: Resolver<ResolversTypes['CampaignMemberCounts'], ParentType, ContextType>;
  opportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responseRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  roi?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  wonOpportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wonRevenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  changedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmationRequestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  proof?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['ConsentSource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsentConnection'] = ResolversParentTypes['ConsentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsentEdge'] = ResolversParentTypes['ConsentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consent'], ParentType, ContextType>;
};

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CustomerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  campaigns?: Resolver<ResolversTypes['CampaignMemberConnection'], ParentType, ContextType, Partial<CustomerCampaignsArgs>>;
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type EmailMessageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailMessage'] = ResolversParentTypes['EmailMessage']> = {
  bounceReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bouncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  clickCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstClickedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstOpenedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lastClickedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastOpenedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['CampaignMember']>, ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  skipReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmailMessageStatus'], ParentType, ContextType>;
  unsubscribedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type EmailMessageConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailMessageConnection'] = ResolversParentTypes['EmailMessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmailMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmailMessageCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailMessageCounts'] = ResolversParentTypes['EmailMessageCounts']> = {
  bounced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clicked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unsubscribed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmailMessageEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailMessageEdge'] = ResolversParentTypes['EmailMessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmailMessage'], ParentType, ContextType>;
};

export type EmailSendResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailSend'] = ResolversParentTypes['EmailSend']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['EmailMessageCounts'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['EmailMessageConnection'], ParentType, ContextType, Partial<EmailSendMessagesArgs>>;
  recipientCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skippedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmailSendStatus'], ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['EmailTemplate']>, ParentType, ContextType>;
};

export type EmailSendConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailSendConnection'] = ResolversParentTypes['EmailSendConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmailSendEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmailSendEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailSendEdge'] = ResolversParentTypes['EmailSendEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmailSend'], ParentType, ContextType>;
};

export type EmailTemplateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailTemplate'] = ResolversParentTypes['EmailTemplate'], FederationReferenceType extends FederationReferenceTypes['EmailTemplate'] = FederationReferenceTypes['EmailTemplate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmailTemplate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  htmlBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmailTemplateConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailTemplateConnection'] = ResolversParentTypes['EmailTemplateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmailTemplateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmailTemplateEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailTemplateEdge'] = ResolversParentTypes['EmailTemplateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmailTemplate'], ParentType, ContextType>;
};

export type EmailTestSendResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmailTestSend'] = ResolversParentTypes['EmailTestSend']> = {
  messageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface EmailVariablesScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailVariables'], any> {
  name: 'EmailVariables';
}

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  abortCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationAbortCampaignArgs, 'id'>>;
  addCampaignMember?: Resolver<ResolversTypes['CampaignMember'], ParentType, ContextType, RequireFields<MutationAddCampaignMemberArgs, 'campaignId' | 'input'>>;
  addSegmentToCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationAddSegmentToCampaignArgs, 'campaignId' | 'segmentId'>>;
  changeCampaignMemberStatus?: Resolver<ResolversTypes['CampaignMember'], ParentType, ContextType, RequireFields<MutationChangeCampaignMemberStatusArgs, 'id' | 'status'>>;
  completeCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCompleteCampaignArgs, 'id'>>;
  createCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  createEmailTemplate?: Resolver<ResolversTypes['EmailTemplate'], ParentType, ContextType, RequireFields<MutationCreateEmailTemplateArgs, 'input'>>;
  createSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationCreateSegmentArgs, 'input'>>;
  createSocialPost?: Resolver<ResolversTypes['SocialPost'], ParentType, ContextType, RequireFields<MutationCreateSocialPostArgs, 'input'>>;
  deleteEmailTemplate?: Resolver<ResolversTypes['EmailTemplate'], ParentType, ContextType, RequireFields<MutationDeleteEmailTemplateArgs, 'id'>>;
  deleteSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationDeleteSegmentArgs, 'id'>>;
  launchCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationLaunchCampaignArgs, 'id'>>;
  recordConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordEmailBounce?: Resolver<ResolversTypes['EmailMessage'], ParentType, ContextType, RequireFields<MutationRecordEmailBounceArgs, 'messageId' | 'reason'>>;
  recordSocialPostMetrics?: Resolver<ResolversTypes['SocialPost'], ParentType, ContextType, RequireFields<MutationRecordSocialPostMetricsArgs, 'id' | 'input'>>;
  requestConsentConfirmation?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRequestConsentConfirmationArgs, 'email'>>;
  scheduleSocialPost?: Resolver<ResolversTypes['SocialPost'], ParentType, ContextType, RequireFields<MutationScheduleSocialPostArgs, 'id'>>;
  sendCampaignEmail?: Resolver<ResolversTypes['EmailSend'], ParentType, ContextType, RequireFields<MutationSendCampaignEmailArgs, 'campaignId' | 'templateId'>>;
  sendTestEmail?: Resolver<ResolversTypes['EmailTestSend'], ParentType, ContextType, RequireFields<MutationSendTestEmailArgs, 'templateId' | 'to'>>;
  updateCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationUpdateCampaignArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateEmailTemplate?: Resolver<ResolversTypes['EmailTemplate'], ParentType, ContextType, RequireFields<MutationUpdateEmailTemplateArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationUpdateSegmentArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSocialPost?: Resolver<ResolversTypes['SocialPost'], ParentType, ContextType, RequireFields<MutationUpdateSocialPostArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaigns?: Resolver<ResolversTypes['CampaignConnection'], ParentType, ContextType, Partial<QueryCampaignsArgs>>;
  consent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<QueryConsentArgs, 'email'>>;
  consents?: Resolver<ResolversTypes['ConsentConnection'], ParentType, ContextType, Partial<QueryConsentsArgs>>;
  emailSend?: Resolver<Maybe<ResolversTypes['EmailSend']>, ParentType, ContextType, RequireFields<QueryEmailSendArgs, 'id'>>;
  emailTemplate?: Resolver<Maybe<ResolversTypes['EmailTemplate']>, ParentType, ContextType, RequireFields<QueryEmailTemplateArgs, 'id'>>;
  emailTemplates?: Resolver<ResolversTypes['EmailTemplateConnection'], ParentType, ContextType, Partial<QueryEmailTemplatesArgs>>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType, RequireFields<QuerySegmentArgs, 'id'>>;
  segmentPreview?: Resolver<ResolversTypes['SegmentPreview'], ParentType, ContextType, RequireFields<QuerySegmentPreviewArgs, 'rules'>>;
  segments?: Resolver<ResolversTypes['SegmentConnection'], ParentType, ContextType, Partial<QuerySegmentsArgs>>;
  socialPost?: Resolver<Maybe<ResolversTypes['SocialPost']>, ParentType, ContextType, RequireFields<QuerySocialPostArgs, 'id'>>;
  socialPosts?: Resolver<ResolversTypes['SocialPostConnection'], ParentType, ContextType, Partial<QuerySocialPostsArgs>>;
};

export type SegmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Segment'] = ResolversParentTypes['Segment'], FederationReferenceType extends FederationReferenceTypes['Segment'] = FederationReferenceTypes['Segment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Segment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerIds?: Resolver<Array<ResolversTypes['UUID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SegmentKind'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Maybe<ResolversTypes['SegmentRulesJson']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SegmentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SegmentConnection'] = ResolversParentTypes['SegmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SegmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SegmentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SegmentEdge'] = ResolversParentTypes['SegmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
};

export type SegmentPreviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SegmentPreview'] = ResolversParentTypes['SegmentPreview']> = {
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface SegmentRulesJsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SegmentRulesJson'], any> {
  name: 'SegmentRulesJson';
}

export type SocialPostResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SocialPost'] = ResolversParentTypes['SocialPost'], FederationReferenceType extends FederationReferenceTypes['SocialPost'] = FederationReferenceTypes['SocialPost']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SocialPost']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SocialPostChannel'], ParentType, ContextType>;
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  engagements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  impressions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mediaUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scheduledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SocialPostStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SocialPostConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SocialPostConnection'] = ResolversParentTypes['SocialPostConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SocialPostEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SocialPostEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SocialPostEdge'] = ResolversParentTypes['SocialPostEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SocialPost'], ParentType, ContextType>;
};

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = RequestContext> = {
  Campaign?: CampaignResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  CampaignMember?: CampaignMemberResolvers<ContextType>;
  CampaignMemberConnection?: CampaignMemberConnectionResolvers<ContextType>;
  CampaignMemberCounts?: CampaignMemberCountsResolvers<ContextType>;
  CampaignMemberEdge?: CampaignMemberEdgeResolvers<ContextType>;
  CampaignPerformance?: CampaignPerformanceResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentConnection?: ConsentConnectionResolvers<ContextType>;
  ConsentEdge?: ConsentEdgeResolvers<ContextType>;
  CountryCode?: GraphQLScalarType;
  Currency?: GraphQLScalarType;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  EmailMessage?: EmailMessageResolvers<ContextType>;
  EmailMessageConnection?: EmailMessageConnectionResolvers<ContextType>;
  EmailMessageCounts?: EmailMessageCountsResolvers<ContextType>;
  EmailMessageEdge?: EmailMessageEdgeResolvers<ContextType>;
  EmailSend?: EmailSendResolvers<ContextType>;
  EmailSendConnection?: EmailSendConnectionResolvers<ContextType>;
  EmailSendEdge?: EmailSendEdgeResolvers<ContextType>;
  EmailTemplate?: EmailTemplateResolvers<ContextType>;
  EmailTemplateConnection?: EmailTemplateConnectionResolvers<ContextType>;
  EmailTemplateEdge?: EmailTemplateEdgeResolvers<ContextType>;
  EmailTestSend?: EmailTestSendResolvers<ContextType>;
  EmailVariables?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  SegmentConnection?: SegmentConnectionResolvers<ContextType>;
  SegmentEdge?: SegmentEdgeResolvers<ContextType>;
  SegmentPreview?: SegmentPreviewResolvers<ContextType>;
  SegmentRulesJson?: GraphQLScalarType;
  SocialPost?: SocialPostResolvers<ContextType>;
  SocialPostConnection?: SocialPostConnectionResolvers<ContextType>;
  SocialPostEdge?: SocialPostEdgeResolvers<ContextType>;
  UUID?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
};
