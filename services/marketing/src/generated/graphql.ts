import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerReference } from '../customer/customerCampaigns.queries';
import type { CampaignEntity } from '../campaign/campaign.entity';
import type { CampaignMemberEntity } from '../member/campaignMember.entity';
import type { SegmentEntity } from '../segment/segment.entity';
import type { Connection, RequestContext } from '@crm/platform';
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
  startDate: Maybe<Scalars['Date']['output']>;
  status: CampaignStatus;
  type: CampaignType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** A marketing campaign: PLANNED → ACTIVE → COMPLETED, or ABORTED. */
export type CampaignMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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

export type CreateSegmentInput = {
  /** Required for STATIC, refused for DYNAMIC. */
  customerIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind: SegmentKind;
  name: Scalars['String']['input'];
  /** Required for DYNAMIC, refused for STATIC. */
  rules?: InputMaybe<SegmentRules>;
};

/** A customer of the customer subgraph; this subgraph adds its campaign memberships. */
export type Customer = {
  __typename?: 'Customer';
  /** The customer's campaign memberships, newest first. */
  campaigns: CampaignMemberConnection;
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
  /** Creates a DYNAMIC segment (rules) or a STATIC one (customerIds). */
  createSegment: Segment;
  /** Deletes a segment; members added from it stay members. Returns its last state. */
  deleteSegment: Segment;
  /** PLANNED → ACTIVE. Any other status gives CONFLICT. */
  launchCampaign: Campaign;
  /**
   * Changes only the fields given; null clears an optional field. CONFLICT when expectedVersion is not the
   * current version, or when a field other than actualCost and description changes on a completed or
   * aborted campaign.
   */
  updateCampaign: Campaign;
  /** Changes only the fields given; the kind stays. CONFLICT when expectedVersion is not the current version. */
  updateSegment: Segment;
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


export type MutationCreateSegmentArgs = {
  input: CreateSegmentInput;
};


export type MutationDeleteSegmentArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationLaunchCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationUpdateCampaignArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateCampaignInput;
};


export type MutationUpdateSegmentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateSegmentInput;
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
  /** A segment of the caller's tenant, or null. */
  segment: Maybe<Segment>;
  /** How many known customers the rules pick, without saving a segment. */
  segmentPreview: SegmentPreview;
  /** Segments, searched by name, newest first unless ordered otherwise. */
  segments: SegmentConnection;
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

export type UpdateSegmentInput = {
  customerIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  rules?: InputMaybe<SegmentRules>;
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
  Segment: Segment;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Segment:
    ( { __typename: 'Segment' }
    & GraphQLRecursivePick<FederationTypes['Segment'], {"id":true}> );
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
  CampaignStatus: CampaignStatus;
  CampaignStatusFilter: CampaignStatusFilter;
  CampaignType: CampaignType;
  CampaignTypeFilter: CampaignTypeFilter;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  CreateCampaignInput: CreateCampaignInput;
  CreateSegmentInput: CreateSegmentInput;
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
  IdFilter: IdFilter;
  LifecycleStage: LifecycleStage;
  LifecycleStageFilter: LifecycleStageFilter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Segment: ResolverTypeWrapper<SegmentEntity>;
  SegmentConnection: ResolverTypeWrapper<Connection<SegmentEntity>>;
  SegmentEdge: ResolverTypeWrapper<Omit<SegmentEdge, 'node'> & { node: ResolversTypes['Segment'] }>;
  SegmentKind: SegmentKind;
  SegmentOrderBy: SegmentOrderBy;
  SegmentOrderField: SegmentOrderField;
  SegmentPreview: ResolverTypeWrapper<SegmentPreview>;
  SegmentRules: SegmentRules;
  SegmentRulesJson: ResolverTypeWrapper<Scalars['SegmentRulesJson']['output']>;
  SortDirection: SortDirection;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  UpdateCampaignInput: UpdateCampaignInput;
  UpdateSegmentInput: UpdateSegmentInput;
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
  CampaignStatusFilter: CampaignStatusFilter;
  CampaignTypeFilter: CampaignTypeFilter;
  CountryCode: Scalars['CountryCode']['output'];
  CreateCampaignInput: CreateCampaignInput;
  CreateSegmentInput: CreateSegmentInput;
  Currency: Scalars['Currency']['output'];
  Customer: CustomerReference;
  CustomerKindFilter: CustomerKindFilter;
  Date: Scalars['Date']['output'];
  DateFilter: DateFilter;
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  Decimal: Scalars['Decimal']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  IdFilter: IdFilter;
  LifecycleStageFilter: LifecycleStageFilter;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Segment: SegmentEntity;
  SegmentConnection: Connection<SegmentEntity>;
  SegmentEdge: Omit<SegmentEdge, 'node'> & { node: ResolversParentTypes['Segment'] };
  SegmentOrderBy: SegmentOrderBy;
  SegmentPreview: SegmentPreview;
  SegmentRules: SegmentRules;
  SegmentRulesJson: Scalars['SegmentRulesJson']['output'];
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  UUID: Scalars['UUID']['output'];
  UpdateCampaignInput: UpdateCampaignInput;
  UpdateSegmentInput: UpdateSegmentInput;
};

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

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CustomerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  campaigns?: Resolver<ResolversTypes['CampaignMemberConnection'], ParentType, ContextType, Partial<CustomerCampaignsArgs>>;
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

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  abortCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationAbortCampaignArgs, 'id'>>;
  addCampaignMember?: Resolver<ResolversTypes['CampaignMember'], ParentType, ContextType, RequireFields<MutationAddCampaignMemberArgs, 'campaignId' | 'input'>>;
  addSegmentToCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationAddSegmentToCampaignArgs, 'campaignId' | 'segmentId'>>;
  changeCampaignMemberStatus?: Resolver<ResolversTypes['CampaignMember'], ParentType, ContextType, RequireFields<MutationChangeCampaignMemberStatusArgs, 'id' | 'status'>>;
  completeCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCompleteCampaignArgs, 'id'>>;
  createCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  createSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationCreateSegmentArgs, 'input'>>;
  deleteSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationDeleteSegmentArgs, 'id'>>;
  launchCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationLaunchCampaignArgs, 'id'>>;
  updateCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationUpdateCampaignArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationUpdateSegmentArgs, 'expectedVersion' | 'id' | 'input'>>;
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
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType, RequireFields<QuerySegmentArgs, 'id'>>;
  segmentPreview?: Resolver<ResolversTypes['SegmentPreview'], ParentType, ContextType, RequireFields<QuerySegmentPreviewArgs, 'rules'>>;
  segments?: Resolver<ResolversTypes['SegmentConnection'], ParentType, ContextType, Partial<QuerySegmentsArgs>>;
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
  CountryCode?: GraphQLScalarType;
  Currency?: GraphQLScalarType;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  SegmentConnection?: SegmentConnectionResolvers<ContextType>;
  SegmentEdge?: SegmentEdgeResolvers<ContextType>;
  SegmentPreview?: SegmentPreviewResolvers<ContextType>;
  SegmentRulesJson?: GraphQLScalarType;
  UUID?: GraphQLScalarType;
};

