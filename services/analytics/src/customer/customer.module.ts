import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { analysts } from '../roles';
import { CustomerActivitySpanEntity } from './activitySpan.entity';
import { churnRateReport } from './churn.queries';
import { customerAnalysis, customersAtRisk } from './customerAnalysis.queries';
import { ContactFactEntity, CustomerFactEntity } from './customerFact.entity';
import { CustomerMetricsEntity } from './customerMetrics.entity';
import { customerMetricsLoader } from './customerMetrics.queries';
import { contactFacts, customerFacts } from './customer.projection';

const resolvers: Resolvers = {
  Query: {
    customerAnalysis: (_, { currency, top }, context) => customerAnalysis(context, currency, top ?? 10),
    churnRate: (_, { period, granularity }, context) =>
      churnRateReport(context, period, granularity ?? 'MONTH'),
    customersAtRisk: (_, { minScore, first, currency }, context) =>
      customersAtRisk(context, minScore ?? 50, first ?? 20, currency),
  },
  Customer: {
    // The customer subgraph owns the customer; its figures here are the caller tenant's (zero when unknown).
    __resolveReference: (reference) => ({ id: reference.id }),
    metrics: (customer, { currency }, context) =>
      customerMetricsLoader(context).load(`${customer.id}|${currency ?? ''}`),
  },
};

/** Customer figures: Customer.metrics, the customer base (RFM, cohorts, CLV), churn and customers at risk. */
export const customerModule = defineModule({
  resolvers,
  access: { read: [...analysts, 'marketer'] },
  permissions: {
    'Query.customersAtRisk': [...analysts, 'sales_rep', 'support_agent', 'marketer'],
    // A customer's own figures (no contact data in them) go with the customer, for whoever may see it.
    'Customer.__resolveReference': everyRole,
  },
  entities: [CustomerFactEntity, ContactFactEntity, CustomerMetricsEntity, CustomerActivitySpanEntity],
  projections: [customerFacts, contactFacts],
});
