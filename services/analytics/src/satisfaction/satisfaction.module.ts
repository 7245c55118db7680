import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { analysts } from '../roles';
import { CustomerLatestAnswerEntity } from './latestAnswer.entity';
import { surveyFacts, ticketFacts } from './satisfaction.projection';
import { satisfactionReport } from './satisfaction.queries';
import { SurveyFactEntity } from './surveyFact.entity';
import { TicketFactEntity } from './ticketFact.entity';

const resolvers: Resolvers = {
  Query: {
    satisfactionReport: (_, { period, granularity }, context) =>
      satisfactionReport(context, period, granularity ?? 'MONTH'),
  },
};

/** Customer satisfaction and service levels: CSAT, NPS, resolution and SLA figures. */
export const satisfactionModule = defineModule({
  resolvers,
  access: { read: [...analysts, 'support_agent'] },
  entities: [TicketFactEntity, SurveyFactEntity, CustomerLatestAnswerEntity],
  projections: [ticketFacts, surveyFacts],
});
