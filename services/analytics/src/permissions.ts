import { everyRole, type Permissions, type Role } from '@crm/platform';

/** Every report: analysts, admins and sales managers (docs/architecture.md §7); others as their work needs. */
const analysts: Role[] = ['admin', 'sales_manager', 'analyst'];

/** docs/architecture.md §7's allow-list for this subgraph: every root field and entity lookup, by role. */
export const permissions: Permissions = {
  'Query.customerAnalysis': [...analysts, 'marketer'],
  'Query.churnRate': [...analysts, 'marketer'],
  'Query.customersAtRisk': [...analysts, 'sales_rep', 'support_agent', 'marketer'],
  'Query.satisfactionReport': [...analysts, 'support_agent'],
  'Query.salesReport': analysts,
  'Query.revenueForecast': analysts,
  'Query.funnelReport': [...analysts, 'marketer'],
  'Query.marketReport': [...analysts, 'marketer'],
  'Query.campaignPerformanceReport': [...analysts, 'marketer'],
  'Query.analyticsStatus': ['admin', 'analyst'],
  'Query.analyticsSettings': analysts,
  'Mutation.rebuildAnalytics': ['admin'],
  'Mutation.configureAnalytics': ['admin'],
  'Mutation.setAnalyticsMarketSize': ['admin'],
  // A customer's own figures (no contact data in them) go with the customer, for whoever may see it.
  'Customer.__resolveReference': everyRole,
};
