// The survey rules as pure decisions (no database): what an answer changes, and what it refuses.
import { surveyAnswer } from '../src/survey/survey.rules';

const now = new Date('2026-03-10T12:00:00.000Z');

describe('surveyAnswer', () => {
  it('answers a pending survey once, before it expires', () => {
    const pending = { status: 'PENDING', expiresAt: new Date(now.getTime() + 1) } as const;
    expect(surveyAnswer(pending, { csat: 5, nps: 9 }, now)).toEqual({
      set: { status: 'ANSWERED', csat: 5, nps: 9, comment: null, answeredAt: now },
      event: 'crm.service.survey.answered.v1',
    });
    expect(() => surveyAnswer({ ...pending, status: 'ANSWERED' }, { csat: 5, nps: 9 }, now)).toThrow(
      'This survey was answered already',
    );
    expect(() => surveyAnswer({ ...pending, expiresAt: now }, { csat: 5, nps: 9 }, now)).toThrow(
      'This survey link has expired',
    );
  });
});
