import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { sellersAndReaders } from '../roles';
import { leadFunnelOf, salesFunnelOf, salesForecastOf } from './analysis.queries';

const resolvers: Resolvers = {
  Query: {
    salesFunnel: (_, { filter }, context) => salesFunnelOf(context, filter),
    salesForecast: (_, { grouping, filter }, context) => salesForecastOf(context, grouping, filter),
    leadFunnel: (_, { filter }, context) => leadFunnelOf(context, filter),
  },
};

/** Reports over the pipeline: the sales funnel, the forecast and the lead funnel. */
export const analysisModule = defineModule({
  resolvers,
  access: { read: sellersAndReaders },
  // Marketing brings leads: it reads how they convert.
  permissions: { 'Query.leadFunnel': [...sellersAndReaders, 'marketer'] },
});
