import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LeadEntity } from '../lead/lead.entity';
import type { LeadConversionResult } from '../lead/leadConversion.commands';
import type { ProductEntity } from '../product/product.entity';
import type { PriceBookEntity, PriceBookEntryEntity } from '../priceBook/priceBook.entity';
import type { OpportunityEntity, StageMove, OpportunityLineEntity } from '../opportunity/opportunity.entity';
import type { Connection, RequestContext } from '@crm/platform';
import type { ContactRoleView } from '../opportunity/opportunity.queries';
import type { LeadActivityEntity } from '../lead/leadActivity.entity';
import type { SalesSettingsView } from '../settings/salesSettings.queries';
import type { OrderEntity, OrderLineEntity } from '../order/order.entity';
import type { MoneyAmount } from '../order/order.queries';
import type { QuoteEntity, QuoteLineEntity } from '../quote/quote.entity';
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
  UUID: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AcceptQuoteInput = {
  /** Place the order from the quote (default true). */
  placeOrder?: InputMaybe<Scalars['Boolean']['input']>;
  /** The order's requested delivery date. */
  requestedDeliveryDate?: InputMaybe<Scalars['Date']['input']>;
};

export type AddLeadActivityInput = {
  dueDate: Scalars['Date']['input'];
  /** Default TASK. */
  kind?: InputMaybe<LeadActivityKind>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the lead's owner; a sales rep may only name themselves. */
  ownerId?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
};

export type ChangeOpportunityStageInput = {
  /** Required for CLOSED_LOST, refused otherwise. */
  lossReason?: InputMaybe<Scalars['String']['input']>;
  /** When the move happened, if not now: a data import, admins only; not before the deal entered its stage. */
  movedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Instead of the new stage's default (open stages only). */
  probability?: InputMaybe<Scalars['Int']['input']>;
  stage: OpportunityStage;
};

/** A contact of the customer service. */
export type Contact = {
  __typename?: 'Contact';
  id: Scalars['UUID']['output'];
};

/** Either newCustomer or existingCustomerId. */
export type ConvertLeadInput = {
  /** The contact's role at the organization; defaults to Primary contact. */
  contactRole?: InputMaybe<Scalars['String']['input']>;
  /** A contact from the lead's person at the organization; defaults to true unless the new customer is a PERSON. */
  createContact?: InputMaybe<Scalars['Boolean']['input']>;
  existingCustomerId?: InputMaybe<Scalars['UUID']['input']>;
  newCustomer?: InputMaybe<NewCustomerFromLeadInput>;
  /** Opens a deal for the customer as well (owner and campaign the lead's, the new contact its primary contact). */
  opportunity?: InputMaybe<ConvertLeadOpportunityInput>;
};

export type ConvertLeadOpportunityInput = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** ISO 4217, e.g. EUR. */
  currency: Scalars['String']['input'];
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  forecastCategory?: InputMaybe<ForecastCategory>;
  /** Defaults to the new customer's name, else the lead's company or name. */
  name?: InputMaybe<Scalars['String']['input']>;
  probability?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateLeadInput = {
  campaignId?: InputMaybe<Scalars['UUID']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** Defaults to the caller; a sales rep may only name themselves. */
  ownerId?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  source: LeadSource;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateOpportunityInput = {
  /** At least 0, at most 2 decimals. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  campaignId?: InputMaybe<Scalars['UUID']['input']>;
  competitors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The one marked isPrimary becomes primaryContactId (give one or the other, or both alike). */
  contactRoles?: InputMaybe<Array<OpportunityContactRoleInput>>;
  /** When the deal was opened, if not now: a data import, admins only; not in the future. */
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** ISO 4217, e.g. EUR. */
  currency: Scalars['String']['input'];
  customerId: Scalars['UUID']['input'];
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults to PIPELINE; CLOSED is set by winning. */
  forecastCategory?: InputMaybe<ForecastCategory>;
  name: Scalars['String']['input'];
  /** Defaults to the caller; a sales rep may only name themselves. */
  ownerId?: InputMaybe<Scalars['String']['input']>;
  primaryContactId?: InputMaybe<Scalars['UUID']['input']>;
  /** Defaults to the stage's probability. */
  probability?: InputMaybe<Scalars['Int']['input']>;
};

export type CreatePriceBookInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217, e.g. EUR. */
  currency: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  isStandard?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

export type CreateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  family?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  sku: Scalars['String']['input'];
};

export type CreateQuoteInput = {
  lines: Array<QuoteLineInput>;
  notes?: InputMaybe<Scalars['String']['input']>;
  opportunityId: Scalars['UUID']['input'];
  /** Defaults to the standard price book of the opportunity's currency; must be in that currency. */
  priceBookId?: InputMaybe<Scalars['UUID']['input']>;
  /** Defaults to 30 days from today; not in the past. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** A customer of the customer service, with the sales records that belong to it. */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['UUID']['output'];
  /** The leads converted into this customer, newest first. */
  leads: LeadConnection;
  /** The customer's opportunities, newest first (a sales rep's own only). */
  opportunities: OpportunityConnection;
  /** The customer's orders, newest first (a sales rep's own only). */
  orders: OrderConnection;
  /**
   * Per currency, the sum of the totals of the customer's placed orders that are not cancelled
   * (a sales rep's figure covers their own orders). Empty when there are none.
   */
  revenue: Array<Money>;
};


/** A customer of the customer service, with the sales records that belong to it. */
export type CustomerLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer of the customer service, with the sales records that belong to it. */
export type CustomerOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer of the customer service, with the sales records that belong to it. */
export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerKind =
  | 'ORGANIZATION'
  | 'PERSON';

