import { recordChange } from '@crm/events';
import {
  conflict,
  newSecretLinkToken,
  notFound,
  parseInput,
  type Actor,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import type { TicketEntity } from '../ticket/ticket.entity';
import { SurveyEntity } from './survey.entity';
import {
  surveyAnswerInput,
  surveyExpiry,
  surveyQuestion,
  surveySnapshot,
  surveyStatus,
} from './survey.rules';

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
  tx: TenantDb,
  actor: Actor,
  ticket: TicketEntity,
  now: Date,
): Promise<SurveyEntity | null> {
  const existing = await tx.manager.findOne(SurveyEntity, {
    where: { tenantId: tx.tenantId, ticketId: ticket.id },
  });
  if (existing) return null;
  const { token, hash } = newSecretLinkToken();
  const survey = tx.manager.create(SurveyEntity, {
    tenantId: tx.tenantId,
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
  });
  await tx.save(SurveyEntity, survey);
  const after = surveySnapshot(survey);
  await recordChange(tx, actor, {
    operation: 'requestSurvey',
    entityType: 'Survey',
    entityId: survey.id,
    before: null,
    after,
    event: { type: 'crm.service.survey.requested.v1', data: { survey: after } },
  });
  return Object.assign(survey, { linkToken: token });
}

/** Answers a survey through its link: once, before it expires. */
export async function submitSurvey(context: RequestContext, rawArgs: unknown): Promise<SurveyEntity> {
  const input = parseInput(surveyAnswerInput, rawArgs, '');
  const found = await context.bySecretLinkToken(SurveyEntity, 'tokenHash', input.token);
  if (!found) throw notFound('Survey', 'of this link');
  return found.db.transaction(async (tx) => {
    const survey = await tx.findForUpdate(SurveyEntity, 'Survey', found.row.id);
    const now = new Date();
    const status = surveyStatus(survey, now);
    if (status !== 'PENDING') {
      throw conflict(
        status === 'ANSWERED' ? 'This survey was answered already' : 'This survey link has expired',
        { status },
      );
    }
    const before = surveySnapshot(survey);
    Object.assign(survey, {
      status: 'ANSWERED',
      csat: input.csat,
      nps: input.nps,
      comment: input.comment ?? null,
      answeredAt: now,
    });
    await tx.save(SurveyEntity, survey);
    const after = surveySnapshot(survey);
    await recordChange(tx, surveyLinkActor(context), {
      operation: 'submitSurvey',
      entityType: 'Survey',
      entityId: survey.id,
      before,
      after,
      event: {
        type: 'crm.service.survey.answered.v1',
        data: {
          survey: {
            ...after,
            status: 'ANSWERED',
            csat: input.csat,
            nps: input.nps,
            answeredAt: now.toISOString(),
          },
        },
      },
    });
    return survey;
  });
}
