import {
  imageOf,
  type Decision,
  type EventDataInput,
  surveySnapshot as surveySnapshotSchema,
  type StoredSurveyStatus,
} from '@crm/events';
import { conflict, optionalText } from '@crm/platform';
import { z } from 'zod';
import type { SurveyEntity } from './survey.entity';

/** How long a survey link can be answered. */
export const surveyValidDays = 30;

export const surveyQuestion =
  'How satisfied are you with how we handled your request (1–5), and how likely are you to recommend us to a friend or colleague (0–10)?';

export function surveyExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + surveyValidDays * 86_400_000);
}

export const surveyAnswerInput = z.object({
  token: z.string().min(1, 'Required').max(200, 'Not a survey token'),
  csat: z.number().int('A whole number').min(1, 'From 1 to 5').max(5, 'From 1 to 5'),
  nps: z.number().int('A whole number').min(0, 'From 0 to 10').max(10, 'From 0 to 10'),
  comment: optionalText(5_000),
});

export type SurveyAnswer = Omit<z.output<typeof surveyAnswerInput>, 'token'>;

/** The API's SurveyStatus: the stored states and EXPIRED, which is derived when read. */
export type SurveyStatus = StoredSurveyStatus | 'EXPIRED';

/** PENDING until answered, EXPIRED once its link has run out unanswered. */
export function surveyStatus(survey: Pick<SurveyEntity, 'status' | 'expiresAt'>, now: Date): SurveyStatus {
  if (survey.status === 'ANSWERED') return 'ANSWERED';
  return now >= survey.expiresAt ? 'EXPIRED' : 'PENDING';
}

export type SurveySnapshot = EventDataInput<'crm.service.survey.requested.v1'>['survey'];

/** The survey as published in events: the catalogue's snapshot, which names neither its token nor the token's hash. */
export function surveySnapshot(survey: SurveyEntity): SurveySnapshot {
  return imageOf(surveySnapshotSchema, survey);
}

/** An answer through the link: once (CONFLICT when answered already), before the link expires (CONFLICT). */
export function surveyAnswer(
  survey: Pick<SurveyEntity, 'status' | 'expiresAt'>,
  answer: SurveyAnswer,
  now: Date,
): Decision<SurveyEntity, undefined, 'crm.service.survey.answered.v1'> {
  const status = surveyStatus(survey, now);
  if (status !== 'PENDING') {
    throw conflict(
      status === 'ANSWERED' ? 'This survey was answered already' : 'This survey link has expired',
      { status },
    );
  }
  return {
    set: {
      status: 'ANSWERED',
      csat: answer.csat,
      nps: answer.nps,
      comment: answer.comment ?? null,
      answeredAt: now,
    },
    event: 'crm.service.survey.answered.v1',
  };
}