export type DateTimeFilter = {
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * The approval of an order's or quote's discounts: a sales rep's line discount above the tenant's threshold
 * holds the order (not confirmed) or quote (not sent or accepted) until an admin or sales manager approves it.
 */
export type DiscountApproval = {
  __typename?: 'DiscountApproval';
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The admin or sales manager who approved or rejected it. */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** Why it was rejected. */
  reason: Maybe<Scalars['String']['output']>;
  /** When the rep's pricing asked for it (the last time, when changed lines asked again). */
  requestedAt: Maybe<Scalars['DateTime']['output']>;
  status: DiscountApprovalStatus;
};

/** Whether a sales rep's discount above the tenant's threshold awaits a manager. */
export type DiscountApprovalStatus =
  | 'APPROVED'
  /** Within the threshold, or priced by an admin or sales manager. */
  | 'NOT_NEEDED'
  | 'PENDING'
  | 'REJECTED';

export type DiscountApprovalStatusFilter = {
  eq?: InputMaybe<DiscountApprovalStatus>;
  in?: InputMaybe<Array<DiscountApprovalStatus>>;
};

export type ForecastCategory =
  | 'BEST_CASE'
  | 'CLOSED'
  | 'COMMIT'
  | 'OMITTED'
  | 'PIPELINE';

export type ForecastCategoryFilter = {
  eq?: InputMaybe<ForecastCategory>;
  in?: InputMaybe<Array<ForecastCategory>>;
};

export type IdFilter = {
  eq?: InputMaybe<Scalars['UUID']['input']>;
  in?: InputMaybe<Array<Scalars['UUID']['input']>>;
};

/** A person who may become a customer, before sales has qualified them. */
export type Lead = {
  __typename?: 'Lead';
  /** Follow-ups by due date; overdue: open and due before today (UTC); completed: done or not. */
  activities: Array<LeadActivity>;
  campaignId: Maybe<Scalars['UUID']['output']>;
  company: Maybe<Scalars['String']['output']>;
  convertedAt: Maybe<Scalars['DateTime']['output']>;
  convertedContactId: Maybe<Scalars['UUID']['output']>;
  /** The customer the lead was converted into; resolves once the customer service has created it. */
  convertedCustomer: Maybe<Customer>;
  convertedCustomerId: Maybe<Scalars['UUID']['output']>;
  /** The opportunity opened by the conversion, if any. */
  convertedOpportunity: Maybe<Opportunity>;
  convertedOpportunityId: Maybe<Scalars['UUID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Null for callers who may not see personal contact data (analysts). */
  email: Maybe<Scalars['EmailAddress']['output']>;
  firstName: Maybe<Scalars['String']['output']>;
  fullName: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  lastName: Maybe<Scalars['String']['output']>;
  ownerId: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  /** 0–100, from the rules listed in scoreRules. */
  score: Scalars['Int']['output'];
  /** Which rule gave which points; together they make the score. */
  scoreRules: Array<LeadScoreRule>;
  source: LeadSource;
  status: LeadStatus;
  title: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** A person who may become a customer, before sales has qualified them. */
export type LeadActivitiesArgs = {
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A follow-up of a lead, due on a day. */
export type LeadActivity = {
  __typename?: 'LeadActivity';
  completedAt: Maybe<Scalars['DateTime']['output']>;
  completedBy: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['UUID']['output'];
  kind: LeadActivityKind;
  leadId: Scalars['UUID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  outcome: Maybe<Scalars['String']['output']>;
  /** Open and due before today (UTC). */
  overdue: Scalars['Boolean']['output'];
  /** Who is to do it. */
  ownerId: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type LeadActivityKind =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'TASK';

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** What a conversion allocated: the customer and contact are created with these ids. */
export type LeadConversion = {
  __typename?: 'LeadConversion';
  contactId: Maybe<Scalars['UUID']['output']>;
  customerId: Scalars['UUID']['output'];
  lead: Lead;
  /** The deal opened with the conversion, when asked for. */
  opportunity: Maybe<Opportunity>;
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilter = {
  and?: InputMaybe<Array<LeadFilter>>;
  campaignId?: InputMaybe<IdFilter>;
  company?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  customerId?: InputMaybe<IdFilter>;
  email?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  lastName?: InputMaybe<StringFilter>;
  not?: InputMaybe<LeadFilter>;
  or?: InputMaybe<Array<LeadFilter>>;
  ownerId?: InputMaybe<StringFilter>;
  source?: InputMaybe<LeadSourceFilter>;
  status?: InputMaybe<LeadStatusFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type LeadFunnel = {
  __typename?: 'LeadFunnel';
  bySource: Array<LeadFunnelSource>;
  byStatus: Array<LeadFunnelStatusCount>;
  converted: Scalars['Int']['output'];
  /** withOpportunity / total; null without leads. */
  leadToOpportunityRate: Maybe<Scalars['Float']['output']>;
  /** won / total; null without leads. */
  leadToWonRate: Maybe<Scalars['Float']['output']>;
  total: Scalars['Int']['output'];
  /** Leads whose conversion opened an opportunity. */
  withOpportunity: Scalars['Int']['output'];
  /** Leads whose opportunity is won. */
  won: Scalars['Int']['output'];
};

/** Leads created from `from` to `to` (UTC days, both included). */
export type LeadFunnelFilter = {
  campaignId?: InputMaybe<Scalars['UUID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type LeadFunnelSource = {
  __typename?: 'LeadFunnelSource';
  byStatus: Array<LeadFunnelStatusCount>;
  converted: Scalars['Int']['output'];
  leadToOpportunityRate: Maybe<Scalars['Float']['output']>;
  leadToWonRate: Maybe<Scalars['Float']['output']>;
  source: LeadSource;
  total: Scalars['Int']['output'];
  withOpportunity: Scalars['Int']['output'];
  won: Scalars['Int']['output'];
};

export type LeadFunnelStatusCount = {
  __typename?: 'LeadFunnelStatusCount';
  count: Scalars['Int']['output'];
  status: LeadStatus;
};

export type LeadOrderBy = {
  direction?: SortDirection;
  field: LeadOrderField;
};

export type LeadOrderField =
  | 'COMPANY'
  | 'CREATED_AT'
  | 'LAST_NAME'
  | 'SCORE'
  | 'UPDATED_AT';

export type LeadScoreRule = {
  __typename?: 'LeadScoreRule';
  description: Maybe<Scalars['String']['output']>;
  points: Scalars['Int']['output'];
  /** A stable name of the rule, e.g. SENIORITY. */
  rule: Scalars['String']['output'];
};

export type LeadSource =
  | 'CAMPAIGN'
  | 'COLD_CALL'
  | 'EVENT'
  | 'OTHER'
  | 'PARTNER'
  | 'REFERRAL'
  | 'WEB';

export type LeadSourceFilter = {
  eq?: InputMaybe<LeadSource>;
  in?: InputMaybe<Array<LeadSource>>;
};

export type LeadStatus =
  | 'CONTACTED'
  | 'CONVERTED'
  | 'NEW'
  | 'QUALIFIED'
  | 'UNQUALIFIED';

export type LeadStatusFilter = {
  eq?: InputMaybe<LeadStatus>;
  in?: InputMaybe<Array<LeadStatus>>;
};

/** An amount of money: a decimal string and its currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['Currency']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * SENT → ACCEPTED within the validity; places a CONFIRMED order with the quote's lines and prices unless
   * input.placeOrder is false (Quote.order). CONFLICT when the deal is lost or has an accepted quote already.
   */
  acceptQuote: Quote;
  /** A follow-up activity of a lead, due on a day; CONFLICT for a converted lead. */
  addLeadActivity: LeadActivity;
  /**
   * Approves a sales rep's discount that holds a DRAFT order (admins and sales managers); the order may then be
   * confirmed. CONFLICT unless its approval is PENDING.
   */
  approveOrderDiscount: Order;
  /**
   * Approves a sales rep's discount that holds a DRAFT quote (admins and sales managers); the quote may then be
   * sent. CONFLICT unless its approval is PENDING.
   */
  approveQuoteDiscount: Quote;
  /** Cancels an order that has not shipped (else CONFLICT); the reason is required. */
  cancelOrder: Order;
  /**
   * Moves a lead NEW → CONTACTED → QUALIFIED or UNQUALIFIED; any other move is a CONFLICT.
   * CONVERTED is reached only through convertLead.
   */
  changeLeadStatus: Lead;
  /**
   * Moves a deal one stage forward, back to an earlier open stage, or to CLOSED_WON / CLOSED_LOST (a reason is
   * required); any other move, and any move of a closed deal, is a CONFLICT. Records the move in stageHistory.
   */
  changeOpportunityStage: Opportunity;
  /**
   * Moves an order DRAFT → CONFIRMED → SHIPPED → DELIVERED; any other move is a CONFLICT (cancelling is
   * cancelOrder), and so is confirming an order whose discount is not approved. actualDeliveryDate, only with
   * DELIVERED, defaults to today (UTC).
   */
  changeOrderStatus: Order;
  /** Marks a follow-up done; CONFLICT when it is done already. */
  completeLeadActivity: LeadActivity;
  /**
   * Converts a QUALIFIED lead into a new customer (and a contact for an organization) or into an existing
   * customer. The ids are allocated here and returned at once; the customer service creates the records
   * with those ids shortly after (Lead.convertedCustomer resolves from then on). Converting twice is a CONFLICT.
   */
  convertLead: LeadConversion;
  /** A new lead, status NEW, owned by the caller unless ownerId is given (managers and admins only). */
  createLead: Lead;
  /** A new deal in PROSPECTING (probability 10 unless given), owned by the caller unless ownerId is given (managers). */
  createOpportunity: Opportunity;
  /** CONFLICT when isStandard and the currency has a standard price book already. */
  createPriceBook: PriceBook;
  /** CONFLICT when the SKU is used by another product of the tenant. */
  createProduct: Product;
  /**
   * A DRAFT quote (Q-000042) for an open opportunity, its lines priced from the price book named or the
   * standard book of the opportunity's currency. A book in another currency, an unknown or inactive product
   * or one without a price there is BAD_USER_INPUT; a closed opportunity is a CONFLICT. A sales rep's line
   * discount above the tenant's threshold holds the quote for a manager's approval (approval.status PENDING).
   */
  createQuote: Quote;
  deleteLead: Lead;
  deletePriceBook: PriceBook;
  /** Deletes the product with its prices in every price book. */
  deleteProduct: Product;
  /**
   * Places a CONFIRMED order with the next number of the tenant (SO-000123). Unit prices come from the
   * tenant's standard price book of the order's currency; only admins and sales managers may give a
   * unitPrice instead (FORBIDDEN for others). Totals are computed here. Unknown or inactive products and
   * products without a price are BAD_USER_INPUT naming the line. A sales rep's line discount above the tenant's
   * threshold (SalesSettings.discountApprovalThreshold) places a DRAFT held for a manager's approval
   * (approval.status PENDING) instead.
   */
  placeOrder: Order;
  /**
   * Rejects a sales rep's discount that holds a DRAFT order, with the reason (admins and sales managers); the
   * order cannot be confirmed. CONFLICT unless its approval is PENDING.
   */
  rejectOrderDiscount: Order;
  /** SENT → REJECTED; the customer's reason is required. */
  rejectQuote: Quote;
  /**
   * Rejects a sales rep's discount that holds a DRAFT quote, with the reason (admins and sales managers); the
   * quote cannot be sent until its lines are changed. CONFLICT unless its approval is PENDING.
   */
  rejectQuoteDiscount: Quote;
  /** DRAFT → SENT; CONFLICT from any other status, once validUntil has passed, or while the discount is not approved. */
  sendQuote: Quote;
  /**
   * Sets the highest line discount (percent, 0–100, at most 2 decimals) a sales rep gives without a manager's
   * approval (admins and sales managers). Orders and quotes priced from then on follow it.
   */
  setDiscountApprovalThreshold: SalesSettings;
  /**
   * Replaces the deal's product lines, priced from the price book given, the deal's, or the standard book of its
   * currency (a book in another currency is BAD_USER_INPUT); admins and sales managers may give a unitPrice. While
   * the deal has lines its amount is their total. An empty list removes them (the amount stays, editable again).
   */
  setOpportunityLines: Opportunity;
  /** Sets a product's unit price in the book's currency; null removes it. Inactive products get no new price. */
  setPriceBookEntry: PriceBook;
  /** Sets the tenant's default probability of open stages (admins and sales managers); deals take it on entering a stage. */
  setStageProbabilities: SalesSettings;
  /** Changes only the fields given; CONFLICT when expectedVersion is not current or the lead is converted. */
  updateLead: Lead;
  /** Changes only the fields given (not the stage); CONFLICT when expectedVersion is not current or the deal is closed. */
  updateOpportunity: Opportunity;
  updatePriceBook: PriceBook;
  updateProduct: Product;
  /**
   * Changes a DRAFT quote (CONFLICT once sent): validity, notes, or its lines, repriced from the price book given
   * or the quote's. Fields left out stay. A sales rep's lines that raise the discount above the threshold and
   * above what was approved ask for a manager's approval again.
   */
  updateQuote: Quote;
};


export type MutationAcceptQuoteArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input?: InputMaybe<AcceptQuoteInput>;
};


export type MutationAddLeadActivityArgs = {
  input: AddLeadActivityInput;
  leadId: Scalars['UUID']['input'];
};


export type MutationApproveOrderDiscountArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationApproveQuoteDiscountArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationCancelOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChangeLeadStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  status: LeadStatus;
};


export type MutationChangeOpportunityStageArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: ChangeOpportunityStageInput;
};


export type MutationChangeOrderStatusArgs = {
  actualDeliveryDate?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  status: OrderStatus;
};


export type MutationCompleteLeadActivityArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConvertLeadArgs = {
  id: Scalars['UUID']['input'];
  input: ConvertLeadInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateOpportunityArgs = {
  input: CreateOpportunityInput;
};


export type MutationCreatePriceBookArgs = {
  input: CreatePriceBookInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateQuoteArgs = {
  input: CreateQuoteInput;
};


export type MutationDeleteLeadArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationDeletePriceBookArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationDeleteProductArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRejectOrderDiscountArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectQuoteArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectQuoteDiscountArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSendQuoteArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationSetDiscountApprovalThresholdArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  percent: Scalars['Decimal']['input'];
};


export type MutationSetOpportunityLinesArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: SetOpportunityLinesInput;
};


export type MutationSetPriceBookEntryArgs = {
  priceBookId: Scalars['UUID']['input'];
  productId: Scalars['UUID']['input'];
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};


export type MutationSetStageProbabilitiesArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: StageProbabilitiesInput;
};


export type MutationUpdateLeadArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateLeadInput;
};


export type MutationUpdateOpportunityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateOpportunityInput;
};


export type MutationUpdatePriceBookArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdatePriceBookInput;
};


export type MutationUpdateProductArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateProductInput;
};


