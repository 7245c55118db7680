import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerEntity } from '../customer/customer.entity';
import type { ContactEntity, ContactRoleEntity } from '../contact/contact.entity';
import type { InteractionEntity } from '../interaction/interaction.entity';
import type { TimelineEntryEntity } from '../timeline/timelineEntry.entity';
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
  UUID: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Address = {
  __typename?: 'Address';
  city: Maybe<Scalars['String']['output']>;
  country: Maybe<Scalars['CountryCode']['output']>;
  line1: Maybe<Scalars['String']['output']>;
  line2: Maybe<Scalars['String']['output']>;
  postalCode: Maybe<Scalars['String']['output']>;
  region: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country?: InputMaybe<Scalars['String']['input']>;
  line1?: InputMaybe<Scalars['String']['input']>;
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A person at one or more organizations. */
export type Contact = {
  __typename?: 'Contact';
  createdAt: Scalars['DateTime']['output'];
  email: Maybe<Scalars['EmailAddress']['output']>;
  firstName: Maybe<Scalars['String']['output']>;
  fullName: Maybe<Scalars['String']['output']>;
  id: Scalars['UUID']['output'];
  lastName: Maybe<Scalars['String']['output']>;
  /** The organizations this person works with, and the role at each. */
  organizations: Array<ContactRole>;
  phone: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

export type ContactFilter = {
  and?: InputMaybe<Array<ContactFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  email?: InputMaybe<StringFilter>;
  firstName?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  lastName?: InputMaybe<StringFilter>;
  not?: InputMaybe<ContactFilter>;
  or?: InputMaybe<Array<ContactFilter>>;
  organizationId?: InputMaybe<IdFilter>;
};

export type ContactOrderBy = {
  direction?: SortDirection;
  field: ContactOrderField;
};

export type ContactOrderField =
  | 'CREATED_AT'
  | 'LAST_NAME';

/** A contact's role at an organization (e.g. Decision maker, Billing). */
export type ContactRole = {
  __typename?: 'ContactRole';
  contact: Contact;
  organization: Customer;
  role: Scalars['String']['output'];
};

export type ContactRoleInput = {
  organizationId: Scalars['UUID']['input'];
  role: Scalars['String']['input'];
};

export type CreateContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  organizations?: InputMaybe<Array<ContactRoleInput>>;
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCustomerInput = {
  address?: InputMaybe<AddressInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  kind: CustomerKind;
  lifecycleStage?: InputMaybe<LifecycleStage>;
  name: Scalars['String']['input'];
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A person or an organization the tenant does business with. */
export type Customer = {
  __typename?: 'Customer';
  address: Maybe<Address>;
  /** The people at this organization, with their roles here. */
  contacts: Array<ContactRole>;
  createdAt: Scalars['DateTime']['output'];
  /** Null for callers who may not see personal contact data (analysts). */
  email: Maybe<Scalars['EmailAddress']['output']>;
  id: Scalars['UUID']['output'];
  industry: Maybe<Scalars['String']['output']>;
  /** Calls, emails, meetings, notes and chats, newest first. */
  interactions: InteractionConnection;
  kind: CustomerKind;
  lifecycleStage: LifecycleStage;
  name: Scalars['String']['output'];
  ownerId: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  segment: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  /** One feed of what happened with this customer, across services, newest first. */
  timeline: TimelineConnection;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; pass it as expectedVersion to update. */
  version: Scalars['Int']['output'];
};


/** A person or an organization the tenant does business with. */
export type CustomerInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or an organization the tenant does business with. */
export type CustomerTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerFilter = {
  and?: InputMaybe<Array<CustomerFilter>>;
  country?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  email?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  industry?: InputMaybe<StringFilter>;
  kind?: InputMaybe<CustomerKindFilter>;
  lifecycleStage?: InputMaybe<LifecycleStageFilter>;
  name?: InputMaybe<StringFilter>;
  not?: InputMaybe<CustomerFilter>;
  or?: InputMaybe<Array<CustomerFilter>>;
  ownerId?: InputMaybe<StringFilter>;
  segment?: InputMaybe<StringFilter>;
  tags?: InputMaybe<StringListFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type CustomerKind =
  | 'ORGANIZATION'
  | 'PERSON';

export type CustomerKindFilter = {
  eq?: InputMaybe<CustomerKind>;
  in?: InputMaybe<Array<CustomerKind>>;
};

export type CustomerOrderBy = {
  direction?: SortDirection;
  field: CustomerOrderField;
};

export type CustomerOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

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

export type Interaction = {
  __typename?: 'Interaction';
  body: Maybe<Scalars['String']['output']>;
  contact: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  direction: Maybe<InteractionDirection>;
  id: Scalars['UUID']['output'];
  kind: InteractionKind;
  occurredAt: Scalars['DateTime']['output'];
  ownerId: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  edges: Array<InteractionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InteractionDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  cursor: Scalars['String']['output'];
  node: Interaction;
};

export type InteractionFilter = {
  and?: InputMaybe<Array<InteractionFilter>>;
  contactId?: InputMaybe<IdFilter>;
  customerId?: InputMaybe<IdFilter>;
  kind?: InputMaybe<InteractionKindFilter>;
  not?: InputMaybe<InteractionFilter>;
  occurredAt?: InputMaybe<DateTimeFilter>;
  or?: InputMaybe<Array<InteractionFilter>>;
  subject?: InputMaybe<StringFilter>;
};

export type InteractionKind =
  | 'CALL'
  | 'CHAT'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE';

export type InteractionKindFilter = {
  eq?: InputMaybe<InteractionKind>;
  in?: InputMaybe<Array<InteractionKind>>;
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

export type LogInteractionInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  contactId?: InputMaybe<Scalars['UUID']['input']>;
  customerId: Scalars['UUID']['input'];
  direction?: InputMaybe<InteractionDirection>;
  kind: InteractionKind;
  /** Defaults to now. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  createContact: Contact;
  createCustomer: Customer;
  deleteContact: Contact;
  /** Deletes the customer with its interactions and contact roles; returns its last state. */
  deleteCustomer: Customer;
  deleteInteraction: Interaction;
  logInteraction: Interaction;
  updateContact: Contact;
  /** Changes only the fields given; fails with CONFLICT when expectedVersion is not the current version. */
  updateCustomer: Customer;
  updateInteraction: Interaction;
};


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationDeleteContactArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationDeleteCustomerArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationDeleteInteractionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationLogInteractionArgs = {
  input: LogInteractionInput;
};


export type MutationUpdateContactArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateContactInput;
};


export type MutationUpdateCustomerArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateCustomerInput;
};


export type MutationUpdateInteractionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateInteractionInput;
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
  contact: Maybe<Contact>;
  contacts: ContactConnection;
  /** A customer of the caller's tenant, or null. */
  customer: Maybe<Customer>;
  /** Customers, searched (name, email, phone; case-insensitive), filtered, sorted and paged by cursor. */
  customers: CustomerConnection;
  interaction: Maybe<Interaction>;
  interactions: InteractionConnection;
};


export type QueryContactArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ContactOrderBy>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CustomerOrderBy>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInteractionArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InteractionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

/** Something that happened with a customer, reported by any service through its events. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** The CloudEvents type, e.g. crm.customer.interaction.created.v1. */
  eventType: Scalars['String']['output'];
  id: Scalars['UUID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The service that reported it: customer, sales, service, marketing. */
  source: Scalars['String']['output'];
  subjectId: Scalars['String']['output'];
  /** The entity it is about (e.g. Interaction) and its id. */
  subjectType: Scalars['String']['output'];
  summary: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Fields left out stay as they are; organizations, when given, replaces the whole set. */
export type UpdateContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  organizations?: InputMaybe<Array<ContactRoleInput>>;
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateCustomerInput = {
  address?: InputMaybe<AddressInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  lifecycleStage?: InputMaybe<LifecycleStage>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateInteractionInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  contactId?: InputMaybe<Scalars['UUID']['input']>;
  direction?: InputMaybe<InteractionDirection>;
  kind?: InputMaybe<InteractionKind>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
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
  Contact: Contact;
  Customer: Customer;
  Interaction: Interaction;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Contact:
    ( { __typename: 'Contact' }
    & GraphQLRecursivePick<FederationTypes['Contact'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Interaction:
    ( { __typename: 'Interaction' }
    & GraphQLRecursivePick<FederationTypes['Interaction'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddressInput: AddressInput;
  Contact: ResolverTypeWrapper<ContactEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ContactConnection: ResolverTypeWrapper<Connection<ContactEntity>>;
  ContactEdge: ResolverTypeWrapper<Omit<ContactEdge, 'node'> & { node: ResolversTypes['Contact'] }>;
  ContactFilter: ContactFilter;
  ContactOrderBy: ContactOrderBy;
  ContactOrderField: ContactOrderField;
  ContactRole: ResolverTypeWrapper<ContactRoleEntity>;
  ContactRoleInput: ContactRoleInput;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  CreateContactInput: CreateContactInput;
  CreateCustomerInput: CreateCustomerInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Customer: ResolverTypeWrapper<CustomerEntity>;
  CustomerConnection: ResolverTypeWrapper<Connection<CustomerEntity>>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerKind: CustomerKind;
  CustomerKindFilter: CustomerKindFilter;
  CustomerOrderBy: CustomerOrderBy;
  CustomerOrderField: CustomerOrderField;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  IdFilter: IdFilter;
  Interaction: ResolverTypeWrapper<InteractionEntity>;
  InteractionConnection: ResolverTypeWrapper<Connection<InteractionEntity>>;
  InteractionDirection: InteractionDirection;
  InteractionEdge: ResolverTypeWrapper<Omit<InteractionEdge, 'node'> & { node: ResolversTypes['Interaction'] }>;
  InteractionFilter: InteractionFilter;
  InteractionKind: InteractionKind;
  InteractionKindFilter: InteractionKindFilter;
  LifecycleStage: LifecycleStage;
  LifecycleStageFilter: LifecycleStageFilter;
  LogInteractionInput: LogInteractionInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SortDirection: SortDirection;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  TimelineConnection: ResolverTypeWrapper<Connection<TimelineEntryEntity>>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryEntity>;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateInteractionInput: UpdateInteractionInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  String: Scalars['String']['output'];
  AddressInput: AddressInput;
  Contact: ContactEntity;
  Int: Scalars['Int']['output'];
  ContactConnection: Connection<ContactEntity>;
  ContactEdge: Omit<ContactEdge, 'node'> & { node: ResolversParentTypes['Contact'] };
  ContactFilter: ContactFilter;
  ContactOrderBy: ContactOrderBy;
  ContactRole: ContactRoleEntity;
  ContactRoleInput: ContactRoleInput;
  CountryCode: Scalars['CountryCode']['output'];
  CreateContactInput: CreateContactInput;
  CreateCustomerInput: CreateCustomerInput;
  Currency: Scalars['Currency']['output'];
  Customer: CustomerEntity;
  CustomerConnection: Connection<CustomerEntity>;
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerKindFilter: CustomerKindFilter;
  CustomerOrderBy: CustomerOrderBy;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  Decimal: Scalars['Decimal']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  IdFilter: IdFilter;
  Interaction: InteractionEntity;
  InteractionConnection: Connection<InteractionEntity>;
  InteractionEdge: Omit<InteractionEdge, 'node'> & { node: ResolversParentTypes['Interaction'] };
  InteractionFilter: InteractionFilter;
  InteractionKindFilter: InteractionKindFilter;
  LifecycleStageFilter: LifecycleStageFilter;
  LogInteractionInput: LogInteractionInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  TimelineConnection: Connection<TimelineEntryEntity>;
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineEntry: TimelineEntryEntity;
  UUID: Scalars['UUID']['output'];
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateInteractionInput: UpdateInteractionInput;
};

export type PersonalDirectiveArgs = { };

export type PersonalDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  line1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact'], FederationReferenceType extends FederationReferenceTypes['Contact'] = FederationReferenceTypes['Contact']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contact']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['ContactRole']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactConnection'] = ResolversParentTypes['ContactConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactEdge'] = ResolversParentTypes['ContactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
};

export type ContactRoleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactRole'] = ResolversParentTypes['ContactRole']> = {
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CustomerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['ContactRole']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interactions?: Resolver<ResolversTypes['InteractionConnection'], ParentType, ContextType, Partial<CustomerInteractionsArgs>>;
  kind?: Resolver<ResolversTypes['CustomerKind'], ParentType, ContextType>;
  lifecycleStage?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, Partial<CustomerTimelineArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
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

export type InteractionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction'], FederationReferenceType extends FederationReferenceTypes['Interaction'] = FederationReferenceTypes['Interaction']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Interaction']> | FederationReferenceType, FederationReferenceType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['InteractionDirection']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InteractionKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InteractionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InteractionConnection'] = ResolversParentTypes['InteractionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InteractionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InteractionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InteractionEdge'] = ResolversParentTypes['InteractionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationCreateContactArgs, 'input'>>;
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  deleteContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationDeleteContactArgs, 'id'>>;
  deleteCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationDeleteCustomerArgs, 'id'>>;
  deleteInteraction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType, RequireFields<MutationDeleteInteractionArgs, 'id'>>;
  logInteraction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType, RequireFields<MutationLogInteractionArgs, 'input'>>;
  updateContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateInteraction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType, RequireFields<MutationUpdateInteractionArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType, RequireFields<QueryContactArgs, 'id'>>;
  contacts?: Resolver<ResolversTypes['ContactConnection'], ParentType, ContextType, Partial<QueryContactsArgs>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType, RequireFields<QueryInteractionArgs, 'id'>>;
  interactions?: Resolver<ResolversTypes['InteractionConnection'], ParentType, ContextType, Partial<QueryInteractionsArgs>>;
};

export type TimelineConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = RequestContext> = {
  Address?: AddressResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactConnection?: ContactConnectionResolvers<ContextType>;
  ContactEdge?: ContactEdgeResolvers<ContextType>;
  ContactRole?: ContactRoleResolvers<ContextType>;
  CountryCode?: GraphQLScalarType;
  Currency?: GraphQLScalarType;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionConnection?: InteractionConnectionResolvers<ContextType>;
  InteractionEdge?: InteractionEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  UUID?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
};
