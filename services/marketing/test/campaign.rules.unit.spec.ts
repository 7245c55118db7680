// The pure rules of campaigns and members: status transitions, dates and amounts of the input, and what a
// change of a campaign sets and refuses.
import { campaignTransition, isFinalCampaignStatus } from '../src/campaign/campaignWorkflow';
import { ConflictError } from '@crm/platform';
import type { CampaignEntity } from '../src/campaign/campaign.entity';
import {
  campaignMove,
  campaignSnapshot,
  campaignUpdate,
  createCampaignInput,
  dateRangeError,
  updateCampaignInput,
} from '../src/campaign/campaign.rules';
import { memberTransition } from '../src/member/memberWorkflow';
import type { CampaignMemberStatus, CampaignStatus } from '@crm/events';

describe('campaign transitions', () => {
  it.each<[CampaignStatus, CampaignStatus, string]>([
    ['PLANNED', 'ACTIVE', 'launched'],
    ['ACTIVE', 'COMPLETED', 'completed'],
    ['PLANNED', 'ABORTED', 'aborted'],
    ['ACTIVE', 'ABORTED', 'aborted'],
  ])('allows %s → %s (%s)', (from, to, event) => {
    expect(campaignTransition(from, to)).toEqual({ allowed: true, event });
  });

  it.each<[CampaignStatus, CampaignStatus]>([
    ['PLANNED', 'COMPLETED'],
    ['PLANNED', 'PLANNED'],
    ['ACTIVE', 'ACTIVE'],
    ['ACTIVE', 'PLANNED'],
    ['COMPLETED', 'ACTIVE'],
    ['COMPLETED', 'ABORTED'],
    ['ABORTED', 'ACTIVE'],
    ['ABORTED', 'COMPLETED'],
  ])('refuses %s → %s', (from, to) => {
    const transition = campaignTransition(from, to);
    expect(transition.allowed).toBe(false);
    expect(transition).toMatchObject({
      reason: expect.stringContaining(`A ${from} campaign cannot move to ${to}`),
    });
  });

  it('names completed and aborted final', () => {
    expect(
      ['PLANNED', 'ACTIVE', 'COMPLETED', 'ABORTED'].filter((s) => isFinalCampaignStatus(s as CampaignStatus)),
    ).toEqual(['COMPLETED', 'ABORTED']);
    expect(campaignTransition('COMPLETED', 'ABORTED')).toMatchObject({
      reason: expect.stringContaining('final'),
    });
  });
});

describe('member transitions', () => {
  it.each<[CampaignMemberStatus, CampaignMemberStatus]>([
    ['TARGETED', 'SENT'],
    ['SENT', 'OPENED'],
    ['OPENED', 'CLICKED'],
    ['CLICKED', 'RESPONDED'],
    ['RESPONDED', 'CONVERTED'],
    ['TARGETED', 'RESPONDED'], // an event invitation: no mail sent or opened
    ['SENT', 'BOUNCED'],
    ['TARGETED', 'UNSUBSCRIBED'],
    ['CONVERTED', 'UNSUBSCRIBED'],
  ])('allows %s → %s', (from, to) => {
    expect(memberTransition(from, to)).toEqual({ allowed: true });
  });

  it.each<[CampaignMemberStatus, CampaignMemberStatus]>([
    ['SENT', 'TARGETED'],
    ['CLICKED', 'OPENED'],
    ['CONVERTED', 'RESPONDED'],
    ['OPENED', 'OPENED'],
    ['TARGETED', 'BOUNCED'],
    ['OPENED', 'BOUNCED'],
    ['BOUNCED', 'SENT'],
    ['UNSUBSCRIBED', 'RESPONDED'],
    ['UNSUBSCRIBED', 'UNSUBSCRIBED'],
  ])('refuses %s → %s', (from, to) => {
    expect(memberTransition(from, to)).toEqual({
      allowed: false,
      reason: expect.stringContaining(`A ${from} member cannot move to ${to}`),
    });
  });
});

describe('campaign input', () => {
  const valid = { name: 'Expo', type: 'TRADE_SHOW' };

  it('takes dates as the Date scalar gives them and keeps the calendar date', () => {
    const input = createCampaignInput.parse({
      ...valid,
      startDate: new Date('2026-05-04T00:00:00.000Z'),
      endDate: '2026-05-06',
      currency: 'eur',
      budget: '25000.50',
    });
    expect(input).toMatchObject({
      startDate: '2026-05-04',
      endDate: '2026-05-06',
      currency: 'EUR',
      budget: '25000.50',
    });
  });

  it('accepts an event of one day and refuses an end before the start', () => {
    expect(dateRangeError('2026-05-04', '2026-05-04')).toBeUndefined();
    expect(dateRangeError('2026-05-04', null)).toBeUndefined();
    expect(dateRangeError('2026-05-04', '2026-05-03')).toBe('Must not be before the start date');
    const result = createCampaignInput.safeParse({
      ...valid,
      startDate: '2026-05-04',
      endDate: '2026-05-03',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['endDate']]);
  });

  it('refuses negative or over-precise amounts, a response rate over 100 and a bad currency', () => {
    const result = createCampaignInput.safeParse({
      ...valid,
      budget: '-1.00',
      actualCost: '1.1234567',
      expectedRevenue: 'lots',
      expectedResponseRate: '100.5',
      currency: 'EURO',
    });
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual([
      'actualCost',
      'budget',
      'currency',
      'expectedResponseRate',
      'expectedRevenue',
    ]);
    expect(createCampaignInput.safeParse({ ...valid, expectedResponseRate: '100' }).success).toBe(true);
  });

  it('lets an update clear optional fields but not the name', () => {
    expect(updateCampaignInput.parse({ budget: null, location: '' })).toEqual({
      budget: null,
      location: null,
    });
    expect(updateCampaignInput.safeParse({ name: ' ' }).success).toBe(false);
    expect(updateCampaignInput.safeParse({ name: null }).success).toBe(false);
  });
});

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
