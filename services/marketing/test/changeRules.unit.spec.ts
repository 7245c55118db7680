// The decisions of the marketing commands, without a database: what a change sets, which event it emits,
// and what it refuses.
import { ConflictError, InvalidInputError } from '@crm/platform';
import type { CampaignEntity } from '../src/campaign/campaign.entity';
import { campaignMove, campaignSnapshot, campaignUpdate } from '../src/campaign/campaign.rules';
import type { ConsentEntity } from '../src/consent/consent.entity';
import { confirmationRequest, consentChange } from '../src/consent/consent.rules';
import type { EmailMessageEntity } from '../src/email/emailMessage.entity';
import { refused, reportedBounce, sent, tracked, unsubscribed } from '../src/email/emailMessage.rules';
import type { CampaignMemberEntity } from '../src/member/campaignMember.entity';
import { memberMoveByFlow, memberStatusChange } from '../src/member/campaignMember.rules';
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

const campaign = (fields: Partial<CampaignEntity> = {}) =>
  ({
    ...row,
    name: 'Expo',
    type: 'TRADE_SHOW',
    status: 'PLANNED',
    startDate: '2026-05-04',
    endDate: null,
    location: null,
    currency: 'EUR',
    budget: '1000.000000',
    actualCost: null,
    expectedRevenue: null,
    expectedResponseRate: null,
    ownerId: 'u',
    description: null,
    launchedAt: null,
    completedAt: null,
    abortedAt: null,
    abortReason: null,
    ...fields,
  }) as CampaignEntity;

describe('campaigns', () => {
  it('publishes amounts as decimal text and times as ISO text', () => {
    expect(campaignSnapshot(campaign({ launchedAt: now }))).toMatchObject({
      budget: '1000.00',
      launchedAt: now.toISOString(),
      createdAt: earlier.toISOString(),
    });
  });

  it('sets the fields given, checking the dates against the stored ones', () => {
    expect(campaignUpdate(campaign(), { name: 'Expo 2026', location: undefined })).toEqual({
      name: 'Expo 2026',
    });
    expect(() => campaignUpdate(campaign(), { endDate: '2026-05-01' })).toThrow(
      expect.objectContaining({ fields: { 'input.endDate': 'Must not be before the start date' } }),
    );
  });

  it('lets a final campaign change only its late costs and notes', () => {
    const completed = campaign({ status: 'COMPLETED' });
    expect(campaignUpdate(completed, { actualCost: '980.4', budget: '1000' })).toEqual({
      actualCost: '980.4',
      budget: '1000',
    });
    expect(() => campaignUpdate(completed, { name: 'Renamed' })).toThrow(ConflictError);
  });

  it('moves along the workflow with the previous status, and refuses an illegal move', () => {
    expect(campaignMove(campaign(), 'ACTIVE', { launchedAt: now })).toEqual({
      set: { launchedAt: now, status: 'ACTIVE' },
      event: 'crm.marketing.campaign.launched.v1',
      data: { previousStatus: 'PLANNED' },
    });
    expect(() => campaignMove(campaign(), 'COMPLETED', {})).toThrow(ConflictError);
  });
});

describe('members', () => {
  const member = (fields: Partial<CampaignMemberEntity> = {}) =>
    ({ ...row, status: 'SENT', firstRespondedAt: null, ...fields }) as CampaignMemberEntity;

  it('moves a member of a running campaign, keeping its first response', () => {
    expect(memberStatusChange(member(), 'ACTIVE', 'RESPONDED', now)).toEqual({
      set: { status: 'RESPONDED', firstRespondedAt: now },
      event: 'crm.marketing.member.status_changed.v1',
      data: { previousStatus: 'SENT' },
    });
    expect(
      memberStatusChange(
        member({ status: 'RESPONDED', firstRespondedAt: earlier }),
        'ACTIVE',
        'CONVERTED',
        now,
      ).set,
    ).toEqual({ status: 'CONVERTED' });
  });

  it('refuses moves of a campaign not running (unsubscribing aside) and moves back', () => {
    expect(() => memberStatusChange(member(), 'PLANNED', 'OPENED', now)).toThrow(ConflictError);
    expect(memberStatusChange(member(), 'PLANNED', 'UNSUBSCRIBED', now).set.status).toBe('UNSUBSCRIBED');
    expect(() => memberStatusChange(member({ status: 'CLICKED' }), 'ACTIVE', 'OPENED', now)).toThrow(
      ConflictError,
    );
  });

  it('moves a member by a flow only forward, and bounces a message refused at send time', () => {
    expect(memberMoveByFlow(member({ status: 'CLICKED' }), 'OPENED', now)).toBeNull();
    expect(memberMoveByFlow(member({ status: 'TARGETED' }), 'BOUNCED', now)?.set).toEqual({
      status: 'BOUNCED',
    });
  });
});

