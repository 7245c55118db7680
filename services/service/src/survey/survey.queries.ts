import { byKeys, defineList, type RequestContext } from '@crm/platform';
import { SurveyEntity } from './survey.entity';

/** What a survey link shows: the survey row, found by the hash of the token (null if unknown). */
export async function surveyByToken(context: RequestContext, token: string): Promise<SurveyEntity | null> {
  if (token.length > 200) return null;
  return (await context.bySecretLinkToken(SurveyEntity, 'tokenHash', token))?.row ?? null;
}

/** The survey list: typed filter, keyset pages, newest first. */
export const listSurveys = defineList<SurveyEntity, never>({
  entity: SurveyEntity,
  alias: 's',
  filter: {
    // Answered is a status, not a column of its own.
    answered: { kind: 'boolean', column: "(s.status = 'ANSWERED')" },
    ticketType: 'enum',
    assigneeId: 'string',
    customerId: 'id',
    createdAt: 'dateTime',
    answeredAt: 'dateTime',
  },
  orderBy: {},
  defaultOrder: { property: 'createdAt', direction: 'DESC' },
});

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
