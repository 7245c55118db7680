import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { analysts } from '../roles';
import { orderFacts } from './order.projection';
import { OrderFactEntity } from './orderFact.entity';
import { revenueForecast } from './revenueForecast.queries';
import {
  CohortActivityEntity,
  CustomerMonthRevenueEntity,
  DailyRevenueEntity,
  MonthlyDimensionRevenueEntity,
} from './revenueRollup.entity';
import { salesBreakdown, salesReport } from './salesReport.queries';

const resolvers: Resolvers = {
  Query: {
    salesReport: (_, { period, granularity, currency }, context) =>
      salesReport(context, period, granularity ?? 'MONTH', currency),
    revenueForecast: (_, { horizonMonths, currency }, context) =>
      revenueForecast(context, horizonMonths ?? 6, currency),
  },
  SalesReport: {
    breakdown: (report, { dimension, first }, context) =>
      salesBreakdown(context, report, dimension, first ?? 20),
  },
};

/** Revenue: the sales report with its breakdowns and the statistical forecast. */
export const orderModule = defineModule({
  resolvers,
  access: { read: analysts },
  entities: [
    OrderFactEntity,
    DailyRevenueEntity,
    MonthlyDimensionRevenueEntity,
    CustomerMonthRevenueEntity,
    CohortActivityEntity,
  ],
  projections: [orderFacts],
});