describe('consent', () => {
  const consent = (fields: Partial<ConsentEntity> = {}) =>
    ({
      ...row,
      email: 'ann@example.com',
      status: 'UNKNOWN',
      source: null,
      proof: null,
      changedAt: null,
      confirmationRequestId: 'r1',
      confirmationRequestedAt: earlier,
      ...fields,
    }) as ConsentEntity;
  const optIn = { status: 'OPTED_IN', source: 'MANUAL', proof: 'Form' } as const;

  it('applies a decision, superseding a pending opt-in link; the same decision again is none', () => {
    expect(consentChange(consent(), optIn, now)).toEqual({
      set: { ...optIn, changedAt: now, confirmationRequestId: null, confirmationRequestedAt: null },
      event: 'crm.marketing.consent.changed.v1',
      data: { previousStatus: 'UNKNOWN' },
    });
    expect(consentChange(consent(optIn), optIn, now)).toBeNull();
  });

  it('requests a confirmation unless the address opted in, naming the field the image does not show', () => {
    expect(confirmationRequest(consent(), 'r2', now)).toMatchObject({
      set: { confirmationRequestId: 'r2', confirmationRequestedAt: now },
      data: { changedFields: ['confirmationRequestedAt'] },
      evenIfUnchanged: true,
    });
    expect(confirmationRequest(consent({ status: 'OPTED_IN' }), 'r2', now)).toBeNull();
  });
});

describe('email messages', () => {
  const message = (fields: Partial<EmailMessageEntity> = {}) =>
    ({
      ...row,
      status: 'SENT',
      openCount: 1,
      firstOpenedAt: earlier,
      clickCount: 0,
      firstClickedAt: null,
      unsubscribedAt: null,
      ...fields,
    }) as EmailMessageEntity;

  it('records a send or a refusal of a claimed message once, ending the claim', () => {
    expect(sent(message({ status: 'SENDING' }), now)).toMatchObject({
      set: { status: 'SENT', sentAt: now, leaseOwner: null },
      memberStatus: 'SENT',
    });
    expect(sent(message(), now)).toBeNull();
    expect(refused(message({ status: 'SENDING' }), '550 no such user', now)).toMatchObject({
      set: { status: 'BOUNCED', bounceReason: '550 no such user', leaseOwner: null },
      event: 'crm.marketing.email.bounced.v1',
    });
    expect(refused(message(), '550', now)).toBeNull();
  });

  it('bounces a reported message only once it was sent', () => {
    expect(reportedBounce(message(), 'Mailbox full', now).memberStatus).toBe('BOUNCED');
    expect(() => reportedBounce(message({ status: 'QUEUED' }), 'Mailbox full', now)).toThrow(ConflictError);
  });

  it('counts opens and clicks of a sent message, keeping the first time', () => {
    expect(tracked(message(), { kind: 'open' }, now)?.set).toEqual({ openCount: 2, firstOpenedAt: earlier });
    expect(tracked(message(), { kind: 'click', url: 'https://x.example' }, now)).toEqual({
      set: { clickCount: 1, firstClickedAt: now },
      event: 'crm.marketing.email.clicked.v1',
      data: { url: 'https://x.example' },
      memberStatus: 'CLICKED',
    });
    expect(tracked(message({ status: 'BOUNCED' }), { kind: 'open' }, now)).toBeNull();
  });

  it('unsubscribes once', () => {
    expect(unsubscribed(message(), now)?.set).toEqual({ unsubscribedAt: now });
    expect(unsubscribed(message({ unsubscribedAt: earlier }), now)).toBeNull();
  });
});

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