export type MutationUpdateQuoteArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: UpdateQuoteInput;
};

export type NewCustomerFromLeadInput = {
  industry?: InputMaybe<Scalars['String']['input']>;
  kind: CustomerKind;
  /** Defaults to the lead's company (ORGANIZATION) or the lead's name (PERSON). */
  name?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['String']['input']>;
};

/** A deal with a customer, moved through its stages by sales. */
export type Opportunity = {
  __typename?: 'Opportunity';
  amount: Maybe<Scalars['Decimal']['output']>;
  campaignId: Maybe<Scalars['UUID']['output']>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  competitors: Array<Scalars['String']['output']>;
  /** The customer's contacts in the deal and their roles; isPrimary marks primaryContactId. */
  contactRoles: Array<OpportunityContactRole>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['Currency']['output'];
  customer: Customer;
  customerId: Scalars['UUID']['output'];
  expectedCloseDate: Maybe<Scalars['Date']['output']>;
  forecastCategory: ForecastCategory;
  id: Scalars['UUID']['output'];
  /** The lead whose conversion opened the deal. */
  lead: Maybe<Lead>;
  leadId: Maybe<Scalars['UUID']['output']>;
  /** Product lines; while there are any, amount is the sum of their totals. */
  lines: Array<OpportunityLine>;
  /** Set when CLOSED_LOST. */
  lossReason: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  ownerId: Maybe<Scalars['String']['output']>;
  /** The price book of the lines. */
  priceBook: Maybe<PriceBook>;
  priceBookId: Maybe<Scalars['UUID']['output']>;
  primaryContactId: Maybe<Scalars['UUID']['output']>;
  /** 0–100: the tenant's default of the stage (salesSettings; built in 10, 20, 50, 75, 100, 0) unless set for the deal. */
  probability: Scalars['Int']['output'];
  /** The deal's quotes, newest first. */
  quotes: Array<Quote>;
  stage: OpportunityStage;
  stageEnteredAt: Scalars['DateTime']['output'];
  /** Every stage move, oldest first. */
  stageHistory: Array<OpportunityStageMove>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  edges: Array<OpportunityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OpportunityContactRole = {
  __typename?: 'OpportunityContactRole';
  contact: Contact;
  contactId: Scalars['UUID']['output'];
  isPrimary: Scalars['Boolean']['output'];
  role: Scalars['String']['output'];
};

export type OpportunityContactRoleInput = {
  contactId: Scalars['UUID']['input'];
  /** At most one: it becomes the primary contact. */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** e.g. Decision maker, Economic buyer, Influencer. */
  role: Scalars['String']['input'];
};

export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  cursor: Scalars['String']['output'];
  node: Opportunity;
};

