import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { ticketLoader } from '../ticket/ticket.queries';
import { surveyMutations } from './survey.commands';
import { SurveyEntity } from './survey.entity';
import { listSurveys, surveyByToken, surveyOfTicketLoader } from './survey.queries';
import { surveyStatus } from './survey.rules';

const resolvers: Resolvers = {
  Query: {
    surveyByToken: (_, { token }, context) => surveyByToken(context, token),
    surveys: (_, args, context) => listSurveys(context, args),
  },
  Mutation: commandResolvers(surveyMutations),
  Ticket: {
    survey: (ticket, _, context) => surveyOfTicketLoader(context).load(ticket.id),
  },
  Survey: {
    status: (survey) => surveyStatus(survey, new Date()),
    ticket: async (survey, _, context) => (await ticketLoader(context).load(survey.ticketId))!,
    // Deprecated: the link's secret is the customer's alone (only its hash is stored), never staff's.
    linkToken: () => null,
  },
  SurveyInvitation: {
    status: (survey) => surveyStatus(survey, new Date()),
  },
};

/** Satisfaction surveys of resolved tickets, answered through a secret link. */
export const surveyModule = defineModule({
  resolvers,
  access: { read: everyRole },
  permissions: {
    // A survey link's holder needs no login: the link's secret token is the only key (docs/architecture.md §7).
    'Query.surveyByToken': 'public',
    'Mutation.submitSurvey': 'public',
  },
  entities: [SurveyEntity],
});
