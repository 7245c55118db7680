// The social post rules, without a database: what an update, scheduling, metrics and publishing set, which
// event they emit, and what they refuse.
import { ConflictError, InvalidInputError } from '@crm/platform';
import type { SocialPostEntity } from '../src/social/socialPost.entity';
import {
  publishOutcome,
  socialPostMetrics,
  socialPostScheduling,
  socialPostUpdate,
} from '../src/social/socialPost.rules';

const now = new Date('2026-05-04T10:00:00.000Z');
const earlier = new Date('2026-05-01T10:00:00.000Z');

const row = {
  id: '00000000-0000-4000-8000-000000000001',
  tenantId: 't',
  version: 1,
  createdAt: earlier,
  updatedAt: earlier,
};

describe('social posts', () => {
  const post = (fields: Partial<SocialPostEntity> = {}) =>
    ({
      ...row,
      status: 'DRAFT',
      scheduledAt: null,
      attempts: 0,
      impressions: 10,
      engagements: 1,
      clicks: 0,
      ...fields,
    }) as SocialPostEntity;

  it('updates drafts and scheduled posts only; a scheduled one publishes at its (new) time', () => {
    expect(socialPostUpdate(post(), { text: 'Hi' })).toEqual({ text: 'Hi' });
    expect(
      socialPostUpdate(post({ status: 'SCHEDULED', scheduledAt: earlier }), { scheduledAt: now }),
    ).toEqual({
      scheduledAt: now,
      nextAttemptAt: now,
    });
    expect(() => socialPostUpdate(post({ status: 'SCHEDULED' }), { scheduledAt: null })).toThrow(
      InvalidInputError,
    );
    expect(() => socialPostUpdate(post({ status: 'PUBLISHED' }), { text: 'Hi' })).toThrow(ConflictError);
  });

  it('schedules a draft at a time', () => {
    expect(socialPostScheduling(post({ scheduledAt: earlier }), undefined)).toMatchObject({
      status: 'SCHEDULED',
      nextAttemptAt: earlier,
    });
    expect(() => socialPostScheduling(post(), null)).toThrow(InvalidInputError);
    expect(() => socialPostScheduling(post({ status: 'SCHEDULED' }), now)).toThrow(ConflictError);
  });

  it('takes metrics of a published post as totals that never go down', () => {
    const totals = { impressions: 12, engagements: 1, clicks: 0 };
    expect(socialPostMetrics(post({ status: 'PUBLISHED' }), totals)).toEqual(totals);
    expect(() => socialPostMetrics(post({ status: 'PUBLISHED' }), { ...totals, impressions: 9 })).toThrow(
      expect.objectContaining({
        fields: { 'input.impressions': 'Lower than the 10 recorded: metrics are totals to date' },
      }),
    );
    expect(() => socialPostMetrics(post(), totals)).toThrow(ConflictError);
  });

  it('publishes, retries with a backoff without an event, and fails after the last attempt', () => {
    const retries = { maxAttempts: 3, retryBaseMs: 1000 };
    expect(publishOutcome(post(), { externalId: 'x1', publishedAt: now }, retries, now)).toEqual({
      set: {
        externalId: 'x1',
        publishedAt: now,
        attempts: 1,
        status: 'PUBLISHED',
        nextAttemptAt: null,
        failureReason: null,
      },
      event: 'crm.marketing.social.published.v1',
    });
    expect(publishOutcome(post({ attempts: 1 }), { failure: 'down' }, retries, now)).toEqual({
      set: { attempts: 2, failureReason: 'down', nextAttemptAt: new Date(now.getTime() + 2000) },
      event: null,
    });
    expect(publishOutcome(post({ attempts: 2 }), { failure: 'down' }, retries, now)).toMatchObject({
      set: { attempts: 3, status: 'FAILED', nextAttemptAt: null },
      event: 'crm.marketing.social.failed.v1',
    });
  });
});
