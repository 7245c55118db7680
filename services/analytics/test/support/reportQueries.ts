import { waitFor } from '@crm/testkit';
import type { HistoryEvent } from './eventHistory';
import { dataOf, tokenFor, type AnalyticsTestService } from './analyticsTestService';
import { DAY, utcDay } from './fixture';

/** The report queries the tests compare, with every field. */

export const metricsQuery = `query Metrics($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Customer {
      id
      metrics {
        currency lifetimeValue orderCount averageOrderValue firstOrderAt lastOrderAt predictedClv predictedClvRule
        churnRisk { score reasons } rfm { recency frequency monetary segment } csat latestNps
      }
    }
  }
}`;

const satisfactionFields = `answers csat nps promoters passives detractors
  serviceLevel { tickets responded averageFirstResponseHours firstResponseWithinSla resolved averageResolutionHours resolutionWithinSla breached }`;

export const reportsQuery = `query Reports($period: AnalyticsPeriod!, $recent: AnalyticsPeriod!, $year: AnalyticsPeriod!, $aroundMark: AnalyticsPeriod!) {
  customerAnalysis(top: 3) {
    currency customerCount rfmSegments { segment customers revenue }
    cohorts { month customers retention } clvDistribution { from to customers }
    topCustomers { customer { id } lifetimeValue orderCount lastOrderAt }
  }
  churnRate(period: $period, granularity: QUARTER) {
    from to inactivityDays activeAtStart churned rate series { from to activeAtStart churned rate }
  }
  churnAroundMark: churnRate(period: $aroundMark, granularity: DAY) {
    from to activeAtStart churned rate series { from to activeAtStart churned rate }
  }
  customersAtRisk(minScore: 50) { customer { id } score reasons lifetimeValue lastOrderAt }
  satisfactionReport(period: $recent, granularity: MONTH) {
    overall { ${satisfactionFields} }
    series { from to satisfaction { ${satisfactionFields} } }
    byAgent { key satisfaction { ${satisfactionFields} } }
    byTicketType { key satisfaction { ${satisfactionFields} } }
  }
  salesReport(period: $year, granularity: MONTH) {
    currency from to growth
    total { revenue orderCount averageOrderValue }
    previous { revenue orderCount averageOrderValue }
    series { from to growth figures { revenue orderCount averageOrderValue } }
    industry: breakdown(dimension: INDUSTRY) { key label share growth figures { revenue orderCount averageOrderValue } }
    segment: breakdown(dimension: SEGMENT) { key label share figures { revenue orderCount } }
    product: breakdown(dimension: PRODUCT) { key label share figures { revenue orderCount } }
    owner: breakdown(dimension: OWNER) { key figures { revenue orderCount } }
    region: breakdown(dimension: REGION) { key figures { revenue orderCount } }
  }
  revenueForecast(horizonMonths: 3) {
    currency history { month revenue } method rule backtestMape
    points { month mean lower80 upper80 lower95 upper95 weightedPipeline }
  }
  funnelReport(period: $recent) {
    currency
    bySource { key leads convertedLeads opportunities opportunityAmount quotedOpportunities acceptedQuotes won lost wonAmount leadConversionRate winRate }
    byCampaign { campaign { id } funnel { key leads convertedLeads opportunities won lost wonAmount winRate } }
  }
  marketReport(period: $year) {
    currency
    byIndustry { key revenue share } bySegment { key revenue share } byRegion { key revenue share }
    competitors { competitor won lost winRate lostAmount }
    marketShare { segment marketSize revenue share }
  }
  campaignPerformanceReport {
    campaign { id } name status currency members responses responseRate emailsSent emailsOpened emailsClicked emailsBounced unsubscribed openRate clickRate leads opportunities wonRevenue cost roi
  }
}`;

/** The periods the reports are asked for, relative to `now`. */
export function reportVariables(now: number) {
  const today = utcDay(now);
  return {
    period: { from: utcDay(now - 300 * DAY), to: today },
    recent: { from: utcDay(now - 90 * DAY), to: today },
    year: { from: utcDay(now - 365 * DAY), to: today },
    // Days around the fixture's churn mark (B, 100.3 days ago, while its orders keep it active 30 more).
    aroundMark: { from: utcDay(now - 105 * DAY), to: utcDay(now - 65 * DAY) },
  };
}

/** Waits until the read models applied every event of the list (the consumer's inbox). */
export async function waitUntilApplied(app: Pick<AnalyticsTestService, 'sql'>, events: HistoryEvent[]) {
  await waitFor(
    async () =>
      (
        await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)', [
          events.map((e) => e.id),
        ])
      )[0]!.n,
    { until: (n) => n === events.length, timeoutMs: 90_000, what: `${events.length} events applied` },
  );
}

export async function fetchReports(
  app: AnalyticsTestService,
  tenantId: string,
  variables: ReturnType<typeof reportVariables>,
) {
  return dataOf(await app.request(reportsQuery, { ...variables }, tokenFor(tenantId, 'analyst')));
}

export async function fetchMetrics(app: AnalyticsTestService, tenantId: string, customerIds: string[]) {
  const response = await app.request(
    metricsQuery,
    { reps: customerIds.map((id) => ({ __typename: 'Customer', id })) },
    tokenFor(tenantId, 'analyst'),
  );
  return dataOf(response)._entities as { id: string; metrics: Record<string, any> }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Metrics without the predicted CLV's last digits, which move with the clock between two calls. */
export async function fetchStableMetrics(app: AnalyticsTestService, tenantId: string, customerIds: string[]) {
  return (await fetchMetrics(app, tenantId, customerIds)).map(
    ({ id, metrics: { predictedClv, predictedClvRule: _rule, ...rest } }) => ({
      id,
      predictedClv: predictedClv == null ? null : Math.round(Number(predictedClv)),
      ...rest,
    }),
  );
}
