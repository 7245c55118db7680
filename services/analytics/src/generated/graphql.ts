import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerReference } from '../customer/customerMetrics.queries';
import type { CampaignReference } from '../campaign/campaignPerformance.queries';
import type { SalesReportModel } from '../order/salesReport.queries';
import type { RequestContext } from '@crm/platform';
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

export type AnalyticsBreakdownRow = {
  __typename?: 'AnalyticsBreakdownRow';
  figures: AnalyticsSalesFigures;
  /** Versus the same number of months just before; null when that had no revenue. */
  growth: Maybe<Scalars['Float']['output']>;
  /** The product id, owner id, segment, industry or country; empty for none. */
  key: Scalars['String']['output'];
  /** The product's name, otherwise the key. */
  label: Scalars['String']['output'];
  /** Percent of the period's revenue. */
  share: Maybe<Scalars['Float']['output']>;
};

export type AnalyticsCampaignFunnel = {
  __typename?: 'AnalyticsCampaignFunnel';
  campaign: Campaign;
  funnel: AnalyticsFunnel;
};

export type AnalyticsCampaignPerformance = {
  __typename?: 'AnalyticsCampaignPerformance';
  campaign: Campaign;
  /** emailsClicked / emailsSent, percent. */
  clickRate: Maybe<Scalars['Float']['output']>;
  /** The actual cost, else the budget. */
  cost: Maybe<Scalars['Decimal']['output']>;
  currency: Scalars['Currency']['output'];
  emailsBounced: Scalars['Int']['output'];
  emailsClicked: Scalars['Int']['output'];
  emailsOpened: Scalars['Int']['output'];
  /** Campaign emails the mail server accepted. */
  emailsSent: Scalars['Int']['output'];
  leads: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** emailsOpened / emailsSent, percent. */
  openRate: Maybe<Scalars['Float']['output']>;
  opportunities: Scalars['Int']['output'];
  /** responses / members, percent. */
  responseRate: Maybe<Scalars['Float']['output']>;
  /** Members who responded (RESPONDED or CONVERTED, or a first response time). */
  responses: Scalars['Int']['output'];
  /** (wonRevenue − cost) / cost; null without a cost. */
  roi: Maybe<Scalars['Float']['output']>;
  status: Scalars['String']['output'];
  /** Recipients who unsubscribed from a campaign email. */
  unsubscribed: Scalars['Int']['output'];
  /** Σ amounts of won opportunities of the campaign in its currency. */
  wonRevenue: Scalars['Decimal']['output'];
};

export type AnalyticsChurnPoint = {
  __typename?: 'AnalyticsChurnPoint';
  activeAtStart: Scalars['Int']['output'];
  churned: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  rate: Maybe<Scalars['Float']['output']>;
  to: Scalars['Date']['output'];
};

export type AnalyticsChurnRisk = {
  __typename?: 'AnalyticsChurnRisk';
  /** Why, one line per rule that added points. */
  reasons: Array<Scalars['String']['output']>;
  /** 0 (safe) to 100 (churned). */
  score: Scalars['Int']['output'];
};

export type AnalyticsCohort = {
  __typename?: 'AnalyticsCohort';
  customers: Scalars['Int']['output'];
  /** First day of the month of the first order. */
  month: Scalars['Date']['output'];
  /** retention[k]: percent of the cohort with an order in month k after the first (retention[0] = 100). */
  retention: Array<Scalars['Float']['output']>;
};

export type AnalyticsCompetitor = {
  __typename?: 'AnalyticsCompetitor';
  competitor: Scalars['String']['output'];
  lost: Scalars['Int']['output'];
  /** Σ amounts of the lost opportunities in the currency. */
  lostAmount: Scalars['Decimal']['output'];
  /** won / (won + lost). */
  winRate: Scalars['Float']['output'];
  won: Scalars['Int']['output'];
};

export type AnalyticsCustomerRisk = {
  __typename?: 'AnalyticsCustomerRisk';
  customer: Customer;
  lastOrderAt: Maybe<Scalars['DateTime']['output']>;
  lifetimeValue: Scalars['Decimal']['output'];
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
};

export type AnalyticsCustomerValue = {
  __typename?: 'AnalyticsCustomerValue';
  customer: Customer;
  lastOrderAt: Scalars['DateTime']['output'];
  lifetimeValue: Scalars['Decimal']['output'];
  orderCount: Scalars['Int']['output'];
};

export type AnalyticsDimension =
  /** The customer's industry. */
  | 'INDUSTRY'
  /** The order's owner. */
  | 'OWNER'
  | 'PRODUCT'
  /** The customer's country. */
  | 'REGION'
  /** The customer's segment. */
  | 'SEGMENT';

export type AnalyticsForecastPoint = {
  __typename?: 'AnalyticsForecastPoint';
  lower80: Scalars['Decimal']['output'];
  lower95: Scalars['Decimal']['output'];
  mean: Scalars['Decimal']['output'];
  month: Scalars['Date']['output'];
  upper80: Scalars['Decimal']['output'];
  upper95: Scalars['Decimal']['output'];
  /** Σ amount × probability of open opportunities expected to close in the month. */
  weightedPipeline: Scalars['Decimal']['output'];
};

/**
 * Leads created in the period; their opportunities are those of the customer a lead was converted into,
 * created from its conversion on (an opportunity counts for the latest lead converted into its customer before it).
 */
export type AnalyticsFunnel = {
  __typename?: 'AnalyticsFunnel';
  /** Quotes of those opportunities the customer accepted. */
  acceptedQuotes: Scalars['Int']['output'];
  convertedLeads: Scalars['Int']['output'];
  /** The lead source. */
  key: Scalars['String']['output'];
  /** convertedLeads / leads. */
  leadConversionRate: Maybe<Scalars['Float']['output']>;
  leads: Scalars['Int']['output'];
  lost: Scalars['Int']['output'];
  opportunities: Scalars['Int']['output'];
  /** Σ amounts of those opportunities in the currency. */
  opportunityAmount: Scalars['Decimal']['output'];
  /** Those opportunities with at least one quote. */
  quotedOpportunities: Scalars['Int']['output'];
  /** won / (won + lost). */
  winRate: Maybe<Scalars['Float']['output']>;
  won: Scalars['Int']['output'];
  wonAmount: Scalars['Decimal']['output'];
};

