import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerReference } from '../customer/customerTickets.queries';
import type { OrderReference } from '../order/orderTickets.queries';
import type { TicketEntity } from '../ticket/ticket.entity';
import type { TicketCommentEntity } from '../ticket/ticketComment.entity';
import type { SlaPolicyEntity } from '../sla/slaPolicy.entity';
import type { SurveyEntity } from '../survey/survey.entity';
import type { Connection, RequestContext } from '@crm/platform';
import type { RmaEntity } from '../rma/rma.entity';
import type { TicketQueueEntity } from '../routing/ticketQueue.entity';
import type { KnowledgeArticleEntity } from '../knowledge/knowledgeArticle.entity';
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

export type ChangeTicketStatusInput = {
  /** When resolving; required for complaints. */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** When resolving a complaint, if not set on the ticket yet. */
  rootCause?: InputMaybe<RootCause>;
  status: TicketStatus;
};

export type CommentAuthorKind =
  | 'AGENT'
  | 'CUSTOMER';

export type CommentVisibility =
  | 'INTERNAL'
  | 'PUBLIC';

export type ComplaintSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A customer of the customer subgraph; this subgraph adds its tickets. */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['UUID']['output'];
  /** Tickets not yet resolved or closed. */
  openTicketCount: Scalars['Int']['output'];
  /** The customer's tickets, newest first. */
  tickets: TicketConnection;
};


/** A customer of the customer subgraph; this subgraph adds its tickets. */
export type CustomerTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type KnowledgeArticle = {
  __typename?: 'KnowledgeArticle';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['UUID']['output'];
  published: Scalars['Boolean']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type KnowledgeArticleConnection = {
  __typename?: 'KnowledgeArticleConnection';
  edges: Array<KnowledgeArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type KnowledgeArticleEdge = {
  __typename?: 'KnowledgeArticleEdge';
  cursor: Scalars['String']['output'];
  node: KnowledgeArticle;
};

export type KnowledgeArticleFilter = {
  and?: InputMaybe<Array<KnowledgeArticleFilter>>;
  not?: InputMaybe<KnowledgeArticleFilter>;
  or?: InputMaybe<Array<KnowledgeArticleFilter>>;
  published?: InputMaybe<Scalars['Boolean']['input']>;
  tags?: InputMaybe<StringListFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type KnowledgeArticleInput = {
  body: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** ISSUED → APPROVED; any other move fails with CONFLICT. */
  approveRma: Rma;
  /** Assigns the ticket to an agent (user id), or unassigns it with null (manual assignment, beside routing). */
  assignTicket: Ticket;
  /**
   * Moves the ticket in its workflow: OPEN → IN_PROGRESS ⇄ WAITING_ON_CUSTOMER → RESOLVED → CLOSED,
   * RESOLVED → REOPENED → IN_PROGRESS. Any other move fails with CONFLICT. Resolving a complaint needs
   * a resolution and a root cause.
   */
  changeTicketStatus: Ticket;
  /** Adds a comment; the first public comment of an agent sets firstResponseAt. */
  commentOnTicket: Ticket;
  /** Writes an article, unpublished. */
  createKnowledgeArticle: KnowledgeArticle;
  /** Adds a queue (admins); without a position it comes last. A duplicate name is a CONFLICT. */
  createTicketQueue: TicketQueue;
  /** Removes the policy of a priority; tickets opened afterwards with it have no due times. Returns its last state. */
  deleteSlaPolicy: SlaPolicy;
  /** Removes a queue; its tickets keep their assignees. Returns its last state. */
  deleteTicketQueue: TicketQueue;
  /** Links an article to a ticket (e.g. sent as the answer); linked already: CONFLICT. */
  linkArticleToTicket: Ticket;
  /**
   * Opens a ticket with the tenant's next number; SLA due times come from the policy of its priority. It is
   * routed to the first matching queue and, unless an assignee is given, to that queue's agent with the
   * fewest open tickets there.
   */
  openTicket: Ticket;
  /** Publishes an article: it is found and suggested from now on. Already published: CONFLICT. */
  publishKnowledgeArticle: KnowledgeArticle;
  /** APPROVED → RECEIVED: the goods arrived. */
  receiveRmaGoods: Rma;
  /** Records what a REPAIR ticket's repair came to (other types: BAD_USER_INPUT; closed: CONFLICT). */
  recordRepairOutcome: Ticket;
  /** RECEIVED → REFUNDED with the amount paid back: at least 0, at most what the returned units cost. */
  refundRma: Rma;
  /** ISSUED or APPROVED → REJECTED, with the reason; the units count as not returned again. */
  rejectRma: Rma;
  /** Creates or replaces the tenant's SLA policy for one priority (admins). */
  setSlaPolicy: SlaPolicy;
  /** Sets the tenant's warranty in months (admins); REPAIR tickets opened afterwards are checked against it. */
  setWarrantyPolicy: WarrantyPolicy;
  /**
   * Public (no login): answers the survey of a secret link, once (again: CONFLICT) and before it expires
   * (CONFLICT); csat 1–5, nps 0–10. An unknown token is NOT_FOUND.
   */
  submitSurvey: SurveyInvitation;
  /** Removes the link; not linked: CONFLICT. */
  unlinkArticleFromTicket: Ticket;
  /** Withdraws a published article. Not published: CONFLICT. */
  unpublishKnowledgeArticle: KnowledgeArticle;
  /** Changes only the fields given; CONFLICT when expectedVersion is not the current version. */
  updateKnowledgeArticle: KnowledgeArticle;
  /** Changes only the fields given; fails with CONFLICT when expectedVersion is not the current version. */
  updateTicket: Ticket;
  /** Replaces a queue's name, rules and agents; tickets routed before stay where they are. */
  updateTicketQueue: TicketQueue;
};


export type MutationApproveRmaArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationAssignTicketArgs = {
  assigneeId?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationChangeTicketStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: ChangeTicketStatusInput;
};


export type MutationCommentOnTicketArgs = {
  id: Scalars['UUID']['input'];
  input: TicketCommentInput;
};


export type MutationCreateKnowledgeArticleArgs = {
  input: KnowledgeArticleInput;
};


export type MutationCreateTicketQueueArgs = {
  input: TicketQueueInput;
};


export type MutationDeleteSlaPolicyArgs = {
  priority: TicketPriority;
};


export type MutationDeleteTicketQueueArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationLinkArticleToTicketArgs = {
  articleId: Scalars['UUID']['input'];
  ticketId: Scalars['UUID']['input'];
};


export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};


export type MutationPublishKnowledgeArticleArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationReceiveRmaGoodsArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationRecordRepairOutcomeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  outcome: RepairOutcome;
};


export type MutationRefundRmaArgs = {
  amount: Scalars['Decimal']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationRejectRmaArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetSlaPolicyArgs = {
  input: SlaPolicyInput;
};


export type MutationSetWarrantyPolicyArgs = {
  months: Scalars['Int']['input'];
};


export type MutationSubmitSurveyArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  csat: Scalars['Int']['input'];
  nps: Scalars['Int']['input'];
  token: Scalars['String']['input'];
};


export type MutationUnlinkArticleFromTicketArgs = {
  articleId: Scalars['UUID']['input'];
  ticketId: Scalars['UUID']['input'];
};


export type MutationUnpublishKnowledgeArticleArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
};


export type MutationUpdateKnowledgeArticleArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateKnowledgeArticleInput;
};


export type MutationUpdateTicketArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: UpdateTicketInput;
};


export type MutationUpdateTicketQueueArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['UUID']['input'];
  input: TicketQueueInput;
};

export type OpenTicketInput = {
  assigneeId?: InputMaybe<Scalars['String']['input']>;
  channel: TicketChannel;
  contactId?: InputMaybe<Scalars['UUID']['input']>;
  customerId: Scalars['UUID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * RETURN and EXCHANGE (required for them, refused for other types): the lines of the order sent back.
   * The order must be DELIVERED (CONFLICT otherwise); no line may go back more often than it was ordered.
   */
  lines?: InputMaybe<Array<TicketOrderLineInput>>;
  /** An order of the same customer, known to this service from the sales service's events. */
  orderId?: InputMaybe<Scalars['UUID']['input']>;
  priority?: InputMaybe<TicketPriority>;
  requesterEmail?: InputMaybe<Scalars['String']['input']>;
  /** Complaints only. */
  rootCause?: InputMaybe<RootCause>;
  /** Required for complaints, refused for other types. */
  severity?: InputMaybe<ComplaintSeverity>;
  subject: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type: TicketType;
};

/** An order of the sales subgraph; this subgraph adds its tickets. */
export type Order = {
  __typename?: 'Order';
  id: Scalars['UUID']['output'];
  /** The tickets about the order, newest first. */
  tickets: TicketConnection;
};


/** An order of the sales subgraph; this subgraph adds its tickets. */
export type OrderTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** A knowledge-base article of the caller's tenant (published or not), or null. */
  knowledgeArticle: Maybe<KnowledgeArticle>;
  /** The tenant's articles, published or not, most recently changed first. */
  knowledgeArticles: KnowledgeArticleConnection;
  /** An RMA of the caller's tenant, or null. */
  rma: Maybe<Rma>;
  /** RMAs, newest first (e.g. those APPROVED, whose goods the warehouse awaits). */
  rmas: RmaConnection;
  /**
   * Published articles matching a full-text query (web-search syntax: words, "quoted phrases", -excluded),
   * best first; title words weigh more than body words. At most 50.
   */
  searchArticles: Array<KnowledgeArticle>;
  /** The tenant's SLA policies, one per priority at most. */
  slaPolicies: Array<SlaPolicy>;
  /**
   * Public (no login): what a survey link shows, its question and whether it can still be answered;
   * nothing of the ticket or the customer. Null for an unknown token.
   */
  surveyByToken: Maybe<SurveyInvitation>;
  /** The tenant's surveys, newest first: answers by agent, ticket type or customer. */
  surveys: SurveyConnection;
  /** A ticket of the caller's tenant, or null. */
  ticket: Maybe<Ticket>;
  /** The tenant's ticket queues in routing order. */
  ticketQueues: Array<TicketQueue>;
  /** Tickets, searched (number, subject, description; case-insensitive), filtered, sorted and paged by cursor. */
  tickets: TicketConnection;
  /** How long goods are under warranty from delivery (24 months unless an admin set otherwise). */
  warrantyPolicy: WarrantyPolicy;
};


export type QueryKnowledgeArticleArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryKnowledgeArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KnowledgeArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRmaArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryRmasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RmaFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySurveyByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QuerySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTicketArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrderBy>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type RepairOutcome =
  /** The customer declined (e.g. the quote for a repair out of warranty). */
  | 'DECLINED'
  | 'NOT_REPAIRABLE'
  | 'REPAIRED'
  | 'REPLACED';

/** A return merchandise authorization (RMA-000042, gap-free per tenant) of a RETURN or EXCHANGE ticket. */
export type Rma = {
  __typename?: 'Rma';
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The order's currency. */
  currency: Maybe<Scalars['Currency']['output']>;
  id: Scalars['UUID']['output'];
  kind: RmaKind;
  lines: Array<RmaLine>;
  number: Scalars['String']['output'];
  order: Order;
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  refundAmount: Maybe<Scalars['Decimal']['output']>;
  refundedAt: Maybe<Scalars['DateTime']['output']>;
  rejectedAt: Maybe<Scalars['DateTime']['output']>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** What the returned units cost the customer: the most a refund may be. Null if unknown. */
  returnedValue: Maybe<Scalars['Decimal']['output']>;
  status: RmaStatus;
  ticket: Ticket;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type RmaConnection = {
  __typename?: 'RmaConnection';
  edges: Array<RmaEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RmaEdge = {
  __typename?: 'RmaEdge';
  cursor: Scalars['String']['output'];
  node: Rma;
};

export type RmaFilter = {
  and?: InputMaybe<Array<RmaFilter>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  customerId?: InputMaybe<IdFilter>;
  not?: InputMaybe<RmaFilter>;
  or?: InputMaybe<Array<RmaFilter>>;
  orderId?: InputMaybe<IdFilter>;
  status?: InputMaybe<RmaStatusFilter>;
};

export type RmaKind =
  | 'EXCHANGE'
  | 'RETURN';

/** Units of one order line sent back. */
export type RmaLine = {
  __typename?: 'RmaLine';
  orderLineId: Scalars['UUID']['output'];
  productId: Scalars['UUID']['output'];
  productName: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Int']['output'];
  sku: Maybe<Scalars['String']['output']>;
};

/** ISSUED → APPROVED → RECEIVED → REFUNDED, or REJECTED before the goods arrive. */
export type RmaStatus =
  | 'APPROVED'
  | 'ISSUED'
  | 'RECEIVED'
  | 'REFUNDED'
  | 'REJECTED';

export type RmaStatusFilter = {
  eq?: InputMaybe<RmaStatus>;
  in?: InputMaybe<Array<RmaStatus>>;
};

/** Root-cause categories of complaints. */
export type RootCause =
  | 'BILLING'
  | 'DELIVERY'
  | 'DOCUMENTATION'
  | 'OTHER'
  | 'PRODUCT_DEFECT'
  | 'SERVICE_QUALITY';

/** How fast tickets of one priority must be answered and resolved, in hours. */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  /** A breach also raises the ticket's priority one step (up to URGENT), with the escalation. */
  bumpPriorityOnBreach: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  firstResponseHours: Scalars['Int']['output'];
  id: Scalars['UUID']['output'];
  priority: TicketPriority;
  resolutionHours: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type SlaPolicyInput = {
  bumpPriorityOnBreach?: InputMaybe<Scalars['Boolean']['input']>;
  firstResponseHours: Scalars['Int']['input'];
  priority: TicketPriority;
  resolutionHours: Scalars['Int']['input'];
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

/** A satisfaction survey of a resolved ticket (one per ticket), answered through its secret link, which only the customer gets. */
export type Survey = {
  __typename?: 'Survey';
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  assigneeId: Maybe<Scalars['String']['output']>;
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 1–5. */
  csat: Maybe<Scalars['Int']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['UUID']['output'];
  /**
   * Always null. The survey link's secret is the customer's alone: the service keeps only its hash and
   * shows the link to no one on staff (it was in the resolving agent's response, who could then rate their
   * own work). Kept so that operations asking for it still run; to be removed.
   * @deprecated The survey link goes to the customer alone and is never shown to staff: always null. To be removed.
   */
  linkToken: Maybe<Scalars['String']['output']>;
  /** 0–10. */
  nps: Maybe<Scalars['Int']['output']>;
  question: Scalars['String']['output'];
  status: SurveyStatus;
  /** The ticket the survey is about. */
  ticket: Ticket;
  /** The ticket's type and agent when it was resolved. */
  ticketType: TicketType;
};

export type SurveyConnection = {
  __typename?: 'SurveyConnection';
  edges: Array<SurveyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SurveyEdge = {
  __typename?: 'SurveyEdge';
  cursor: Scalars['String']['output'];
  node: Survey;
};

export type SurveyFilter = {
  and?: InputMaybe<Array<SurveyFilter>>;
  /** True: answered surveys only; false: those not answered (pending or expired). */
  answered?: InputMaybe<Scalars['Boolean']['input']>;
  answeredAt?: InputMaybe<DateTimeFilter>;
  assigneeId?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  customerId?: InputMaybe<IdFilter>;
  not?: InputMaybe<SurveyFilter>;
  or?: InputMaybe<Array<SurveyFilter>>;
  ticketType?: InputMaybe<TicketTypeFilter>;
};

/** What the holder of a survey link sees: the question, nothing about the ticket or the customer. */
export type SurveyInvitation = {
  __typename?: 'SurveyInvitation';
  expiresAt: Scalars['DateTime']['output'];
  question: Scalars['String']['output'];
  status: SurveyStatus;
};

export type SurveyStatus =
  | 'ANSWERED'
  /** Not answered before its link expired. */
  | 'EXPIRED'
  | 'PENDING';

/** A customer's support request, numbered per tenant (CS-000123). */
export type Ticket = {
  __typename?: 'Ticket';
  assigneeId: Maybe<Scalars['String']['output']>;
  channel: TicketChannel;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Oldest first; internal comments included. */
  comments: TicketCommentConnection;
  contactId: Maybe<Scalars['UUID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  description: Maybe<Scalars['String']['output']>;
  /** Rises with every SLA breach. */
  escalationLevel: Scalars['Int']['output'];
  firstResponseAt: Maybe<Scalars['DateTime']['output']>;
  firstResponseBreachedAt: Maybe<Scalars['DateTime']['output']>;
  /** Due times from the SLA policy of the priority; they move on by the time spent waiting on the customer. */
  firstResponseDueAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['UUID']['output'];
  /** Articles linked to the ticket, in the order they were linked. */
  linkedArticles: Array<KnowledgeArticle>;
  number: Scalars['String']['output'];
  /** The order of the sales subgraph the ticket is about, if any. */
  order: Maybe<Order>;
  priority: TicketPriority;
  /** The queue the ticket was routed to when it opened; null when no queue matched. */
  queue: Maybe<TicketQueue>;
  /** REPAIR tickets: what the repair came to, once recorded. */
  repairOutcome: Maybe<RepairOutcome>;
  /** The address the request came from. Null for callers who may not see personal contact data (analysts). */
  requesterEmail: Maybe<Scalars['EmailAddress']['output']>;
  resolution: Maybe<Scalars['String']['output']>;
  resolutionBreachedAt: Maybe<Scalars['DateTime']['output']>;
  resolutionDueAt: Maybe<Scalars['DateTime']['output']>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** RETURN and EXCHANGE tickets: the RMA issued with the ticket for its order lines. */
  rma: Maybe<Rma>;
  /** Complaints only; required to resolve one. */
  rootCause: Maybe<RootCause>;
  /** Complaints only. */
  severity: Maybe<ComplaintSeverity>;
  slaBreached: Scalars['Boolean']['output'];
  /** Set while the ticket waits on the customer (the SLA clock stands still). */
  slaPausedAt: Maybe<Scalars['DateTime']['output']>;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  /** Published articles sharing words with the subject and description, best first (at most 5), not linked yet. */
  suggestedArticles: Array<KnowledgeArticle>;
  /** The satisfaction survey sent when the ticket was first resolved. */
  survey: Maybe<Survey>;
  tags: Array<Scalars['String']['output']>;
  type: TicketType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** The last day under warranty. */
  warrantyEndsOn: Maybe<Scalars['Date']['output']>;
  /** REPAIR tickets about a delivered order: the warranty check made when the ticket opened. */
  warrantyStatus: Maybe<WarrantyStatus>;
};


/** A customer's support request, numbered per tenant (CS-000123). */
export type TicketCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TicketChannel =
  | 'CHAT'
  | 'EMAIL'
  | 'PHONE'
  | 'WEB';

export type TicketChannelFilter = {
  eq?: InputMaybe<TicketChannel>;
  in?: InputMaybe<Array<TicketChannel>>;
};

export type TicketComment = {
  __typename?: 'TicketComment';
  authorId: Scalars['String']['output'];
  authorKind: CommentAuthorKind;
  body: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['UUID']['output'];
  visibility: CommentVisibility;
};

export type TicketCommentConnection = {
  __typename?: 'TicketCommentConnection';
  edges: Array<TicketCommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketCommentEdge = {
  __typename?: 'TicketCommentEdge';
  cursor: Scalars['String']['output'];
  node: TicketComment;
};

export type TicketCommentInput = {
  /** CUSTOMER when an agent records what the customer wrote (e.g. on the phone); such comments are public. */
  authorKind?: InputMaybe<CommentAuthorKind>;
  body: Scalars['String']['input'];
  visibility?: InputMaybe<CommentVisibility>;
};

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type TicketFilter = {
  and?: InputMaybe<Array<TicketFilter>>;
  assigneeId?: InputMaybe<StringFilter>;
  channel?: InputMaybe<TicketChannelFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  customerId?: InputMaybe<IdFilter>;
  id?: InputMaybe<IdFilter>;
  not?: InputMaybe<TicketFilter>;
  or?: InputMaybe<Array<TicketFilter>>;
  priority?: InputMaybe<TicketPriorityFilter>;
  queueId?: InputMaybe<IdFilter>;
  /** True: tickets that missed a due time. */
  slaBreached?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<TicketStatusFilter>;
  tags?: InputMaybe<StringListFilter>;
  type?: InputMaybe<TicketTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type TicketOrderBy = {
  direction?: SortDirection;
  field: TicketOrderField;
};

export type TicketOrderField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'PRIORITY'
  | 'RESOLUTION_DUE_AT'
  | 'UPDATED_AT';

export type TicketOrderLineInput = {
  /** The line's id in the sales order. */
  orderLineId: Scalars['UUID']['input'];
  quantity: Scalars['Int']['input'];
};

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

export type TicketPriorityFilter = {
  eq?: InputMaybe<TicketPriority>;
  in?: InputMaybe<Array<TicketPriority>>;
};

/**
 * A queue of agents. New tickets go to the first queue (lowest position) whose rules all hold; an empty
 * rule list matches anything.
 */
export type TicketQueue = {
  __typename?: 'TicketQueue';
  /** The agents (user ids) who work the queue; a tie in open tickets goes to the one listed first. */
  agentIds: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['UUID']['output'];
  matchPriorities: Array<TicketPriority>;
  /** Customer segments (as the customer subgraph names them), matched ignoring case. */
  matchSegments: Array<Scalars['String']['output']>;
  matchTypes: Array<TicketType>;
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type TicketQueueInput = {
  agentIds: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  priorities?: InputMaybe<Array<TicketPriority>>;
  segments?: InputMaybe<Array<Scalars['String']['input']>>;
  types?: InputMaybe<Array<TicketType>>;
};

export type TicketStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'REOPENED'
  | 'RESOLVED'
  | 'WAITING_ON_CUSTOMER';

export type TicketStatusFilter = {
  eq?: InputMaybe<TicketStatus>;
  in?: InputMaybe<Array<TicketStatus>>;
};

export type TicketType =
  | 'COMPLAINT'
  | 'EXCHANGE'
  | 'INQUIRY'
  | 'REPAIR'
  | 'RETURN'
  | 'TECHNICAL';

export type TicketTypeFilter = {
  eq?: InputMaybe<TicketType>;
  in?: InputMaybe<Array<TicketType>>;
};

export type UpdateKnowledgeArticleInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; null clears an optional field. A new priority recomputes the due times. */
export type UpdateTicketInput = {
  contactId?: InputMaybe<Scalars['UUID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<TicketPriority>;
  requesterEmail?: InputMaybe<Scalars['String']['input']>;
  rootCause?: InputMaybe<RootCause>;
  severity?: InputMaybe<ComplaintSeverity>;
  subject?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How long goods are under warranty from their delivery. */
export type WarrantyPolicy = {
  __typename?: 'WarrantyPolicy';
  months: Scalars['Int']['output'];
  /** Null while the default applies. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

export type WarrantyStatus =
  | 'IN_WARRANTY'
  | 'OUT_OF_WARRANTY';



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
  Order: Order;
  Ticket: Ticket;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ChangeTicketStatusInput: ChangeTicketStatusInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CommentAuthorKind: CommentAuthorKind;
  CommentVisibility: CommentVisibility;
  ComplaintSeverity: ComplaintSeverity;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Customer: ResolverTypeWrapper<CustomerReference>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  IdFilter: IdFilter;
  KnowledgeArticle: ResolverTypeWrapper<KnowledgeArticleEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  KnowledgeArticleConnection: ResolverTypeWrapper<Connection<KnowledgeArticleEntity>>;
  KnowledgeArticleEdge: ResolverTypeWrapper<Omit<KnowledgeArticleEdge, 'node'> & { node: ResolversTypes['KnowledgeArticle'] }>;
  KnowledgeArticleFilter: KnowledgeArticleFilter;
  KnowledgeArticleInput: KnowledgeArticleInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenTicketInput: OpenTicketInput;
  Order: ResolverTypeWrapper<OrderReference>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RepairOutcome: RepairOutcome;
  Rma: ResolverTypeWrapper<RmaEntity>;
  RmaConnection: ResolverTypeWrapper<Connection<RmaEntity>>;
  RmaEdge: ResolverTypeWrapper<Omit<RmaEdge, 'node'> & { node: ResolversTypes['Rma'] }>;
  RmaFilter: RmaFilter;
  RmaKind: RmaKind;
  RmaLine: ResolverTypeWrapper<RmaLine>;
  RmaStatus: RmaStatus;
  RmaStatusFilter: RmaStatusFilter;
  RootCause: RootCause;
  SlaPolicy: ResolverTypeWrapper<SlaPolicyEntity>;
  SlaPolicyInput: SlaPolicyInput;
  SortDirection: SortDirection;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  Survey: ResolverTypeWrapper<SurveyEntity>;
  SurveyConnection: ResolverTypeWrapper<Connection<SurveyEntity>>;
  SurveyEdge: ResolverTypeWrapper<Omit<SurveyEdge, 'node'> & { node: ResolversTypes['Survey'] }>;
  SurveyFilter: SurveyFilter;
  SurveyInvitation: ResolverTypeWrapper<SurveyEntity>;
  SurveyStatus: SurveyStatus;
  Ticket: ResolverTypeWrapper<TicketEntity>;
  TicketChannel: TicketChannel;
  TicketChannelFilter: TicketChannelFilter;
  TicketComment: ResolverTypeWrapper<TicketCommentEntity>;
  TicketCommentConnection: ResolverTypeWrapper<Connection<TicketCommentEntity>>;
  TicketCommentEdge: ResolverTypeWrapper<Omit<TicketCommentEdge, 'node'> & { node: ResolversTypes['TicketComment'] }>;
  TicketCommentInput: TicketCommentInput;
  TicketConnection: ResolverTypeWrapper<Connection<TicketEntity>>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketFilter: TicketFilter;
  TicketOrderBy: TicketOrderBy;
  TicketOrderField: TicketOrderField;
  TicketOrderLineInput: TicketOrderLineInput;
  TicketPriority: TicketPriority;
  TicketPriorityFilter: TicketPriorityFilter;
  TicketQueue: ResolverTypeWrapper<TicketQueueEntity>;
  TicketQueueInput: TicketQueueInput;
  TicketStatus: TicketStatus;
  TicketStatusFilter: TicketStatusFilter;
  TicketType: TicketType;
  TicketTypeFilter: TicketTypeFilter;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  UpdateKnowledgeArticleInput: UpdateKnowledgeArticleInput;
  UpdateTicketInput: UpdateTicketInput;
  WarrantyPolicy: ResolverTypeWrapper<WarrantyPolicy>;
  WarrantyStatus: WarrantyStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ChangeTicketStatusInput: ChangeTicketStatusInput;
  String: Scalars['String']['output'];
  CountryCode: Scalars['CountryCode']['output'];
  Currency: Scalars['Currency']['output'];
  Customer: CustomerReference;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  Decimal: Scalars['Decimal']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  IdFilter: IdFilter;
  KnowledgeArticle: KnowledgeArticleEntity;
  Boolean: Scalars['Boolean']['output'];
  KnowledgeArticleConnection: Connection<KnowledgeArticleEntity>;
  KnowledgeArticleEdge: Omit<KnowledgeArticleEdge, 'node'> & { node: ResolversParentTypes['KnowledgeArticle'] };
  KnowledgeArticleFilter: KnowledgeArticleFilter;
  KnowledgeArticleInput: KnowledgeArticleInput;
  Mutation: Record<PropertyKey, never>;
  OpenTicketInput: OpenTicketInput;
  Order: OrderReference;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Rma: RmaEntity;
  RmaConnection: Connection<RmaEntity>;
  RmaEdge: Omit<RmaEdge, 'node'> & { node: ResolversParentTypes['Rma'] };
  RmaFilter: RmaFilter;
  RmaLine: RmaLine;
  RmaStatusFilter: RmaStatusFilter;
  SlaPolicy: SlaPolicyEntity;
  SlaPolicyInput: SlaPolicyInput;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  Survey: SurveyEntity;
  SurveyConnection: Connection<SurveyEntity>;
  SurveyEdge: Omit<SurveyEdge, 'node'> & { node: ResolversParentTypes['Survey'] };
  SurveyFilter: SurveyFilter;
  SurveyInvitation: SurveyEntity;
  Ticket: TicketEntity;
  TicketChannelFilter: TicketChannelFilter;
  TicketComment: TicketCommentEntity;
  TicketCommentConnection: Connection<TicketCommentEntity>;
  TicketCommentEdge: Omit<TicketCommentEdge, 'node'> & { node: ResolversParentTypes['TicketComment'] };
  TicketCommentInput: TicketCommentInput;
  TicketConnection: Connection<TicketEntity>;
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketFilter: TicketFilter;
  TicketOrderBy: TicketOrderBy;
  TicketOrderLineInput: TicketOrderLineInput;
  TicketPriorityFilter: TicketPriorityFilter;
  TicketQueue: TicketQueueEntity;
  TicketQueueInput: TicketQueueInput;
  TicketStatusFilter: TicketStatusFilter;
  TicketTypeFilter: TicketTypeFilter;
  UUID: Scalars['UUID']['output'];
  UpdateKnowledgeArticleInput: UpdateKnowledgeArticleInput;
  UpdateTicketInput: UpdateTicketInput;
  WarrantyPolicy: WarrantyPolicy;
};

export type PersonalDirectiveArgs = { };

export type PersonalDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CustomerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  openTicketCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, Partial<CustomerTicketsArgs>>;
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

export type KnowledgeArticleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KnowledgeArticle'] = ResolversParentTypes['KnowledgeArticle']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KnowledgeArticleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KnowledgeArticleConnection'] = ResolversParentTypes['KnowledgeArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KnowledgeArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KnowledgeArticleEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KnowledgeArticleEdge'] = ResolversParentTypes['KnowledgeArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeArticle'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveRma?: Resolver<ResolversTypes['Rma'], ParentType, ContextType, RequireFields<MutationApproveRmaArgs, 'id'>>;
  assignTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationAssignTicketArgs, 'id'>>;
  changeTicketStatus?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationChangeTicketStatusArgs, 'id' | 'input'>>;
  commentOnTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationCommentOnTicketArgs, 'id' | 'input'>>;
  createKnowledgeArticle?: Resolver<ResolversTypes['KnowledgeArticle'], ParentType, ContextType, RequireFields<MutationCreateKnowledgeArticleArgs, 'input'>>;
  createTicketQueue?: Resolver<ResolversTypes['TicketQueue'], ParentType, ContextType, RequireFields<MutationCreateTicketQueueArgs, 'input'>>;
  deleteSlaPolicy?: Resolver<ResolversTypes['SlaPolicy'], ParentType, ContextType, RequireFields<MutationDeleteSlaPolicyArgs, 'priority'>>;
  deleteTicketQueue?: Resolver<ResolversTypes['TicketQueue'], ParentType, ContextType, RequireFields<MutationDeleteTicketQueueArgs, 'id'>>;
  linkArticleToTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationLinkArticleToTicketArgs, 'articleId' | 'ticketId'>>;
  openTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationOpenTicketArgs, 'input'>>;
  publishKnowledgeArticle?: Resolver<ResolversTypes['KnowledgeArticle'], ParentType, ContextType, RequireFields<MutationPublishKnowledgeArticleArgs, 'id'>>;
  receiveRmaGoods?: Resolver<ResolversTypes['Rma'], ParentType, ContextType, RequireFields<MutationReceiveRmaGoodsArgs, 'id'>>;
  recordRepairOutcome?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationRecordRepairOutcomeArgs, 'id' | 'outcome'>>;
  refundRma?: Resolver<ResolversTypes['Rma'], ParentType, ContextType, RequireFields<MutationRefundRmaArgs, 'amount' | 'id'>>;
  rejectRma?: Resolver<ResolversTypes['Rma'], ParentType, ContextType, RequireFields<MutationRejectRmaArgs, 'id' | 'reason'>>;
  setSlaPolicy?: Resolver<ResolversTypes['SlaPolicy'], ParentType, ContextType, RequireFields<MutationSetSlaPolicyArgs, 'input'>>;
  setWarrantyPolicy?: Resolver<ResolversTypes['WarrantyPolicy'], ParentType, ContextType, RequireFields<MutationSetWarrantyPolicyArgs, 'months'>>;
  submitSurvey?: Resolver<ResolversTypes['SurveyInvitation'], ParentType, ContextType, RequireFields<MutationSubmitSurveyArgs, 'csat' | 'nps' | 'token'>>;
  unlinkArticleFromTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationUnlinkArticleFromTicketArgs, 'articleId' | 'ticketId'>>;
  unpublishKnowledgeArticle?: Resolver<ResolversTypes['KnowledgeArticle'], ParentType, ContextType, RequireFields<MutationUnpublishKnowledgeArticleArgs, 'id'>>;
  updateKnowledgeArticle?: Resolver<ResolversTypes['KnowledgeArticle'], ParentType, ContextType, RequireFields<MutationUpdateKnowledgeArticleArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationUpdateTicketArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateTicketQueue?: Resolver<ResolversTypes['TicketQueue'], ParentType, ContextType, RequireFields<MutationUpdateTicketQueueArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, Partial<OrderTicketsArgs>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  knowledgeArticle?: Resolver<Maybe<ResolversTypes['KnowledgeArticle']>, ParentType, ContextType, RequireFields<QueryKnowledgeArticleArgs, 'id'>>;
  knowledgeArticles?: Resolver<ResolversTypes['KnowledgeArticleConnection'], ParentType, ContextType, Partial<QueryKnowledgeArticlesArgs>>;
  rma?: Resolver<Maybe<ResolversTypes['Rma']>, ParentType, ContextType, RequireFields<QueryRmaArgs, 'id'>>;
  rmas?: Resolver<ResolversTypes['RmaConnection'], ParentType, ContextType, Partial<QueryRmasArgs>>;
  searchArticles?: Resolver<Array<ResolversTypes['KnowledgeArticle']>, ParentType, ContextType, RequireFields<QuerySearchArticlesArgs, 'first' | 'query'>>;
  slaPolicies?: Resolver<Array<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
  surveyByToken?: Resolver<Maybe<ResolversTypes['SurveyInvitation']>, ParentType, ContextType, RequireFields<QuerySurveyByTokenArgs, 'token'>>;
  surveys?: Resolver<ResolversTypes['SurveyConnection'], ParentType, ContextType, Partial<QuerySurveysArgs>>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  ticketQueues?: Resolver<Array<ResolversTypes['TicketQueue']>, ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, Partial<QueryTicketsArgs>>;
  warrantyPolicy?: Resolver<ResolversTypes['WarrantyPolicy'], ParentType, ContextType>;
};

export type RmaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Rma'] = ResolversParentTypes['Rma']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RmaKind'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['RmaLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refundAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  refundedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnedValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RmaStatus'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RmaConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RmaConnection'] = ResolversParentTypes['RmaConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RmaEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RmaEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RmaEdge'] = ResolversParentTypes['RmaEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Rma'], ParentType, ContextType>;
};

export type RmaLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RmaLine'] = ResolversParentTypes['RmaLine']> = {
  orderLineId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  productName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SlaPolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SlaPolicy'] = ResolversParentTypes['SlaPolicy']> = {
  bumpPriorityOnBreach?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstResponseHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  resolutionHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey']> = {
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assigneeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  csat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  linkToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyStatus'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
  ticketType?: Resolver<ResolversTypes['TicketType'], ParentType, ContextType>;
};

export type SurveyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SurveyConnection'] = ResolversParentTypes['SurveyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SurveyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SurveyEdge'] = ResolversParentTypes['SurveyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
};

export type SurveyInvitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SurveyInvitation'] = ResolversParentTypes['SurveyInvitation']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyStatus'], ParentType, ContextType>;
};

export type TicketResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assigneeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['TicketChannel'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['TicketCommentConnection'], ParentType, ContextType, Partial<TicketCommentsArgs>>;
  contactId?: Resolver<Maybe<ResolversTypes['UUID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  escalationLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstResponseAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstResponseBreachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstResponseDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  linkedArticles?: Resolver<Array<ResolversTypes['KnowledgeArticle']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['TicketQueue']>, ParentType, ContextType>;
  repairOutcome?: Resolver<Maybe<ResolversTypes['RepairOutcome']>, ParentType, ContextType>;
  requesterEmail?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolutionBreachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolutionDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rma?: Resolver<Maybe<ResolversTypes['Rma']>, ParentType, ContextType>;
  rootCause?: Resolver<Maybe<ResolversTypes['RootCause']>, ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['ComplaintSeverity']>, ParentType, ContextType>;
  slaBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slaPausedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestedArticles?: Resolver<Array<ResolversTypes['KnowledgeArticle']>, ParentType, ContextType>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TicketType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warrantyEndsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  warrantyStatus?: Resolver<Maybe<ResolversTypes['WarrantyStatus']>, ParentType, ContextType>;
};

export type TicketCommentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TicketComment'] = ResolversParentTypes['TicketComment']> = {
  authorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorKind?: Resolver<ResolversTypes['CommentAuthorKind'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['CommentVisibility'], ParentType, ContextType>;
};

export type TicketCommentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TicketCommentConnection'] = ResolversParentTypes['TicketCommentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TicketCommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketCommentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TicketCommentEdge'] = ResolversParentTypes['TicketCommentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TicketComment'], ParentType, ContextType>;
};

export type TicketConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type TicketQueueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TicketQueue'] = ResolversParentTypes['TicketQueue']> = {
  agentIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
  matchPriorities?: Resolver<Array<ResolversTypes['TicketPriority']>, ParentType, ContextType>;
  matchSegments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  matchTypes?: Resolver<Array<ResolversTypes['TicketType']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type WarrantyPolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WarrantyPolicy'] = ResolversParentTypes['WarrantyPolicy']> = {
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  CountryCode?: GraphQLScalarType;
  Currency?: GraphQLScalarType;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  KnowledgeArticle?: KnowledgeArticleResolvers<ContextType>;
  KnowledgeArticleConnection?: KnowledgeArticleConnectionResolvers<ContextType>;
  KnowledgeArticleEdge?: KnowledgeArticleEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rma?: RmaResolvers<ContextType>;
  RmaConnection?: RmaConnectionResolvers<ContextType>;
  RmaEdge?: RmaEdgeResolvers<ContextType>;
  RmaLine?: RmaLineResolvers<ContextType>;
  SlaPolicy?: SlaPolicyResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyConnection?: SurveyConnectionResolvers<ContextType>;
  SurveyEdge?: SurveyEdgeResolvers<ContextType>;
  SurveyInvitation?: SurveyInvitationResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketComment?: TicketCommentResolvers<ContextType>;
  TicketCommentConnection?: TicketCommentConnectionResolvers<ContextType>;
  TicketCommentEdge?: TicketCommentEdgeResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketQueue?: TicketQueueResolvers<ContextType>;
  UUID?: GraphQLScalarType;
  WarrantyPolicy?: WarrantyPolicyResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
};