export type OpportunityFilter = {
  and?: InputMaybe<Array<OpportunityFilter>>;
  campaignId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  customerId?: InputMaybe<IdFilter>;
  forecastCategory?: InputMaybe<ForecastCategoryFilter>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<OpportunityFilter>;
  or?: InputMaybe<Array<OpportunityFilter>>;
  ownerId?: InputMaybe<StringFilter>;
  stage?: InputMaybe<OpportunityStageFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type OpportunityLine = {
  __typename?: 'OpportunityLine';
  /** 0–100. */
  discountPercent: Scalars['Decimal']['output'];
  id: Scalars['UUID']['output'];
  /** quantity × unitPrice less the discount, rounded half up to cents. */
  lineTotal: Scalars['Decimal']['output'];
  /** The price book's price (null when a permitted role priced a product the book lacks). */
  listPrice: Maybe<Scalars['Decimal']['output']>;
  position: Scalars['Int']['output'];
  priceOverridden: Scalars['Boolean']['output'];
  /** Null when the product has been deleted since. */
  product: Maybe<Product>;
  productId: Scalars['UUID']['output'];
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

export type OpportunityLineInput = {
  /** 0–100, at most 2 decimals; default 0. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  productId: Scalars['UUID']['input'];
  /** A whole number, at least 1. */
  quantity: Scalars['Int']['input'];
  /** Instead of the price book's price: admins and sales managers only. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

export type OpportunityOrderBy = {
  direction?: SortDirection;
  field: OpportunityOrderField;
};

export type OpportunityOrderField =
  | 'CREATED_AT'
  | 'EXPECTED_CLOSE_DATE'
  | 'NAME'
  | 'UPDATED_AT';

export type OpportunityStage =
  | 'CLOSED_LOST'
  | 'CLOSED_WON'
  | 'NEGOTIATION'
  | 'PROPOSAL'
  | 'PROSPECTING'
  | 'QUALIFICATION';

export type OpportunityStageFilter = {
  eq?: InputMaybe<OpportunityStage>;
  in?: InputMaybe<Array<OpportunityStage>>;
};

export type OpportunityStageMove = {
  __typename?: 'OpportunityStageMove';
  at: Scalars['DateTime']['output'];
  /** The user who moved it. */
  by: Scalars['String']['output'];
  /** Whole days the deal spent in the stage it left. */
  daysInPreviousStage: Scalars['Int']['output'];
  from: OpportunityStage;
  to: OpportunityStage;
};

/** A sales order: lines priced from the price book, totals computed by the service. */
export type Order = {
  __typename?: 'Order';
  actualDeliveryDate: Maybe<Scalars['Date']['output']>;
  /** A sales rep's discount above the tenant's threshold holds the order as a DRAFT until approved. */
  approval: DiscountApproval;
  cancellationReason: Maybe<Scalars['String']['output']>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['Currency']['output'];
  customer: Customer;
  customerId: Scalars['UUID']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  discountTotal: Scalars['Decimal']['output'];
  id: Scalars['UUID']['output'];
  lines: Array<OrderLine>;
  /** Gap-free per tenant, e.g. SO-000123. */
  number: Scalars['String']['output'];
  opportunityId: Maybe<Scalars['UUID']['output']>;
  ownerId: Maybe<Scalars['String']['output']>;
  /** The accepted quote the order was made from. */
  quote: Maybe<Quote>;
  quoteId: Maybe<Scalars['UUID']['output']>;
  requestedDeliveryDate: Maybe<Scalars['Date']['output']>;
  shippedAt: Maybe<Scalars['DateTime']['output']>;
  status: OrderStatus;
  /** Σ quantity × unit price, before discounts. */
  subtotal: Scalars['Decimal']['output'];
  /** Σ line totals. */
  total: Scalars['Decimal']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderFilter = {
  and?: InputMaybe<Array<OrderFilter>>;
  /** E.g. the orders awaiting a manager's approval: { eq: PENDING }. */
  approvalStatus?: InputMaybe<DiscountApprovalStatusFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  customerId?: InputMaybe<IdFilter>;
  id?: InputMaybe<IdFilter>;
  not?: InputMaybe<OrderFilter>;
  opportunityId?: InputMaybe<IdFilter>;
  or?: InputMaybe<Array<OrderFilter>>;
  ownerId?: InputMaybe<StringFilter>;
  status?: InputMaybe<OrderStatusFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  /** 0–100. */
  discountPercent: Scalars['Decimal']['output'];
  id: Scalars['UUID']['output'];
  /** quantity × unitPrice less the discount, rounded half up to cents. */
  lineTotal: Scalars['Decimal']['output'];
  /** The standard price book's price when the order was placed (null when it had none). */
  listPrice: Maybe<Scalars['Decimal']['output']>;
  position: Scalars['Int']['output'];
  /** True when an admin or sales manager set the unit price. */
  priceOverridden: Scalars['Boolean']['output'];
  /** Null when the product has been deleted since; sku and productName keep what was sold. */
  product: Maybe<Product>;
  productId: Scalars['UUID']['output'];
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

export type OrderLineInput = {
  /** 0–100, at most 2 decimals; default 0. A sales rep's above the tenant's threshold needs a manager's approval. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  productId: Scalars['UUID']['input'];
  /** A whole number, at least 1. */
  quantity: Scalars['Int']['input'];
  /** Instead of the price book's price: admins and sales managers only. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

export type OrderOrderBy = {
  direction?: SortDirection;
  field: OrderOrderField;
};

export type OrderOrderField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'UPDATED_AT';

export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'DRAFT'
  | 'SHIPPED';

export type OrderStatusFilter = {
  eq?: InputMaybe<OrderStatus>;
  in?: InputMaybe<Array<OrderStatus>>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type PlaceOrderInput = {
  /** ISO 4217, e.g. EUR: the standard price book of this currency prices the lines. */
  currency: Scalars['String']['input'];
  customerId: Scalars['UUID']['input'];
  lines: Array<OrderLineInput>;
  opportunityId?: InputMaybe<Scalars['UUID']['input']>;
  /** Defaults to the caller; a sales rep may only name themselves. */
  ownerId?: InputMaybe<Scalars['String']['input']>;
  /** When the order was placed, if not now: a data import, admins only (FORBIDDEN for others); not in the future. */
  placedAt?: InputMaybe<Scalars['DateTime']['input']>;
  requestedDeliveryDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Unit prices in one currency: the standard book of the currency, or a custom one (e.g. partners). */
export type PriceBook = {
  __typename?: 'PriceBook';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['Currency']['output'];
  description: Maybe<Scalars['String']['output']>;
  entries: PriceBookEntryConnection;
  id: Scalars['UUID']['output'];
  isStandard: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** Unit prices in one currency: the standard book of the currency, or a custom one (e.g. partners). */
export type PriceBookEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PriceBookConnection = {
  __typename?: 'PriceBookConnection';
  edges: Array<PriceBookEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PriceBookEdge = {
  __typename?: 'PriceBookEdge';
  cursor: Scalars['String']['output'];
  node: PriceBook;
};

export type PriceBookEntry = {
  __typename?: 'PriceBookEntry';
  currency: Scalars['Currency']['output'];
  id: Scalars['UUID']['output'];
  priceBook: PriceBook;
  product: Product;
  unitPrice: Scalars['Decimal']['output'];
};

export type PriceBookEntryConnection = {
  __typename?: 'PriceBookEntryConnection';
  edges: Array<PriceBookEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PriceBookEntryEdge = {
  __typename?: 'PriceBookEntryEdge';
  cursor: Scalars['String']['output'];
  node: PriceBookEntry;
};

export type PriceBookFilter = {
  and?: InputMaybe<Array<PriceBookFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<PriceBookFilter>;
  or?: InputMaybe<Array<PriceBookFilter>>;
};

export type PriceBookOrderBy = {
  direction?: SortDirection;
  field: PriceBookOrderField;
};

export type PriceBookOrderField =
  | 'CREATED_AT'
  | 'NAME';

export type Product = {
  __typename?: 'Product';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  family: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  name: Scalars['String']['output'];
  /** Its unit price in each price book that lists it. */
  prices: Array<PriceBookEntry>;
  sku: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  and?: InputMaybe<Array<ProductFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  family?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<ProductFilter>;
  or?: InputMaybe<Array<ProductFilter>>;
  sku?: InputMaybe<StringFilter>;
};

export type ProductOrderBy = {
  direction?: SortDirection;
  field: ProductOrderField;
};

export type ProductOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'SKU';

export type Query = {
  __typename?: 'Query';
  /** A lead of the caller's tenant, or null (also for a sales rep's view of a lead they do not own). */
  lead: Maybe<Lead>;
  /** Leads created in the period by source and status, and how many reached an opportunity and a won deal. */
  leadFunnel: LeadFunnel;
  /** Leads, searched (name, company, email; case-insensitive), filtered, sorted and paged by cursor. */
  leads: LeadConnection;
  /** Opportunities, newest first; search finds a name (case-insensitive). */
  opportunities: OpportunityConnection;
  /** An opportunity of the caller's tenant, or null (also for a sales rep's view of one they do not own). */
  opportunity: Maybe<Opportunity>;
  /** An order of the caller's tenant, or null (also for a sales rep's view of an order they do not own). */
  order: Maybe<Order>;
  /** Orders, newest number first; search finds an order number (SO-000123) or a product (SKU or name) on its lines. */
  orders: OrderConnection;
  priceBook: Maybe<PriceBook>;
  priceBooks: PriceBookConnection;
  product: Maybe<Product>;
  /** Products, searched by name or SKU. */
  products: ProductConnection;
  /** A quote of the caller's tenant, or null (also for a sales rep's view of a quote of another's deal). */
  quote: Maybe<Quote>;
  /** Quotes, newest number first. */
  quotes: QuoteConnection;
  /**
   * Per period (the current calendar year unless given): won amounts by close day, open amounts by forecast
   * category and the weighted pipeline by expected close day; in total and by owner, per currency (a sales
   * rep's own deals only).
   */
  salesForecast: SalesForecast;
  /**
   * The funnel of the deals created in the period (of the owner and campaign given; a sales rep's own only):
   * per stage the deals that reached it and their amount, the conversion to the next stage, the average days
   * in the stage and the deals lost from it; the win rate and the bottleneck.
   */
  salesFunnel: SalesFunnel;
  /** The tenant's sales settings: the default probability of each stage, the discount approval threshold. */
  salesSettings: SalesSettings;
};


export type QueryLeadArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryLeadFunnelArgs = {
  filter?: InputMaybe<LeadFunnelFilter>;
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrderBy>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrderBy>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOpportunityArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderOrderBy>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPriceBookArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryPriceBooksArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PriceBookFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  isStandard?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PriceBookOrderBy>;
};


export type QueryProductArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryProductsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProductOrderBy>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQuoteArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuoteOrderBy>;
};


export type QuerySalesForecastArgs = {
  filter?: InputMaybe<SalesForecastFilter>;
  grouping?: SalesForecastGrouping;
};


export type QuerySalesFunnelArgs = {
  filter?: InputMaybe<SalesFunnelFilter>;
};

/** A priced offer for an opportunity: DRAFT → SENT → ACCEPTED, REJECTED or EXPIRED (after validUntil). */
export type Quote = {
  __typename?: 'Quote';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** A sales rep's discount above the tenant's threshold holds the quote (not sent) until approved. */
  approval: DiscountApproval;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['Currency']['output'];
  customer: Customer;
  customerId: Scalars['UUID']['output'];
  discountTotal: Scalars['Decimal']['output'];
  expiredAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['UUID']['output'];
  lines: Array<QuoteLine>;
  notes: Maybe<Scalars['String']['output']>;
  /** Gap-free per tenant, e.g. Q-000042. */
  number: Scalars['String']['output'];
  opportunity: Maybe<Opportunity>;
  opportunityId: Scalars['UUID']['output'];
  /** The order placed when the quote was accepted. */
  order: Maybe<Order>;
  orderId: Maybe<Scalars['UUID']['output']>;
  /** The opportunity's owner. */
  ownerId: Maybe<Scalars['String']['output']>;
  priceBook: Maybe<PriceBook>;
  priceBookId: Scalars['UUID']['output'];
  rejectedAt: Maybe<Scalars['DateTime']['output']>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: QuoteStatus;
  /** Σ quantity × unit price, before discounts. */
  subtotal: Scalars['Decimal']['output'];
  /** Σ line totals. */
  total: Scalars['Decimal']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The last day (UTC) the quote may be accepted; a sent quote expires the day after. */
  validUntil: Scalars['Date']['output'];
  version: Scalars['Int']['output'];
};

export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  edges: Array<QuoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  cursor: Scalars['String']['output'];
  node: Quote;
};

export type QuoteFilter = {
  and?: InputMaybe<Array<QuoteFilter>>;
  /** E.g. the quotes awaiting a manager's approval: { eq: PENDING }. */
  approvalStatus?: InputMaybe<DiscountApprovalStatusFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  customerId?: InputMaybe<IdFilter>;
  id?: InputMaybe<IdFilter>;
  not?: InputMaybe<QuoteFilter>;
  opportunityId?: InputMaybe<IdFilter>;
  or?: InputMaybe<Array<QuoteFilter>>;
  ownerId?: InputMaybe<StringFilter>;
  status?: InputMaybe<QuoteStatusFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type QuoteLine = {
  __typename?: 'QuoteLine';
  /** 0–100. */
  discountPercent: Scalars['Decimal']['output'];
  id: Scalars['UUID']['output'];
  /** quantity × unitPrice less the discount, rounded half up to cents. */
  lineTotal: Scalars['Decimal']['output'];
  position: Scalars['Int']['output'];
  /** Null when the product has been deleted since; sku and productName keep what was offered. */
  product: Maybe<Product>;
  productId: Scalars['UUID']['output'];
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  /** The price book's unit price when the quote was made. */
  unitPrice: Scalars['Decimal']['output'];
};

export type QuoteLineInput = {
  /** 0–100, at most 2 decimals; default 0. A sales rep's above the tenant's threshold needs a manager's approval. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  productId: Scalars['UUID']['input'];
  /** A whole number, at least 1. */
  quantity: Scalars['Int']['input'];
};

export type QuoteOrderBy = {
  direction?: SortDirection;
  field: QuoteOrderField;
};

export type QuoteOrderField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'UPDATED_AT'
  | 'VALID_UNTIL';

export type QuoteStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'REJECTED'
  | 'SENT';

export type QuoteStatusFilter = {
  eq?: InputMaybe<QuoteStatus>;
  in?: InputMaybe<Array<QuoteStatus>>;
};

export type SalesForecast = {
  __typename?: 'SalesForecast';
  from: Scalars['Date']['output'];
  grouping: SalesForecastGrouping;
  /** Every period from the one of `from` to the one of `to`. */
  periods: Array<SalesForecastPeriod>;
  to: Scalars['Date']['output'];
};

/** Amounts of one currency in one period; the categories are not cumulative. */
export type SalesForecastFigures = {
  __typename?: 'SalesForecastFigures';
  /** Open deals of category BEST_CASE. */
  bestCase: Scalars['Decimal']['output'];
  /** Deals won (closed in the period). */
  closedWon: Scalars['Decimal']['output'];
  /** Open deals of forecast category COMMIT expected to close in the period. */
  commit: Scalars['Decimal']['output'];
  currency: Scalars['Currency']['output'];
  /** Open deals of category PIPELINE. */
  pipeline: Scalars['Decimal']['output'];
  /** Σ amount × probability / 100 over every open deal expected to close in the period, rounded once to cents. */
  weightedPipeline: Scalars['Decimal']['output'];
};

/** UTC days, both included; the current calendar year when left out. */
export type SalesForecastFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type SalesForecastGrouping =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type SalesForecastOwner = {
  __typename?: 'SalesForecastOwner';
  figures: Array<SalesForecastFigures>;
  ownerId: Maybe<Scalars['String']['output']>;
};

export type SalesForecastPeriod = {
  __typename?: 'SalesForecastPeriod';
  byOwner: Array<SalesForecastOwner>;
  end: Scalars['Date']['output'];
  /** 2026-11, 2026-Q4 or 2026. */
  label: Scalars['String']['output'];
  start: Scalars['Date']['output'];
  /** Per currency, every owner together. */
  total: Array<SalesForecastFigures>;
};

export type SalesFunnel = {
  __typename?: 'SalesFunnel';
  /** The stage most deals were lost from (the earlier one on a tie); null when none was lost. */
  bottleneck: Maybe<OpportunityStage>;
  /** Deals in the funnel; open + won + lost. */
  deals: Scalars['Int']['output'];
  lost: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  /** PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION, CLOSED_WON. */
  stages: Array<SalesFunnelStage>;
  /** won / (won + lost); null when none is closed. */
  winRate: Maybe<Scalars['Float']['output']>;
  won: Scalars['Int']['output'];
};

/** Deals created from `from` to `to` (UTC days, both included; open-ended when left out). */
export type SalesFunnelFilter = {
  campaignId?: InputMaybe<Scalars['UUID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type SalesFunnelStage = {
  __typename?: 'SalesFunnelStage';
  /** Their amounts, per currency. */
  amount: Array<Money>;
  /** Mean whole days deals spent in the stage before moving on (completed stays only); null when none left it. */
  averageDaysInStage: Maybe<Scalars['Float']['output']>;
  /** count of the next stage / count of this one (null for CLOSED_WON or when none reached it). */
  conversionToNext: Maybe<Scalars['Float']['output']>;
  /** Deals that reached the stage: the furthest stage a deal was in counts it in every stage before; a won deal in all. */
  count: Scalars['Int']['output'];
  /** Deals lost from this stage. */
  lost: Scalars['Int']['output'];
  stage: OpportunityStage;
};

/** The tenant's sales settings. */
export type SalesSettings = {
  __typename?: 'SalesSettings';
  /**
   * The highest line discount (percent) a sales rep gives without a manager's approval: above it, the rep's order
   * stays a DRAFT and the quote unsent until a manager approves (20.00 until the tenant sets it).
   */
  discountApprovalThreshold: Scalars['Decimal']['output'];
  /** Every stage with the probability a deal gets on entering it. */
  stageProbabilities: Array<StageProbability>;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** 0 while the tenant has the built-in defaults. */
  version: Scalars['Int']['output'];
};

export type SetOpportunityLinesInput = {
  lines: Array<OpportunityLineInput>;
  /** Defaults to the deal's price book, else the standard book of its currency. */
  priceBookId?: InputMaybe<Scalars['UUID']['input']>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Stages left out keep their probability; 0–100. Closed stages are fixed (won 100, lost 0). */
export type StageProbabilitiesInput = {
  negotiation?: InputMaybe<Scalars['Int']['input']>;
  proposal?: InputMaybe<Scalars['Int']['input']>;
  prospecting?: InputMaybe<Scalars['Int']['input']>;
  qualification?: InputMaybe<Scalars['Int']['input']>;
};

export type StageProbability = {
  __typename?: 'StageProbability';
  probability: Scalars['Int']['output'];
  stage: OpportunityStage;
};

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
export type UpdateLeadInput = {
  campaignId?: InputMaybe<Scalars['UUID']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<LeadSource>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; null clears an optional field (probability: back to the stage's default). */
export type UpdateOpportunityInput = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  campaignId?: InputMaybe<Scalars['UUID']['input']>;
  competitors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the list; the one marked isPrimary becomes primaryContactId. */
  contactRoles?: InputMaybe<Array<OpportunityContactRoleInput>>;
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['UUID']['input']>;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  forecastCategory?: InputMaybe<ForecastCategory>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['String']['input']>;
  primaryContactId?: InputMaybe<Scalars['UUID']['input']>;
  probability?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePriceBookInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  family?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateQuoteInput = {
  /** Replaces the lines. */
  lines?: InputMaybe<Array<QuoteLineInput>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** In the quote's currency. */
  priceBookId?: InputMaybe<Scalars['UUID']['input']>;
  /** Not in the past. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
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
  Customer: Customer;
  Lead: Lead;
  Opportunity: Opportunity;
  Order: Order;
  PriceBook: PriceBook;
  Product: Product;
  Quote: Quote;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
  Opportunity:
    ( { __typename: 'Opportunity' }
    & GraphQLRecursivePick<FederationTypes['Opportunity'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  PriceBook:
    ( { __typename: 'PriceBook' }
    & GraphQLRecursivePick<FederationTypes['PriceBook'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  Quote:
    ( { __typename: 'Quote' }
    & GraphQLRecursivePick<FederationTypes['Quote'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptQuoteInput: AcceptQuoteInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AddLeadActivityInput: AddLeadActivityInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ChangeOpportunityStageInput: ChangeOpportunityStageInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Contact: ResolverTypeWrapper<Contact>;
  ConvertLeadInput: ConvertLeadInput;
  ConvertLeadOpportunityInput: ConvertLeadOpportunityInput;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  CreateLeadInput: CreateLeadInput;
  CreateOpportunityInput: CreateOpportunityInput;
  CreatePriceBookInput: CreatePriceBookInput;
  CreateProductInput: CreateProductInput;
  CreateQuoteInput: CreateQuoteInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Customer: ResolverTypeWrapper<{ id: string }>;
  CustomerKind: CustomerKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DiscountApproval: ResolverTypeWrapper<DiscountApproval>;
  DiscountApprovalStatus: DiscountApprovalStatus;
  DiscountApprovalStatusFilter: DiscountApprovalStatusFilter;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  ForecastCategory: ForecastCategory;
  ForecastCategoryFilter: ForecastCategoryFilter;
  IdFilter: IdFilter;
  Lead: ResolverTypeWrapper<LeadEntity>;
  LeadActivity: ResolverTypeWrapper<LeadActivityEntity>;
  LeadActivityKind: LeadActivityKind;
  LeadConnection: ResolverTypeWrapper<Connection<LeadEntity>>;
  LeadConversion: ResolverTypeWrapper<LeadConversionResult>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFilter: LeadFilter;
  LeadFunnel: ResolverTypeWrapper<LeadFunnel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  LeadFunnelFilter: LeadFunnelFilter;
  LeadFunnelSource: ResolverTypeWrapper<LeadFunnelSource>;
  LeadFunnelStatusCount: ResolverTypeWrapper<LeadFunnelStatusCount>;
  LeadOrderBy: LeadOrderBy;
  LeadOrderField: LeadOrderField;
  LeadScoreRule: ResolverTypeWrapper<LeadScoreRule>;
  LeadSource: LeadSource;
  LeadSourceFilter: LeadSourceFilter;
  LeadStatus: LeadStatus;
  LeadStatusFilter: LeadStatusFilter;
  Money: ResolverTypeWrapper<MoneyAmount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewCustomerFromLeadInput: NewCustomerFromLeadInput;
  Opportunity: ResolverTypeWrapper<OpportunityEntity>;
  OpportunityConnection: ResolverTypeWrapper<Connection<OpportunityEntity>>;
  OpportunityContactRole: ResolverTypeWrapper<ContactRoleView>;
  OpportunityContactRoleInput: OpportunityContactRoleInput;
  OpportunityEdge: ResolverTypeWrapper<Omit<OpportunityEdge, 'node'> & { node: ResolversTypes['Opportunity'] }>;
  OpportunityFilter: OpportunityFilter;
  OpportunityLine: ResolverTypeWrapper<OpportunityLineEntity>;
  OpportunityLineInput: OpportunityLineInput;
  OpportunityOrderBy: OpportunityOrderBy;
  OpportunityOrderField: OpportunityOrderField;
  OpportunityStage: OpportunityStage;
  OpportunityStageFilter: OpportunityStageFilter;
  OpportunityStageMove: ResolverTypeWrapper<StageMove>;
  Order: ResolverTypeWrapper<OrderEntity>;
  OrderConnection: ResolverTypeWrapper<Connection<OrderEntity>>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLineEntity>;
  OrderLineInput: OrderLineInput;
  OrderOrderBy: OrderOrderBy;
  OrderOrderField: OrderOrderField;
  OrderStatus: OrderStatus;
  OrderStatusFilter: OrderStatusFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlaceOrderInput: PlaceOrderInput;
  PriceBook: ResolverTypeWrapper<PriceBookEntity>;
  PriceBookConnection: ResolverTypeWrapper<Connection<PriceBookEntity>>;
  PriceBookEdge: ResolverTypeWrapper<Omit<PriceBookEdge, 'node'> & { node: ResolversTypes['PriceBook'] }>;
  PriceBookEntry: ResolverTypeWrapper<PriceBookEntryEntity>;
  PriceBookEntryConnection: ResolverTypeWrapper<Connection<PriceBookEntryEntity>>;
  PriceBookEntryEdge: ResolverTypeWrapper<Omit<PriceBookEntryEdge, 'node'> & { node: ResolversTypes['PriceBookEntry'] }>;
  PriceBookFilter: PriceBookFilter;
  PriceBookOrderBy: PriceBookOrderBy;
  PriceBookOrderField: PriceBookOrderField;
  Product: ResolverTypeWrapper<ProductEntity>;
  ProductConnection: ResolverTypeWrapper<Connection<ProductEntity>>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductOrderBy: ProductOrderBy;
  ProductOrderField: ProductOrderField;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteEntity>;
  QuoteConnection: ResolverTypeWrapper<Connection<QuoteEntity>>;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  QuoteFilter: QuoteFilter;
  QuoteLine: ResolverTypeWrapper<QuoteLineEntity>;
  QuoteLineInput: QuoteLineInput;
  QuoteOrderBy: QuoteOrderBy;
  QuoteOrderField: QuoteOrderField;
  QuoteStatus: QuoteStatus;
  QuoteStatusFilter: QuoteStatusFilter;
  SalesForecast: ResolverTypeWrapper<SalesForecast>;
  SalesForecastFigures: ResolverTypeWrapper<SalesForecastFigures>;
  SalesForecastFilter: SalesForecastFilter;
  SalesForecastGrouping: SalesForecastGrouping;
  SalesForecastOwner: ResolverTypeWrapper<SalesForecastOwner>;
  SalesForecastPeriod: ResolverTypeWrapper<SalesForecastPeriod>;
  SalesFunnel: ResolverTypeWrapper<Omit<SalesFunnel, 'stages'> & { stages: Array<ResolversTypes['SalesFunnelStage']> }>;
  SalesFunnelFilter: SalesFunnelFilter;
  SalesFunnelStage: ResolverTypeWrapper<Omit<SalesFunnelStage, 'amount'> & { amount: Array<ResolversTypes['Money']> }>;
  SalesSettings: ResolverTypeWrapper<SalesSettingsView>;
  SetOpportunityLinesInput: SetOpportunityLinesInput;
  SortDirection: SortDirection;
  StageProbabilitiesInput: StageProbabilitiesInput;
  StageProbability: ResolverTypeWrapper<StageProbability>;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  UpdateLeadInput: UpdateLeadInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdatePriceBookInput: UpdatePriceBookInput;
  UpdateProductInput: UpdateProductInput;
  UpdateQuoteInput: UpdateQuoteInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptQuoteInput: AcceptQuoteInput;
  Boolean: Scalars['Boolean']['output'];
  AddLeadActivityInput: AddLeadActivityInput;
  String: Scalars['String']['output'];
  ChangeOpportunityStageInput: ChangeOpportunityStageInput;
  Int: Scalars['Int']['output'];
  Contact: Contact;
  ConvertLeadInput: ConvertLeadInput;
  ConvertLeadOpportunityInput: ConvertLeadOpportunityInput;
  CountryCode: Scalars['CountryCode']['output'];
  CreateLeadInput: CreateLeadInput;
  CreateOpportunityInput: CreateOpportunityInput;
  CreatePriceBookInput: CreatePriceBookInput;
  CreateProductInput: CreateProductInput;
  CreateQuoteInput: CreateQuoteInput;
  Currency: Scalars['Currency']['output'];
  Customer: { id: string };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  Decimal: Scalars['Decimal']['output'];
  DiscountApproval: DiscountApproval;
  DiscountApprovalStatusFilter: DiscountApprovalStatusFilter;
  EmailAddress: Scalars['EmailAddress']['output'];
  ForecastCategoryFilter: ForecastCategoryFilter;
  IdFilter: IdFilter;
  Lead: LeadEntity;
  LeadActivity: LeadActivityEntity;
  LeadConnection: Connection<LeadEntity>;
  LeadConversion: LeadConversionResult;
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFilter: LeadFilter;
  LeadFunnel: LeadFunnel;
  Float: Scalars['Float']['output'];
  LeadFunnelFilter: LeadFunnelFilter;
  LeadFunnelSource: LeadFunnelSource;
  LeadFunnelStatusCount: LeadFunnelStatusCount;
  LeadOrderBy: LeadOrderBy;
  LeadScoreRule: LeadScoreRule;
  LeadSourceFilter: LeadSourceFilter;
  LeadStatusFilter: LeadStatusFilter;
  Money: MoneyAmount;
  Mutation: Record<PropertyKey, never>;
  NewCustomerFromLeadInput: NewCustomerFromLeadInput;
  Opportunity: OpportunityEntity;
  OpportunityConnection: Connection<OpportunityEntity>;
  OpportunityContactRole: ContactRoleView;
  OpportunityContactRoleInput: OpportunityContactRoleInput;
  OpportunityEdge: Omit<OpportunityEdge, 'node'> & { node: ResolversParentTypes['Opportunity'] };
  OpportunityFilter: OpportunityFilter;
  OpportunityLine: OpportunityLineEntity;
  OpportunityLineInput: OpportunityLineInput;
  OpportunityOrderBy: OpportunityOrderBy;
  OpportunityStageFilter: OpportunityStageFilter;
  OpportunityStageMove: StageMove;
  Order: OrderEntity;
  OrderConnection: Connection<OrderEntity>;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderLine: OrderLineEntity;
  OrderLineInput: OrderLineInput;
  OrderOrderBy: OrderOrderBy;
  OrderStatusFilter: OrderStatusFilter;
  PageInfo: PageInfo;
  PlaceOrderInput: PlaceOrderInput;
  PriceBook: PriceBookEntity;
  PriceBookConnection: Connection<PriceBookEntity>;
  PriceBookEdge: Omit<PriceBookEdge, 'node'> & { node: ResolversParentTypes['PriceBook'] };
  PriceBookEntry: PriceBookEntryEntity;
  PriceBookEntryConnection: Connection<PriceBookEntryEntity>;
  PriceBookEntryEdge: Omit<PriceBookEntryEdge, 'node'> & { node: ResolversParentTypes['PriceBookEntry'] };
  PriceBookFilter: PriceBookFilter;
  PriceBookOrderBy: PriceBookOrderBy;
  Product: ProductEntity;
  ProductConnection: Connection<ProductEntity>;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductOrderBy: ProductOrderBy;
  Query: Record<PropertyKey, never>;
  Quote: QuoteEntity;
  QuoteConnection: Connection<QuoteEntity>;
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  QuoteFilter: QuoteFilter;
  QuoteLine: QuoteLineEntity;
  QuoteLineInput: QuoteLineInput;
  QuoteOrderBy: QuoteOrderBy;
  QuoteStatusFilter: QuoteStatusFilter;
  SalesForecast: SalesForecast;
  SalesForecastFigures: SalesForecastFigures;
  SalesForecastFilter: SalesForecastFilter;
  SalesForecastOwner: SalesForecastOwner;
  SalesForecastPeriod: SalesForecastPeriod;
  SalesFunnel: Omit<SalesFunnel, 'stages'> & { stages: Array<ResolversParentTypes['SalesFunnelStage']> };
  SalesFunnelFilter: SalesFunnelFilter;
  SalesFunnelStage: Omit<SalesFunnelStage, 'amount'> & { amount: Array<ResolversParentTypes['Money']> };
  SalesSettings: SalesSettingsView;
  SetOpportunityLinesInput: SetOpportunityLinesInput;
  StageProbabilitiesInput: StageProbabilitiesInput;
  StageProbability: StageProbability;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  UUID: Scalars['UUID']['output'];
  UpdateLeadInput: UpdateLeadInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdatePriceBookInput: UpdatePriceBookInput;
  UpdateProductInput: UpdateProductInput;
  UpdateQuoteInput: UpdateQuoteInput;
};

export type PersonalDirectiveArgs = { };

export type PersonalDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
};

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CustomerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<CustomerLeadsArgs>>;
  opportunities?: Resolver<ResolversTypes['OpportunityConnection'], ParentType, ContextType, Partial<CustomerOpportunitiesArgs>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<CustomerOrdersArgs>>;
  revenue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
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

export type DiscountApprovalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DiscountApproval'] = ResolversParentTypes['DiscountApproval']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DiscountApprovalStatus'], ParentType, ContextType>;
};

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type LeadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['LeadActivity']>, ParentType, ContextType, Partial<LeadActivitiesArgs>>;
  campaignId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  convertedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  convertedContactId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  convertedCustomer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  convertedCustomerId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  convertedOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  convertedOpportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scoreRules?: Resolver<Array<ResolversTypes['LeadScoreRule']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LeadSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeadActivity'] = ResolversParentTypes['LeadActivity']> = {
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LeadActivityKind'], ParentType, ContextType>;
  leadId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadConversionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeadConversion'] = ResolversParentTypes['LeadConversion']> = {
  contactId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
};

export type LeadEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
};

export type LeadFunnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeadFunnel'] = ResolversParentTypes['LeadFunnel']> = {
  bySource?: Resolver<Array<ResolversTypes['LeadFunnelSource']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['LeadFunnelStatusCount']>, ParentType, ContextType>;
  converted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leadToOpportunityRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leadToWonRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withOpportunity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadFunnelSourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeadFunnelSource'] = ResolversParentTypes['LeadFunnelSource']> = {
  byStatus?: Resolver<Array<ResolversTypes['LeadFunnelStatusCount']>, ParentType, ContextType>;
  converted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leadToOpportunityRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leadToWonRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LeadSource'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withOpportunity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadFunnelStatusCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeadFunnelStatusCount'] = ResolversParentTypes['LeadFunnelStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
};

export type LeadScoreRuleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeadScoreRule'] = ResolversParentTypes['LeadScoreRule']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptQuote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<MutationAcceptQuoteArgs, 'id'>>;
  addLeadActivity?: Resolver<ResolversTypes['LeadActivity'], ParentType, ContextType, RequireFields<MutationAddLeadActivityArgs, 'input' | 'leadId'>>;
  approveOrderDiscount?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationApproveOrderDiscountArgs, 'id'>>;
  approveQuoteDiscount?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<MutationApproveQuoteDiscountArgs, 'id'>>;
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id' | 'reason'>>;
  changeLeadStatus?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationChangeLeadStatusArgs, 'id' | 'status'>>;
  changeOpportunityStage?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationChangeOpportunityStageArgs, 'id' | 'input'>>;
  changeOrderStatus?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationChangeOrderStatusArgs, 'id' | 'status'>>;
  completeLeadActivity?: Resolver<ResolversTypes['LeadActivity'], ParentType, ContextType, RequireFields<MutationCompleteLeadActivityArgs, 'id'>>;
  convertLead?: Resolver<ResolversTypes['LeadConversion'], ParentType, ContextType, RequireFields<MutationConvertLeadArgs, 'id' | 'input'>>;
  createLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
  createOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationCreateOpportunityArgs, 'input'>>;
  createPriceBook?: Resolver<ResolversTypes['PriceBook'], ParentType, ContextType, RequireFields<MutationCreatePriceBookArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createQuote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<MutationCreateQuoteArgs, 'input'>>;
  deleteLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationDeleteLeadArgs, 'id'>>;
  deletePriceBook?: Resolver<ResolversTypes['PriceBook'], ParentType, ContextType, RequireFields<MutationDeletePriceBookArgs, 'id'>>;
  deleteProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationDeleteProductArgs, 'id'>>;
  placeOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  rejectOrderDiscount?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationRejectOrderDiscountArgs, 'id' | 'reason'>>;
  rejectQuote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<MutationRejectQuoteArgs, 'id' | 'reason'>>;
  rejectQuoteDiscount?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<MutationRejectQuoteDiscountArgs, 'id' | 'reason'>>;
  sendQuote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<MutationSendQuoteArgs, 'id'>>;
  setDiscountApprovalThreshold?: Resolver<ResolversTypes['SalesSettings'], ParentType, ContextType, RequireFields<MutationSetDiscountApprovalThresholdArgs, 'percent'>>;
  setOpportunityLines?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationSetOpportunityLinesArgs, 'id' | 'input'>>;
  setPriceBookEntry?: Resolver<ResolversTypes['PriceBook'], ParentType, ContextType, RequireFields<MutationSetPriceBookEntryArgs, 'priceBookId' | 'productId'>>;
  setStageProbabilities?: Resolver<ResolversTypes['SalesSettings'], ParentType, ContextType, RequireFields<MutationSetStageProbabilitiesArgs, 'input'>>;
  updateLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationUpdateLeadArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationUpdateOpportunityArgs, 'expectedVersion' | 'id' | 'input'>>;
  updatePriceBook?: Resolver<ResolversTypes['PriceBook'], ParentType, ContextType, RequireFields<MutationUpdatePriceBookArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateQuote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType, RequireFields<MutationUpdateQuoteArgs, 'id' | 'input'>>;
};

export type OpportunityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity'], FederationReferenceType extends FederationReferenceTypes['Opportunity'] = FederationReferenceTypes['Opportunity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Opportunity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  campaignId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  competitors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contactRoles?: Resolver<Array<ResolversTypes['OpportunityContactRole']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  expectedCloseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  forecastCategory?: Resolver<ResolversTypes['ForecastCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  leadId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OpportunityLine']>, ParentType, ContextType>;
  lossReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceBook?: Resolver<Maybe<ResolversTypes['PriceBook']>, ParentType, ContextType>;
  priceBookId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  primaryContactId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['OpportunityStage'], ParentType, ContextType>;
  stageEnteredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['OpportunityStageMove']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpportunityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpportunityConnection'] = ResolversParentTypes['OpportunityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OpportunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpportunityContactRoleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpportunityContactRole'] = ResolversParentTypes['OpportunityContactRole']> = {
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  contactId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpportunityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpportunityEdge'] = ResolversParentTypes['OpportunityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
};

export type OpportunityLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpportunityLine'] = ResolversParentTypes['OpportunityLine']> = {
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  listPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priceOverridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type OpportunityStageMoveResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpportunityStageMove'] = ResolversParentTypes['OpportunityStageMove']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysInPreviousStage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['OpportunityStage'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['OpportunityStage'], ParentType, ContextType>;
};

export type OrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actualDeliveryDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  approval?: Resolver<ResolversTypes['DiscountApproval'], ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  discountTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  quoteId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  requestedDeliveryDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  listPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priceOverridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PriceBookResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PriceBook'] = ResolversParentTypes['PriceBook'], FederationReferenceType extends FederationReferenceTypes['PriceBook'] = FederationReferenceTypes['PriceBook']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PriceBook']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['PriceBookEntryConnection'], ParentType, ContextType, Partial<PriceBookEntriesArgs>>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  isStandard?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceBookConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PriceBookConnection'] = ResolversParentTypes['PriceBookConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PriceBookEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceBookEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PriceBookEdge'] = ResolversParentTypes['PriceBookEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PriceBook'], ParentType, ContextType>;
};

export type PriceBookEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PriceBookEntry'] = ResolversParentTypes['PriceBookEntry']> = {
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  priceBook?: Resolver<ResolversTypes['PriceBook'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type PriceBookEntryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PriceBookEntryConnection'] = ResolversParentTypes['PriceBookEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PriceBookEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceBookEntryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PriceBookEntryEdge'] = ResolversParentTypes['PriceBookEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PriceBookEntry'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['PriceBookEntry']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leadFunnel?: Resolver<ResolversTypes['LeadFunnel'], ParentType, ContextType, Partial<QueryLeadFunnelArgs>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
  opportunities?: Resolver<ResolversTypes['OpportunityConnection'], ParentType, ContextType, Partial<QueryOpportunitiesArgs>>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<QueryOpportunityArgs, 'id'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<QueryOrdersArgs>>;
  priceBook?: Resolver<Maybe<ResolversTypes['PriceBook']>, ParentType, ContextType, RequireFields<QueryPriceBookArgs, 'id'>>;
  priceBooks?: Resolver<ResolversTypes['PriceBookConnection'], ParentType, ContextType, Partial<QueryPriceBooksArgs>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType, RequireFields<QueryQuoteArgs, 'id'>>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, Partial<QueryQuotesArgs>>;
  salesForecast?: Resolver<ResolversTypes['SalesForecast'], ParentType, ContextType, RequireFields<QuerySalesForecastArgs, 'grouping'>>;
  salesFunnel?: Resolver<ResolversTypes['SalesFunnel'], ParentType, ContextType, Partial<QuerySalesFunnelArgs>>;
  salesSettings?: Resolver<ResolversTypes['SalesSettings'], ParentType, ContextType>;
};

export type QuoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote'], FederationReferenceType extends FederationReferenceTypes['Quote'] = FederationReferenceTypes['Quote']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Quote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approval?: Resolver<ResolversTypes['DiscountApproval'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  discountTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  expiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['QuoteLine']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  opportunityId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceBook?: Resolver<Maybe<ResolversTypes['PriceBook']>, ParentType, ContextType>;
  priceBookId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  rejectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuoteStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuoteConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuoteEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
};

export type QuoteLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteLine'] = ResolversParentTypes['QuoteLine']> = {
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type SalesForecastResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SalesForecast'] = ResolversParentTypes['SalesForecast']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  grouping?: Resolver<ResolversTypes['SalesForecastGrouping'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['SalesForecastPeriod']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SalesForecastFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SalesForecastFigures'] = ResolversParentTypes['SalesForecastFigures']> = {
  bestCase?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  closedWon?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  commit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  weightedPipeline?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type SalesForecastOwnerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SalesForecastOwner'] = ResolversParentTypes['SalesForecastOwner']> = {
  figures?: Resolver<Array<ResolversTypes['SalesForecastFigures']>, ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SalesForecastPeriodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SalesForecastPeriod'] = ResolversParentTypes['SalesForecastPeriod']> = {
  byOwner?: Resolver<Array<ResolversTypes['SalesForecastOwner']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<Array<ResolversTypes['SalesForecastFigures']>, ParentType, ContextType>;
};

export type SalesFunnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SalesFunnel'] = ResolversParentTypes['SalesFunnel']> = {
  bottleneck?: Resolver<Maybe<ResolversTypes['OpportunityStage']>, ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['SalesFunnelStage']>, ParentType, ContextType>;
  winRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SalesFunnelStageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SalesFunnelStage'] = ResolversParentTypes['SalesFunnelStage']> = {
  amount?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  averageDaysInStage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  conversionToNext?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['OpportunityStage'], ParentType, ContextType>;
};

export type SalesSettingsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SalesSettings'] = ResolversParentTypes['SalesSettings']> = {
  discountApprovalThreshold?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  stageProbabilities?: Resolver<Array<ResolversTypes['StageProbability']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StageProbabilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StageProbability'] = ResolversParentTypes['StageProbability']> = {
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['OpportunityStage'], ParentType, ContextType>;
};

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = RequestContext> = {
  Contact?: ContactResolvers<ContextType>;
  CountryCode?: GraphQLScalarType;
  Currency?: GraphQLScalarType;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DiscountApproval?: DiscountApprovalResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  LeadActivity?: LeadActivityResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadConversion?: LeadConversionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadFunnel?: LeadFunnelResolvers<ContextType>;
  LeadFunnelSource?: LeadFunnelSourceResolvers<ContextType>;
  LeadFunnelStatusCount?: LeadFunnelStatusCountResolvers<ContextType>;
  LeadScoreRule?: LeadScoreRuleResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OpportunityConnection?: OpportunityConnectionResolvers<ContextType>;
  OpportunityContactRole?: OpportunityContactRoleResolvers<ContextType>;
  OpportunityEdge?: OpportunityEdgeResolvers<ContextType>;
  OpportunityLine?: OpportunityLineResolvers<ContextType>;
  OpportunityStageMove?: OpportunityStageMoveResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriceBook?: PriceBookResolvers<ContextType>;
  PriceBookConnection?: PriceBookConnectionResolvers<ContextType>;
  PriceBookEdge?: PriceBookEdgeResolvers<ContextType>;
  PriceBookEntry?: PriceBookEntryResolvers<ContextType>;
  PriceBookEntryConnection?: PriceBookEntryConnectionResolvers<ContextType>;
  PriceBookEntryEdge?: PriceBookEntryEdgeResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  QuoteLine?: QuoteLineResolvers<ContextType>;
  SalesForecast?: SalesForecastResolvers<ContextType>;
  SalesForecastFigures?: SalesForecastFiguresResolvers<ContextType>;
  SalesForecastOwner?: SalesForecastOwnerResolvers<ContextType>;
  SalesForecastPeriod?: SalesForecastPeriodResolvers<ContextType>;
  SalesFunnel?: SalesFunnelResolvers<ContextType>;
  SalesFunnelStage?: SalesFunnelStageResolvers<ContextType>;
  SalesSettings?: SalesSettingsResolvers<ContextType>;
  StageProbability?: StageProbabilityResolvers<ContextType>;
  UUID?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
};