export type AnalyticsGranularity =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  /** Weeks start on Monday. */
  | 'WEEK';

export type AnalyticsMarketShare = {
  __typename?: 'AnalyticsMarketShare';
  marketSize: Scalars['Decimal']['output'];
  revenue: Scalars['Decimal']['output'];
  segment: Scalars['String']['output'];
  /** Percent. */
  share: Scalars['Float']['output'];
};

export type AnalyticsMarketSize = {
  __typename?: 'AnalyticsMarketSize';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['Currency']['output'];
  segment: Scalars['String']['output'];
};

export type AnalyticsMonthRevenue = {
  __typename?: 'AnalyticsMonthRevenue';
  month: Scalars['Date']['output'];
  revenue: Scalars['Decimal']['output'];
};

/** [from, to): `to` is excluded. */
export type AnalyticsPeriod = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type AnalyticsRebuild = {
  __typename?: 'AnalyticsRebuild';
  generation: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
};

/** Quintile scores 1–5 among the tenant's customers with orders (5 = most recent, most frequent, highest). */
export type AnalyticsRfm = {
  __typename?: 'AnalyticsRfm';
  frequency: Scalars['Int']['output'];
  monetary: Scalars['Int']['output'];
  recency: Scalars['Int']['output'];
  segment: AnalyticsRfmSegment;
};

/** Named from the recency (R) and frequency (F) scores. */
export type AnalyticsRfmSegment =
  /** R ≤ 2 and F = 3 */
  | 'AT_RISK'
  /** R ≤ 2 and F ≥ 4 */
  | 'CANNOT_LOSE'
  /** R ≥ 4 and F ≥ 4 */
  | 'CHAMPIONS'
  /** R ≤ 2 and F ≤ 2, not lost */
  | 'HIBERNATING'
  /** R = 1 and F = 1 */
  | 'LOST'
  /** R ≥ 3 and F ≥ 3, not champions */
  | 'LOYAL'
  /** R = 3 and F ≤ 2 */
  | 'NEEDS_ATTENTION'
  /** R ≥ 4 and F ≤ 2 */
  | 'PROMISING';

export type AnalyticsRfmSegmentSize = {
  __typename?: 'AnalyticsRfmSegmentSize';
  customers: Scalars['Int']['output'];
  revenue: Scalars['Decimal']['output'];
  segment: AnalyticsRfmSegment;
};

export type AnalyticsSalesFigures = {
  __typename?: 'AnalyticsSalesFigures';
  averageOrderValue: Maybe<Scalars['Decimal']['output']>;
  orderCount: Scalars['Int']['output'];
  revenue: Scalars['Decimal']['output'];
};

export type AnalyticsSalesPoint = {
  __typename?: 'AnalyticsSalesPoint';
  figures: AnalyticsSalesFigures;
  from: Scalars['Date']['output'];
  /** Versus the sub-period before; null when that had no revenue. */
  growth: Maybe<Scalars['Float']['output']>;
  to: Scalars['Date']['output'];
};

/** Survey answers given and tickets opened in the period. */
export type AnalyticsSatisfaction = {
  __typename?: 'AnalyticsSatisfaction';
  answers: Scalars['Int']['output'];
  /** Percent of answers with 4 or 5 (0–100); null without answers. */
  csat: Maybe<Scalars['Float']['output']>;
  detractors: Scalars['Int']['output'];
  /** Percent of 9–10 minus percent of 0–6 (−100 to 100); null without answers. */
  nps: Maybe<Scalars['Float']['output']>;
  passives: Scalars['Int']['output'];
  promoters: Scalars['Int']['output'];
  serviceLevel: AnalyticsServiceLevel;
};

export type AnalyticsSatisfactionGroup = {
  __typename?: 'AnalyticsSatisfactionGroup';
  /** The agent id or ticket type; empty for tickets without an agent. */
  key: Scalars['String']['output'];
  satisfaction: AnalyticsSatisfaction;
};

export type AnalyticsSatisfactionPoint = {
  __typename?: 'AnalyticsSatisfactionPoint';
  from: Scalars['Date']['output'];
  satisfaction: AnalyticsSatisfaction;
  to: Scalars['Date']['output'];
};

/** Tickets opened in the period, against their SLA due times. */
export type AnalyticsServiceLevel = {
  __typename?: 'AnalyticsServiceLevel';
  averageFirstResponseHours: Maybe<Scalars['Float']['output']>;
  averageResolutionHours: Maybe<Scalars['Float']['output']>;
  /** Tickets that breached an SLA. */
  breached: Scalars['Int']['output'];
  /** Percent of responded tickets answered by their first-response due time (those with one). */
  firstResponseWithinSla: Maybe<Scalars['Float']['output']>;
  /** Percent of resolved tickets resolved by their resolution due time (those with one). */
  resolutionWithinSla: Maybe<Scalars['Float']['output']>;
  resolved: Scalars['Int']['output'];
  responded: Scalars['Int']['output'];
  tickets: Scalars['Int']['output'];
};

export type AnalyticsSettings = {
  __typename?: 'AnalyticsSettings';
  inactivityDays: Scalars['Int']['output'];
  margin: Scalars['Float']['output'];
  marketSizes: Array<AnalyticsMarketSize>;
};

export type AnalyticsSettingsInput = {
  /** 1–3650. */
  inactivityDays?: InputMaybe<Scalars['Int']['input']>;
  /** 0 < margin ≤ 1. */
  margin?: InputMaybe<Scalars['Float']['input']>;
};

