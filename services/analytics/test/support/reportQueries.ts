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

export const reportsQuery = `query Reports($period: AnalyticsPeriod!, $recent: AnalyticsPeriod!, $year: AnalyticsPeriod!) {
  customerAnalysis(top: 3) {
    currency customerCount rfmSegments { segment customers revenue }
    cohorts { month customers retention } clvDistribution { from to customers }
    topCustomers { customer { id } lifetimeValue orderCount lastOrderAt }
  }
  churnRate(period: $period, granularity: QUARTER) {
    from to inactivityDays activeAtStart churned rate series { from to activeAtStart churned rate }
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
    bySource { key leads convertedLeads opportunities opportunityAmount won lost wonAmount leadConversionRate winRate }
    byCampaign { campaign { id } funnel { key leads convertedLeads opportunities won lost wonAmount winRate } }
  }
  marketReport(period: $year) {
    currency
    byIndustry { key revenue share } bySegment { key revenue share } byRegion { key revenue share }
    competitors { competitor won lost winRate lostAmount }
    marketShare { segment marketSize revenue share }
  }
  campaignPerformanceReport {
    campaign { id } name status currency members responses responseRate leads opportunities wonRevenue cost roi
  }
}`;
