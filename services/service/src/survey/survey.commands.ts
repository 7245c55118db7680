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
 * again after a reopen asks nothing new). Null when one exists.
 *
 * Its link's secret is the customer's alone: only its hash is stored, and nothing gives the secret to
 * staff (the resolving agent could otherwise rate their own work). Mailing it to the customer is not built
 * yet (issue 17); until then the secret is made and its hash kept, and nobody can answer.
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
  const { hash } = newSecretLinkToken();
  return surveys.create(context, 'requestSurvey', {
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

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const surveyMutations = { submitSurvey };