export type AnalyticsShare = {
  __typename?: 'AnalyticsShare';
  key: Scalars['String']['output'];
  revenue: Scalars['Decimal']['output'];
  /** Percent of the period's revenue. */
  share: Scalars['Float']['output'];
};

export type AnalyticsStatus = {
  __typename?: 'AnalyticsStatus';
  generation: Scalars['Int']['output'];
  /** When this generation (the last rebuild) started. */
  generationStartedAt: Scalars['DateTime']['output'];
  topics: Array<AnalyticsTopicStatus>;
};

export type AnalyticsTopicStatus = {
  __typename?: 'AnalyticsTopicStatus';
  /** Events of this tenant applied. */
  events: Scalars['Int']['output'];
  /** Events on the topic (every tenant) not yet read by the read models' consumer. */
  lag: Scalars['Int']['output'];
  /** The newest event of this tenant applied from the topic. */
  lastEventAt: Maybe<Scalars['DateTime']['output']>;
  topic: Scalars['String']['output'];
};

export type AnalyticsValueBucket = {
  __typename?: 'AnalyticsValueBucket';
  customers: Scalars['Int']['output'];
  /** Inclusive. */
  from: Scalars['Decimal']['output'];
  /** Exclusive, but the last bucket includes it. */
  to: Scalars['Decimal']['output'];
};

/** A campaign of the marketing subgraph. */
export type Campaign = {
  __typename?: 'Campaign';
  id: Scalars['UUID']['output'];
};

export type ChurnRateReport = {
  __typename?: 'ChurnRateReport';
  activeAtStart: Scalars['Int']['output'];
  churned: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  inactivityDays: Scalars['Int']['output'];
  /** churned / activeAtStart (0–1); null when nobody was active. */
  rate: Maybe<Scalars['Float']['output']>;
  series: Array<AnalyticsChurnPoint>;
  to: Scalars['Date']['output'];
};

/** A customer of the customer subgraph; this subgraph adds its figures. */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['UUID']['output'];
  /** Revenue, CLV, churn risk, RFM and satisfaction of the customer, in `currency` or its main currency. */
  metrics: CustomerMetricsReport;
};


/** A customer of the customer subgraph; this subgraph adds its figures. */
export type CustomerMetricsArgs = {
  currency?: InputMaybe<Scalars['Currency']['input']>;
};

export type CustomerAnalysisReport = {
  __typename?: 'CustomerAnalysisReport';
  /** Ten equal-width buckets of lifetime value from 0 to the highest. */
  clvDistribution: Array<AnalyticsValueBucket>;
  /** One per month in which customers made their first order, oldest first. */
  cohorts: Array<AnalyticsCohort>;
  currency: Scalars['Currency']['output'];
  /** Customers with at least one order in the currency. */
  customerCount: Scalars['Int']['output'];
  rfmSegments: Array<AnalyticsRfmSegmentSize>;
  /** Highest lifetime value first. */
  topCustomers: Array<AnalyticsCustomerValue>;
};

export type CustomerMetricsReport = {
  __typename?: 'CustomerMetricsReport';
  /** lifetimeValue / orderCount; null without orders. */
  averageOrderValue: Maybe<Scalars['Decimal']['output']>;
  churnRisk: AnalyticsChurnRisk;
  /** Percent of the customer's survey answers with CSAT 4 or 5; null without answers. */
  csat: Maybe<Scalars['Float']['output']>;
  /** Null when the customer has no order. */
  currency: Maybe<Scalars['Currency']['output']>;
  firstOrderAt: Maybe<Scalars['DateTime']['output']>;
  lastOrderAt: Maybe<Scalars['DateTime']['output']>;
  /** The NPS answer (0–10) of the customer's latest survey. */
  latestNps: Maybe<Scalars['Int']['output']>;
  /** Revenue to date: Σ totals of orders not cancelled. */
  lifetimeValue: Scalars['Decimal']['output'];
  orderCount: Scalars['Int']['output'];
  /** averageOrderValue × orders per year × expected lifespan × margin; null without orders. */
  predictedClv: Maybe<Scalars['Decimal']['output']>;
  /** How predictedClv was computed, with the figures used. */
  predictedClvRule: Scalars['String']['output'];
  /** Null without orders. */
  rfm: Maybe<AnalyticsRfm>;
};

