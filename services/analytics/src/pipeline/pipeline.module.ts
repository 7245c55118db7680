import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { analysts } from '../roles';
import { funnelReport } from './funnel.queries';
import { LeadFactEntity } from './leadFact.entity';
import { marketReport } from './market.queries';
import { OpportunityFactEntity } from './opportunityFact.entity';
import { leadFacts, opportunityFacts, quoteFacts } from './pipeline.projection';
import { QuoteFactEntity } from './quoteFact.entity';

const resolvers: Resolvers = {
  Query: {
    funnelReport: (_, { period, currency }, context) => funnelReport(context, period, currency),
    marketReport: (_, { period, currency }, context) => marketReport(context, period, currency),
  },
};

/** The sales pipeline: the funnel from lead to order, and market share. */
export const pipelineModule = defineModule({
  resolvers,
  access: { read: [...analysts, 'marketer'] },
  entities: [OpportunityFactEntity, LeadFactEntity, QuoteFactEntity],
  projections: [opportunityFacts, leadFacts, quoteFacts],
});
