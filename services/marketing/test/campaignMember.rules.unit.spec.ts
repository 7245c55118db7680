// The campaign member rules, without a database: what a status change sets, which event it emits, and what
// it refuses.
import { ConflictError } from '@crm/platform';
import type { CampaignMemberEntity } from '../src/member/campaignMember.entity';
import { memberMoveByFlow, memberStatusChange } from '../src/member/campaignMember.rules';

const now = new Date('2026-05-04T10:00:00.000Z');
const earlier = new Date('2026-05-01T10:00:00.000Z');

const row = {
  id: '00000000-0000-4000-8000-000000000001',
  tenantId: 't',
  version: 1,
  createdAt: earlier,
  updatedAt: earlier,
};

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