export type DateTimeFilter = {
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

export type FunnelReport = {
  __typename?: 'FunnelReport';
  byCampaign: Array<AnalyticsCampaignFunnel>;
  bySource: Array<AnalyticsFunnel>;
  currency: Scalars['Currency']['output'];
};

export type IdFilter = {
  eq?: InputMaybe<Scalars['UUID']['input']>;
  in?: InputMaybe<Array<Scalars['UUID']['input']>>;
};

export type MarketReport = {
  __typename?: 'MarketReport';
  byIndustry: Array<AnalyticsShare>;
  byRegion: Array<AnalyticsShare>;
  bySegment: Array<AnalyticsShare>;
  /** Competitors named on opportunities closed in the period. */
  competitors: Array<AnalyticsCompetitor>;
  currency: Scalars['Currency']['output'];
  /** Segments with a configured market size: revenue of the 12 months before the period's end over the size. */
  marketShare: Array<AnalyticsMarketShare>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes the inactivity window (days) and the margin applied to predicted CLV; fields left out stay. */
  configureAnalytics: AnalyticsSettings;
  /**
   * Empties every read model (of every tenant: they are one projection) and replays every topic from the
   * start with a new consumer group; figures are complete again once analyticsStatus shows no lag.
   * Settings and market sizes stay. Only the platform's operators may (role `operator`); every tenant's audit
   * trail records it, and analyticsStatus shows the new generation.
   */
  rebuildAnalytics: AnalyticsRebuild;
  /** Sets the yearly size of a market segment in a currency (for market share); a null amount removes it. */
  setAnalyticsMarketSize: AnalyticsSettings;
};


export type MutationConfigureAnalyticsArgs = {
  input: AnalyticsSettingsInput;
};


export type MutationSetAnalyticsMarketSizeArgs = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  currency: Scalars['Currency']['input'];
  segment: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * Reports built from the events of every service (read models, see docs/architecture.md §9 for each definition). Money
 * figures are in one currency: the one asked for, or the tenant's currency with the most orders.
 */
export type Query = {
  __typename?: 'Query';
  /** The tenant's analytics settings and configured market sizes. */
  analyticsSettings: AnalyticsSettings;
  /** The read models' freshness: per topic the newest event applied for this tenant and the consumer lag. */
  analyticsStatus: AnalyticsStatus;
  /** Every campaign of the tenant with members, responses, leads, won revenue and ROI, newest first. */
  campaignPerformanceReport: Array<AnalyticsCampaignPerformance>;
  /**
   * Churn rate of the period: customers active at its start (an order within the inactivity window before
   * it, not marked churned) who are inactive at its end, over those active at its start; with the same
   * figure per sub-period (granularity).
   */
  churnRate: ChurnRateReport;
  /** Customer base: RFM segment sizes, monthly cohorts with retention, CLV distribution, top customers. */
  customerAnalysis: CustomerAnalysisReport;
  /** Customers with the highest churn risk (score at least minScore), highest first. */
  customersAtRisk: Array<AnalyticsCustomerRisk>;
  /** Leads created in the period → opportunities → won deals, per lead source and per campaign. */
  funnelReport: FunnelReport;
  /** Revenue share by industry, segment and region; competitors; market share where a market size is set. */
  marketReport: MarketReport;
  /**
   * Statistical forecast of monthly revenue (Holt's linear trend, or Holt–Winters with yearly seasonality
   * from 24 months of history), with 80 % and 95 % intervals and a backtest MAPE, beside the weighted open
   * pipeline of each forecast month.
   */
  revenueForecast: RevenueForecastReport;
  /** Revenue, order count and average order value of the period, per sub-period and broken down by a dimension. */
  salesReport: SalesReport;
  /** CSAT, NPS and service levels of the period, per sub-period, per agent and per ticket type. */
  satisfactionReport: SatisfactionReport;
};


/**
 * Reports built from the events of every service (read models, see docs/architecture.md §9 for each definition). Money
 * figures are in one currency: the one asked for, or the tenant's currency with the most orders.
 */
export type QueryChurnRateArgs = {
  granularity?: InputMaybe<AnalyticsGranularity>;
  period: AnalyticsPeriod;
};


/**
 * Reports built from the events of every service (read models, see docs/architecture.md §9 for each definition). Money
 * figures are in one currency: the one asked for, or the tenant's currency with the most orders.
 */
export type QueryCustomerAnalysisArgs = {
  currency?: InputMaybe<Scalars['Currency']['input']>;
  top?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reports built from the events of every service (read models, see docs/architecture.md §9 for each definition). Money
 * figures are in one currency: the one asked for, or the tenant's currency with the most orders.
 */
export type QueryCustomersAtRiskArgs = {
  currency?: InputMaybe<Scalars['Currency']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reports built from the events of every service (read models, see docs/architecture.md §9 for each definition). Money
 * figures are in one currency: the one asked for, or the tenant's currency with the most orders.
 */
export type QueryFunnelReportArgs = {
  currency?: InputMaybe<Scalars['Currency']['input']>;
  period: AnalyticsPeriod;
};


/**
 * Reports built from the events of every service (read models, see docs/architecture.md §9 for each definition). Money
 * figures are in one currency: the one asked for, or the tenant's currency with the most orders.
 */
export type QueryMarketReportArgs = {
  currency?: InputMaybe<Scalars['Currency']['input']>;
  period: AnalyticsPeriod;
};


/**
 * Reports built from the events of every service (read models, see docs/architecture.md §9 for each definition). Money
 * figures are in one currency: the one asked for, or the tenant's currency with the most orders.
 */
export type QueryRevenueForecastArgs = {
  currency?: InputMaybe<Scalars['Currency']['input']>;
  horizonMonths?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reports built from the events of every service (read models, see docs/architecture.md §9 for each definition). Money
 * figures are in one currency: the one asked for, or the tenant's currency with the most orders.
 */
export type QuerySalesReportArgs = {
  currency?: InputMaybe<Scalars['Currency']['input']>;
  granularity?: InputMaybe<AnalyticsGranularity>;
  period: AnalyticsPeriod;
};


/**
 * Reports built from the events of every service (read models, see docs/architecture.md §9 for each definition). Money
 * figures are in one currency: the one asked for, or the tenant's currency with the most orders.
 */
export type QuerySatisfactionReportArgs = {
  granularity?: InputMaybe<AnalyticsGranularity>;
  period: AnalyticsPeriod;
};

export type RevenueForecastReport = {
  __typename?: 'RevenueForecastReport';
  alpha: Maybe<Scalars['Float']['output']>;
  /** Mean absolute percentage error of rolling-origin one-step forecasts over the history; null when too short. */
  backtestMape: Maybe<Scalars['Float']['output']>;
  beta: Maybe<Scalars['Float']['output']>;
  currency: Scalars['Currency']['output'];
  gamma: Maybe<Scalars['Float']['output']>;
  /** Whole months of history, oldest first (the current month is not complete and not used). */
  history: Array<AnalyticsMonthRevenue>;
  method: Scalars['String']['output'];
  points: Array<AnalyticsForecastPoint>;
  /** Why this method and parameters. */
  rule: Scalars['String']['output'];
};

export type SalesReport = {
  __typename?: 'SalesReport';
  /**
   * Revenue by a dimension over the whole months the period covers (customer attributes as they are now),
   * highest first.
   */
  breakdown: Array<AnalyticsBreakdownRow>;
  currency: Scalars['Currency']['output'];
  from: Scalars['Date']['output'];
  /** (total − previous) / previous revenue; null when previous revenue is 0. */
  growth: Maybe<Scalars['Float']['output']>;
  /** The same figures for the period of equal length just before. */
  previous: AnalyticsSalesFigures;
  series: Array<AnalyticsSalesPoint>;
  to: Scalars['Date']['output'];
  total: AnalyticsSalesFigures;
};


export type SalesReportBreakdownArgs = {
  dimension: AnalyticsDimension;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SatisfactionReport = {
  __typename?: 'SatisfactionReport';
  byAgent: Array<AnalyticsSatisfactionGroup>;
  byTicketType: Array<AnalyticsSatisfactionGroup>;
  overall: AnalyticsSatisfaction;
  series: Array<AnalyticsSatisfactionPoint>;
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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AnalyticsBreakdownRow: ResolverTypeWrapper<AnalyticsBreakdownRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AnalyticsCampaignFunnel: ResolverTypeWrapper<Omit<AnalyticsCampaignFunnel, 'campaign'> & { campaign: ResolversTypes['Campaign'] }>;
  AnalyticsCampaignPerformance: ResolverTypeWrapper<Omit<AnalyticsCampaignPerformance, 'campaign'> & { campaign: ResolversTypes['Campaign'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnalyticsChurnPoint: ResolverTypeWrapper<AnalyticsChurnPoint>;
  AnalyticsChurnRisk: ResolverTypeWrapper<AnalyticsChurnRisk>;
  AnalyticsCohort: ResolverTypeWrapper<AnalyticsCohort>;
  AnalyticsCompetitor: ResolverTypeWrapper<AnalyticsCompetitor>;
  AnalyticsCustomerRisk: ResolverTypeWrapper<Omit<AnalyticsCustomerRisk, 'customer'> & { customer: ResolversTypes['Customer'] }>;
  AnalyticsCustomerValue: ResolverTypeWrapper<Omit<AnalyticsCustomerValue, 'customer'> & { customer: ResolversTypes['Customer'] }>;
  AnalyticsDimension: AnalyticsDimension;
  AnalyticsForecastPoint: ResolverTypeWrapper<AnalyticsForecastPoint>;
  AnalyticsFunnel: ResolverTypeWrapper<AnalyticsFunnel>;
  AnalyticsGranularity: AnalyticsGranularity;
  AnalyticsMarketShare: ResolverTypeWrapper<AnalyticsMarketShare>;
  AnalyticsMarketSize: ResolverTypeWrapper<AnalyticsMarketSize>;
  AnalyticsMonthRevenue: ResolverTypeWrapper<AnalyticsMonthRevenue>;
  AnalyticsPeriod: AnalyticsPeriod;
  AnalyticsRebuild: ResolverTypeWrapper<AnalyticsRebuild>;
  AnalyticsRfm: ResolverTypeWrapper<AnalyticsRfm>;
  AnalyticsRfmSegment: AnalyticsRfmSegment;
  AnalyticsRfmSegmentSize: ResolverTypeWrapper<AnalyticsRfmSegmentSize>;
  AnalyticsSalesFigures: ResolverTypeWrapper<AnalyticsSalesFigures>;
  AnalyticsSalesPoint: ResolverTypeWrapper<AnalyticsSalesPoint>;
  AnalyticsSatisfaction: ResolverTypeWrapper<AnalyticsSatisfaction>;
  AnalyticsSatisfactionGroup: ResolverTypeWrapper<AnalyticsSatisfactionGroup>;
  AnalyticsSatisfactionPoint: ResolverTypeWrapper<AnalyticsSatisfactionPoint>;
  AnalyticsServiceLevel: ResolverTypeWrapper<AnalyticsServiceLevel>;
  AnalyticsSettings: ResolverTypeWrapper<AnalyticsSettings>;
  AnalyticsSettingsInput: AnalyticsSettingsInput;
  AnalyticsShare: ResolverTypeWrapper<AnalyticsShare>;
  AnalyticsStatus: ResolverTypeWrapper<AnalyticsStatus>;
  AnalyticsTopicStatus: ResolverTypeWrapper<AnalyticsTopicStatus>;
  AnalyticsValueBucket: ResolverTypeWrapper<AnalyticsValueBucket>;
  Campaign: ResolverTypeWrapper<CampaignReference>;
  ChurnRateReport: ResolverTypeWrapper<ChurnRateReport>;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Customer: ResolverTypeWrapper<CustomerReference>;
  CustomerAnalysisReport: ResolverTypeWrapper<Omit<CustomerAnalysisReport, 'topCustomers'> & { topCustomers: Array<ResolversTypes['AnalyticsCustomerValue']> }>;
  CustomerMetricsReport: ResolverTypeWrapper<CustomerMetricsReport>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  FunnelReport: ResolverTypeWrapper<Omit<FunnelReport, 'byCampaign'> & { byCampaign: Array<ResolversTypes['AnalyticsCampaignFunnel']> }>;
  IdFilter: IdFilter;
  MarketReport: ResolverTypeWrapper<MarketReport>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RevenueForecastReport: ResolverTypeWrapper<RevenueForecastReport>;
  SalesReport: ResolverTypeWrapper<SalesReportModel>;
  SatisfactionReport: ResolverTypeWrapper<SatisfactionReport>;
  SortDirection: SortDirection;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnalyticsBreakdownRow: AnalyticsBreakdownRow;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  AnalyticsCampaignFunnel: Omit<AnalyticsCampaignFunnel, 'campaign'> & { campaign: ResolversParentTypes['Campaign'] };
  AnalyticsCampaignPerformance: Omit<AnalyticsCampaignPerformance, 'campaign'> & { campaign: ResolversParentTypes['Campaign'] };
  Int: Scalars['Int']['output'];
  AnalyticsChurnPoint: AnalyticsChurnPoint;
  AnalyticsChurnRisk: AnalyticsChurnRisk;
  AnalyticsCohort: AnalyticsCohort;
  AnalyticsCompetitor: AnalyticsCompetitor;
  AnalyticsCustomerRisk: Omit<AnalyticsCustomerRisk, 'customer'> & { customer: ResolversParentTypes['Customer'] };
  AnalyticsCustomerValue: Omit<AnalyticsCustomerValue, 'customer'> & { customer: ResolversParentTypes['Customer'] };
  AnalyticsForecastPoint: AnalyticsForecastPoint;
  AnalyticsFunnel: AnalyticsFunnel;
  AnalyticsMarketShare: AnalyticsMarketShare;
  AnalyticsMarketSize: AnalyticsMarketSize;
  AnalyticsMonthRevenue: AnalyticsMonthRevenue;
  AnalyticsPeriod: AnalyticsPeriod;
  AnalyticsRebuild: AnalyticsRebuild;
  AnalyticsRfm: AnalyticsRfm;
  AnalyticsRfmSegmentSize: AnalyticsRfmSegmentSize;
  AnalyticsSalesFigures: AnalyticsSalesFigures;
  AnalyticsSalesPoint: AnalyticsSalesPoint;
  AnalyticsSatisfaction: AnalyticsSatisfaction;
  AnalyticsSatisfactionGroup: AnalyticsSatisfactionGroup;
  AnalyticsSatisfactionPoint: AnalyticsSatisfactionPoint;
  AnalyticsServiceLevel: AnalyticsServiceLevel;
  AnalyticsSettings: AnalyticsSettings;
  AnalyticsSettingsInput: AnalyticsSettingsInput;
  AnalyticsShare: AnalyticsShare;
  AnalyticsStatus: AnalyticsStatus;
  AnalyticsTopicStatus: AnalyticsTopicStatus;
  AnalyticsValueBucket: AnalyticsValueBucket;
  Campaign: CampaignReference;
  ChurnRateReport: ChurnRateReport;
  CountryCode: Scalars['CountryCode']['output'];
  Currency: Scalars['Currency']['output'];
  Customer: CustomerReference;
  CustomerAnalysisReport: Omit<CustomerAnalysisReport, 'topCustomers'> & { topCustomers: Array<ResolversParentTypes['AnalyticsCustomerValue']> };
  CustomerMetricsReport: CustomerMetricsReport;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  Decimal: Scalars['Decimal']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  FunnelReport: Omit<FunnelReport, 'byCampaign'> & { byCampaign: Array<ResolversParentTypes['AnalyticsCampaignFunnel']> };
  IdFilter: IdFilter;
  MarketReport: MarketReport;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  RevenueForecastReport: RevenueForecastReport;
  SalesReport: SalesReportModel;
  SatisfactionReport: SatisfactionReport;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  UUID: Scalars['UUID']['output'];
};

export type PersonalDirectiveArgs = { };

export type PersonalDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnalyticsBreakdownRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsBreakdownRow'] = ResolversParentTypes['AnalyticsBreakdownRow']> = {
  figures?: Resolver<ResolversTypes['AnalyticsSalesFigures'], ParentType, ContextType>;
  growth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AnalyticsCampaignFunnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsCampaignFunnel'] = ResolversParentTypes['AnalyticsCampaignFunnel']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  funnel?: Resolver<ResolversTypes['AnalyticsFunnel'], ParentType, ContextType>;
};

export type AnalyticsCampaignPerformanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsCampaignPerformance'] = ResolversParentTypes['AnalyticsCampaignPerformance']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  clickRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  emailsBounced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emailsClicked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emailsOpened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emailsSent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  opportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responseRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unsubscribed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wonRevenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type AnalyticsChurnPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsChurnPoint'] = ResolversParentTypes['AnalyticsChurnPoint']> = {
  activeAtStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  churned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AnalyticsChurnRiskResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsChurnRisk'] = ResolversParentTypes['AnalyticsChurnRisk']> = {
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalyticsCohortResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsCohort'] = ResolversParentTypes['AnalyticsCohort']> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  retention?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AnalyticsCompetitorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsCompetitor'] = ResolversParentTypes['AnalyticsCompetitor']> = {
  competitor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lostAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  winRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalyticsCustomerRiskResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsCustomerRisk'] = ResolversParentTypes['AnalyticsCustomerRisk']> = {
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  lastOrderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lifetimeValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalyticsCustomerValueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsCustomerValue'] = ResolversParentTypes['AnalyticsCustomerValue']> = {
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  lastOrderAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lifetimeValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalyticsForecastPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsForecastPoint'] = ResolversParentTypes['AnalyticsForecastPoint']> = {
  lower80?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lower95?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  upper80?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  upper95?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  weightedPipeline?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type AnalyticsFunnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsFunnel'] = ResolversParentTypes['AnalyticsFunnel']> = {
  acceptedQuotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  convertedLeads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leadConversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opportunityAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  quotedOpportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  winRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wonAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type AnalyticsMarketShareResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsMarketShare'] = ResolversParentTypes['AnalyticsMarketShare']> = {
  marketSize?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AnalyticsMarketSizeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsMarketSize'] = ResolversParentTypes['AnalyticsMarketSize']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnalyticsMonthRevenueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsMonthRevenue'] = ResolversParentTypes['AnalyticsMonthRevenue']> = {
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type AnalyticsRebuildResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsRebuild'] = ResolversParentTypes['AnalyticsRebuild']> = {
  generation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AnalyticsRfmResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsRfm'] = ResolversParentTypes['AnalyticsRfm']> = {
  frequency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monetary?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['AnalyticsRfmSegment'], ParentType, ContextType>;
};

export type AnalyticsRfmSegmentSizeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsRfmSegmentSize'] = ResolversParentTypes['AnalyticsRfmSegmentSize']> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['AnalyticsRfmSegment'], ParentType, ContextType>;
};

export type AnalyticsSalesFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsSalesFigures'] = ResolversParentTypes['AnalyticsSalesFigures']> = {
  averageOrderValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type AnalyticsSalesPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsSalesPoint'] = ResolversParentTypes['AnalyticsSalesPoint']> = {
  figures?: Resolver<ResolversTypes['AnalyticsSalesFigures'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  growth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AnalyticsSatisfactionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsSatisfaction'] = ResolversParentTypes['AnalyticsSatisfaction']> = {
  answers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  csat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  detractors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  passives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promoters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['AnalyticsServiceLevel'], ParentType, ContextType>;
};

export type AnalyticsSatisfactionGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsSatisfactionGroup'] = ResolversParentTypes['AnalyticsSatisfactionGroup']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['AnalyticsSatisfaction'], ParentType, ContextType>;
};

export type AnalyticsSatisfactionPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsSatisfactionPoint'] = ResolversParentTypes['AnalyticsSatisfactionPoint']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['AnalyticsSatisfaction'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AnalyticsServiceLevelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsServiceLevel'] = ResolversParentTypes['AnalyticsServiceLevel']> = {
  averageFirstResponseHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageResolutionHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  breached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstResponseWithinSla?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolutionWithinSla?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnalyticsSettingsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsSettings'] = ResolversParentTypes['AnalyticsSettings']> = {
  inactivityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  margin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  marketSizes?: Resolver<Array<ResolversTypes['AnalyticsMarketSize']>, ParentType, ContextType>;
};

export type AnalyticsShareResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsShare'] = ResolversParentTypes['AnalyticsShare']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AnalyticsStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsStatus'] = ResolversParentTypes['AnalyticsStatus']> = {
  generation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  generationStartedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['AnalyticsTopicStatus']>, ParentType, ContextType>;
};

export type AnalyticsTopicStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsTopicStatus'] = ResolversParentTypes['AnalyticsTopicStatus']> = {
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lag?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastEventAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnalyticsValueBucketResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnalyticsValueBucket'] = ResolversParentTypes['AnalyticsValueBucket']> = {
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type CampaignResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign']> = {
  id?: Resolver<ResolversTypes['UUID'], ParentType, ContextType>;
};

