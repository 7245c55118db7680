import { defineAggregate, type ChangeContext } from '@crm/events';
import { newSecretLinkToken, notFound, parseInput, type Actor, type RequestContext } from '@crm/platform';
import type { TicketEntity } from '../ticket/ticket.entity';
import { SurveyEntity } from './survey.entity';
import {
  surveyAnswer,
  surveyAnswerInput,
  surveyExpiry,
  surveyQuestion,
  surveySnapshot,
} from './survey.rules';

export const surveys = defineAggregate({
  name: 'Survey',
  entity: SurveyEntity,
  eventKey: 'survey',
  image: surveySnapshot,
});

/** Who answers a survey: whoever holds its link (no login). */
const surveyLinkActor = (context: RequestContext): Actor => ({
  actorId: 'public:survey-link',
  requestId: context.requestId,
});

/**
 * The survey of a ticket just resolved, in the resolving transaction: one per ticket (a ticket resolved
 * again after a reopen asks nothing new). Returns it with its link token, or null when one exists.
 */
export async function requestSurvey(
  context: ChangeContext,
  ticket: TicketEntity,
  now: Date,
): Promise<SurveyEntity | null> {
  const existing = await context.db.manager.findOne(SurveyEntity, {
    where: { tenantId: context.db.tenantId, ticketId: ticket.id },
  });
  if (existing) return null;
  const { token, hash } = newSecretLinkToken();
  const survey = await surveys.create(context, 'requestSurvey', {
    values: {
      ticketId: ticket.id,
      customerId: ticket.customerId,
      ticketType: ticket.type,
      assigneeId: ticket.assigneeId,
      question: surveyQuestion,
      tokenHash: hash,
      status: 'PENDING',
      csat: null,
      nps: null,
      comment: null,
      expiresAt: surveyExpiry(now),
      answeredAt: null,
      createdAt: now,
    },
    event: 'crm.service.survey.requested.v1',
  });
  return Object.assign(survey, { linkToken: token });
}

/** Answers a survey through its link: once, before it expires. */
export async function submitSurvey(context: RequestContext, rawArgs: unknown): Promise<SurveyEntity> {
  const { token, ...answer } = parseInput(surveyAnswerInput, rawArgs, '');
  const found = await context.bySecretLinkToken(SurveyEntity, 'tokenHash', token);
  if (!found) throw notFound('Survey', 'of this link');
  return surveys.change(
    { db: found.db, actor: surveyLinkActor(context) },
    { id: found.row.id, operation: 'submitSurvey' },
    (survey) => surveyAnswer(survey, answer, new Date()),
  );
}
