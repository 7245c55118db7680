import {
  applyFilter,
  byKeys,
  paginate,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import type { SurveyFilter } from '../generated/graphql';
import { SurveyEntity } from './survey.entity';

/** What a survey link shows: the survey row, found by the hash of the token (null if unknown). */
export async function surveyByToken(context: RequestContext, token: string): Promise<SurveyEntity | null> {
  if (token.length > 200) return null;
  return (await context.bySecretLinkToken(SurveyEntity, 'tokenHash', token))?.row ?? null;
}

const filterSpec: FilterSpec = {
  answered: { kind: 'boolean', column: "(s.status = 'ANSWERED')" },
  ticketType: { kind: 'enum', column: 's.ticket_type' },
  assigneeId: { kind: 'string', column: 's.assignee_id' },
  customerId: { kind: 'id', column: 's.customer_id' },
  createdAt: { kind: 'dateTime', column: 's.created_at' },
  answeredAt: { kind: 'dateTime', column: 's.answered_at' },
};

export function listSurveys(
  context: RequestContext,
  args: PageArgs & { filter?: SurveyFilter | null },
): Promise<Connection<SurveyEntity>> {
  const query = context.db.select(SurveyEntity, 's');
  applyFilter(query, args.filter, filterSpec);
  return paginate(query, [{ property: 'createdAt', direction: 'DESC' }], args);
}

/** Ticket.survey for every ticket of a request in one query. */
export function surveyOfTicketLoader(context: RequestContext) {
  return context.loaders.get<string, SurveyEntity | null>('surveyByTicket', async (ticketIds) =>
    byKeys(
      ticketIds,
      await context.db
        .select(SurveyEntity, 's')
        .andWhere('s.ticketId = ANY(:ticketIds)', { ticketIds })
        .getMany(),
      (survey) => survey.ticketId,
    ),
  );
}