export type ChurnRateReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChurnRateReport'] = ResolversParentTypes['ChurnRateReport']> = {
  activeAtStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  churned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inactivityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['AnalyticsChurnPoint']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
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
  metrics?: Resolver<ResolversTypes['CustomerMetricsReport'], ParentType, ContextType, Partial<CustomerMetricsArgs>>;
};

export type CustomerAnalysisReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerAnalysisReport'] = ResolversParentTypes['CustomerAnalysisReport']> = {
  clvDistribution?: Resolver<Array<ResolversTypes['AnalyticsValueBucket']>, ParentType, ContextType>;
  cohorts?: Resolver<Array<ResolversTypes['AnalyticsCohort']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  customerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rfmSegments?: Resolver<Array<ResolversTypes['AnalyticsRfmSegmentSize']>, ParentType, ContextType>;
  topCustomers?: Resolver<Array<ResolversTypes['AnalyticsCustomerValue']>, ParentType, ContextType>;
};

export type CustomerMetricsReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CustomerMetricsReport'] = ResolversParentTypes['CustomerMetricsReport']> = {
  averageOrderValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  churnRisk?: Resolver<ResolversTypes['AnalyticsChurnRisk'], ParentType, ContextType>;
  csat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  firstOrderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastOrderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  latestNps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lifetimeValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  predictedClv?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  predictedClvRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rfm?: Resolver<Maybe<ResolversTypes['AnalyticsRfm']>, ParentType, ContextType>;
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

