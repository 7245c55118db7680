import { campaignPerformance } from './campaign/campaignPerformance.queries';
import { churnRateReport } from './customer/churn.queries';
import { customerAnalysis, customersAtRisk } from './customer/customerAnalysis.queries';
import { customerMetricsLoader } from './customer/customerMetrics.queries';
import type { Resolvers } from './generated/graphql';
import { revenueForecast } from './order/revenueForecast.queries';
import { salesBreakdown, salesReport } from './order/salesReport.queries';
import { funnelReport } from './pipeline/funnel.queries';
import { marketReport } from './pipeline/market.queries';
import { analyticsStatus, rebuildAnalytics } from './readModel/analyticsStatus.queries';
import { satisfactionReport } from './satisfaction/satisfaction.queries';
import { configureAnalytics, setMarketSize, settingsView } from './settings/analyticsSettings';

export const resolvers: Resolvers = {
  Query: {
    customerAnalysis: (_, { currency, top }, context) => customerAnalysis(context, currency, top ?? 10),
    churnRate: (_, { period, granularity }, context) =>
      churnRateReport(context, period, granularity ?? 'MONTH'),
    customersAtRisk: (_, { minScore, first, currency }, context) =>
      customersAtRisk(context, minScore ?? 50, first ?? 20, currency),
    satisfactionReport: (_, { period, granularity }, context) =>
      satisfactionReport(context, period, granularity ?? 'MONTH'),
    salesReport: (_, { period, granularity, currency }, context) =>
      salesReport(context, period, granularity ?? 'MONTH', currency),
    revenueForecast: (_, { horizonMonths, currency }, context) =>
      revenueForecast(context, horizonMonths ?? 6, currency),
    funnelReport: (_, { period, currency }, context) => funnelReport(context, period, currency),
    marketReport: (_, { period, currency }, context) => marketReport(context, period, currency),
    campaignPerformanceReport: (_, __, context) => campaignPerformance(context),
    analyticsStatus: (_, __, context) => analyticsStatus(context),
    analyticsSettings: (_, __, context) => settingsView(context),
  },
  Mutation: {
    rebuildAnalytics: (_, __, context) => rebuildAnalytics(context),
    configureAnalytics: (_, { input }, context) => configureAnalytics(context, input),
    setAnalyticsMarketSize: (_, { segment, currency, amount }, context) =>
      setMarketSize(context, segment, currency, amount),
  },
  Customer: {
    // The customer subgraph owns the customer; its figures here are the caller tenant's (zero when unknown).
    __resolveReference: (reference) => ({ id: reference.id }),
    metrics: (customer, { currency }, context) =>
      customerMetricsLoader(context).load(`${customer.id}|${currency ?? ''}`),
  },
  SalesReport: {
    breakdown: (report, { dimension, first }, context) =>
      salesBreakdown(context, report, dimension, first ?? 20),
  },
};
