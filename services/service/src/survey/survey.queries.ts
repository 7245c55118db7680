import { byKeys, type RequestContext } from '@crm/platform';
import { SurveyEntity } from './survey.entity';

/** What a survey link shows: the survey row, found by the hash of the token (null if unknown). */
export async function surveyByToken(context: RequestContext, token: string): Promise<SurveyEntity | null> {
  if (token.length > 200) return null;
  return (await context.bySecretLinkToken(SurveyEntity, 'tokenHash', token))?.row ?? null;
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