export type FunnelReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FunnelReport'] = ResolversParentTypes['FunnelReport']> = {
  byCampaign?: Resolver<Array<ResolversTypes['AnalyticsCampaignFunnel']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['AnalyticsFunnel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type MarketReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MarketReport'] = ResolversParentTypes['MarketReport']> = {
  byIndustry?: Resolver<Array<ResolversTypes['AnalyticsShare']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['AnalyticsShare']>, ParentType, ContextType>;
  bySegment?: Resolver<Array<ResolversTypes['AnalyticsShare']>, ParentType, ContextType>;
  competitors?: Resolver<Array<ResolversTypes['AnalyticsCompetitor']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  marketShare?: Resolver<Array<ResolversTypes['AnalyticsMarketShare']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  configureAnalytics?: Resolver<ResolversTypes['AnalyticsSettings'], ParentType, ContextType, RequireFields<MutationConfigureAnalyticsArgs, 'input'>>;
  rebuildAnalytics?: Resolver<ResolversTypes['AnalyticsRebuild'], ParentType, ContextType>;
  setAnalyticsMarketSize?: Resolver<ResolversTypes['AnalyticsSettings'], ParentType, ContextType, RequireFields<MutationSetAnalyticsMarketSizeArgs, 'currency' | 'segment'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  analyticsSettings?: Resolver<ResolversTypes['AnalyticsSettings'], ParentType, ContextType>;
  analyticsStatus?: Resolver<ResolversTypes['AnalyticsStatus'], ParentType, ContextType>;
  campaignPerformanceReport?: Resolver<Array<ResolversTypes['AnalyticsCampaignPerformance']>, ParentType, ContextType>;
  churnRate?: Resolver<ResolversTypes['ChurnRateReport'], ParentType, ContextType, RequireFields<QueryChurnRateArgs, 'granularity' | 'period'>>;
  customerAnalysis?: Resolver<ResolversTypes['CustomerAnalysisReport'], ParentType, ContextType, RequireFields<QueryCustomerAnalysisArgs, 'top'>>;
  customersAtRisk?: Resolver<Array<ResolversTypes['AnalyticsCustomerRisk']>, ParentType, ContextType, RequireFields<QueryCustomersAtRiskArgs, 'first' | 'minScore'>>;
  funnelReport?: Resolver<ResolversTypes['FunnelReport'], ParentType, ContextType, RequireFields<QueryFunnelReportArgs, 'period'>>;
  marketReport?: Resolver<ResolversTypes['MarketReport'], ParentType, ContextType, RequireFields<QueryMarketReportArgs, 'period'>>;
  revenueForecast?: Resolver<ResolversTypes['RevenueForecastReport'], ParentType, ContextType, RequireFields<QueryRevenueForecastArgs, 'horizonMonths'>>;
  salesReport?: Resolver<ResolversTypes['SalesReport'], ParentType, ContextType, RequireFields<QuerySalesReportArgs, 'granularity' | 'period'>>;
  satisfactionReport?: Resolver<ResolversTypes['SatisfactionReport'], ParentType, ContextType, RequireFields<QuerySatisfactionReportArgs, 'granularity' | 'period'>>;
};

export type RevenueForecastReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevenueForecastReport'] = ResolversParentTypes['RevenueForecastReport']> = {
  alpha?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  backtestMape?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  beta?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  gamma?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AnalyticsMonthRevenue']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['AnalyticsForecastPoint']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SalesReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SalesReport'] = ResolversParentTypes['SalesReport']> = {
  breakdown?: Resolver<Array<ResolversTypes['AnalyticsBreakdownRow']>, ParentType, ContextType, RequireFields<SalesReportBreakdownArgs, 'dimension' | 'first'>>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  growth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['AnalyticsSalesFigures'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['AnalyticsSalesPoint']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['AnalyticsSalesFigures'], ParentType, ContextType>;
};

export type SatisfactionReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SatisfactionReport'] = ResolversParentTypes['SatisfactionReport']> = {
  byAgent?: Resolver<Array<ResolversTypes['AnalyticsSatisfactionGroup']>, ParentType, ContextType>;
  byTicketType?: Resolver<Array<ResolversTypes['AnalyticsSatisfactionGroup']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['AnalyticsSatisfaction'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['AnalyticsSatisfactionPoint']>, ParentType, ContextType>;
};

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type Resolvers<ContextType = RequestContext> = {
  AnalyticsBreakdownRow?: AnalyticsBreakdownRowResolvers<ContextType>;
  AnalyticsCampaignFunnel?: AnalyticsCampaignFunnelResolvers<ContextType>;
  AnalyticsCampaignPerformance?: AnalyticsCampaignPerformanceResolvers<ContextType>;
  AnalyticsChurnPoint?: AnalyticsChurnPointResolvers<ContextType>;
  AnalyticsChurnRisk?: AnalyticsChurnRiskResolvers<ContextType>;
  AnalyticsCohort?: AnalyticsCohortResolvers<ContextType>;
  AnalyticsCompetitor?: AnalyticsCompetitorResolvers<ContextType>;
  AnalyticsCustomerRisk?: AnalyticsCustomerRiskResolvers<ContextType>;
  AnalyticsCustomerValue?: AnalyticsCustomerValueResolvers<ContextType>;
  AnalyticsForecastPoint?: AnalyticsForecastPointResolvers<ContextType>;
  AnalyticsFunnel?: AnalyticsFunnelResolvers<ContextType>;
  AnalyticsMarketShare?: AnalyticsMarketShareResolvers<ContextType>;
  AnalyticsMarketSize?: AnalyticsMarketSizeResolvers<ContextType>;
  AnalyticsMonthRevenue?: AnalyticsMonthRevenueResolvers<ContextType>;
  AnalyticsRebuild?: AnalyticsRebuildResolvers<ContextType>;
  AnalyticsRfm?: AnalyticsRfmResolvers<ContextType>;
  AnalyticsRfmSegmentSize?: AnalyticsRfmSegmentSizeResolvers<ContextType>;
  AnalyticsSalesFigures?: AnalyticsSalesFiguresResolvers<ContextType>;
  AnalyticsSalesPoint?: AnalyticsSalesPointResolvers<ContextType>;
  AnalyticsSatisfaction?: AnalyticsSatisfactionResolvers<ContextType>;
  AnalyticsSatisfactionGroup?: AnalyticsSatisfactionGroupResolvers<ContextType>;
  AnalyticsSatisfactionPoint?: AnalyticsSatisfactionPointResolvers<ContextType>;
  AnalyticsServiceLevel?: AnalyticsServiceLevelResolvers<ContextType>;
  AnalyticsSettings?: AnalyticsSettingsResolvers<ContextType>;
  AnalyticsShare?: AnalyticsShareResolvers<ContextType>;
  AnalyticsStatus?: AnalyticsStatusResolvers<ContextType>;
  AnalyticsTopicStatus?: AnalyticsTopicStatusResolvers<ContextType>;
  AnalyticsValueBucket?: AnalyticsValueBucketResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  ChurnRateReport?: ChurnRateReportResolvers<ContextType>;
  CountryCode?: GraphQLScalarType;
  Currency?: GraphQLScalarType;
  Customer?: CustomerResolvers<ContextType>;
  CustomerAnalysisReport?: CustomerAnalysisReportResolvers<ContextType>;
  CustomerMetricsReport?: CustomerMetricsReportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  FunnelReport?: FunnelReportResolvers<ContextType>;
  MarketReport?: MarketReportResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RevenueForecastReport?: RevenueForecastReportResolvers<ContextType>;
  SalesReport?: SalesReportResolvers<ContextType>;
  SatisfactionReport?: SatisfactionReportResolvers<ContextType>;
  UUID?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
};
