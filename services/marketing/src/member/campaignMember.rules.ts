import {
  imageOf,
  type EventDataInput,
  campaignMemberSnapshot as memberSnapshotSchema,
  type CampaignMemberStatus,
  type CampaignStatus,
} from '@crm/events';
import { conflict } from '@crm/platform';
import { z } from 'zod';
import type { CampaignMemberEntity } from './campaignMember.entity';
import { memberTransition, respondedStatuses } from './memberWorkflow';

export type CampaignMemberSnapshot = EventDataInput<'crm.marketing.member.added.v1'>['member'];

export const addMemberInput = z
  .object({
    customerId: z.uuid('Not a UUID').nullish(),
    contactId: z.uuid('Not a UUID').nullish(),
  })
  .superRefine((input, issues) => {
    if (Boolean(input.customerId) === Boolean(input.contactId)) {
      issues.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'Give a customerId or a contactId, not both',
      });
    }
  });

export function memberSnapshot(member: CampaignMemberEntity): CampaignMemberSnapshot {
  return imageOf(memberSnapshotSchema, member);
}

/** A member moving to `to` (a move checked already); the first response is kept. */
export function memberMove(member: CampaignMemberEntity, to: CampaignMemberStatus, now: Date) {
  const responds = respondedStatuses.includes(to) && !member.firstRespondedAt;
  return {
    set: { status: to, ...(responds ? { firstRespondedAt: now } : {}) },
    event: 'crm.marketing.member.status_changed.v1' as const,
    data: { previousStatus: member.status },
  };
}

/**
 * A marketer's move of a member: unsubscribing is always possible, anything else once the campaign runs
 * (or ran), along the member's workflow; anything else is CONFLICT.
 */
export function memberStatusChange(
  member: CampaignMemberEntity,
  campaignStatus: CampaignStatus | null,
  to: CampaignMemberStatus,
  now: Date,
) {
  if (to !== 'UNSUBSCRIBED' && campaignStatus !== 'ACTIVE' && campaignStatus !== 'COMPLETED') {
    throw conflict(`The campaign is ${campaignStatus ?? 'gone'}: its members do not move`, {
      campaignStatus,
    });
  }
  const transition = memberTransition(member.status, to);
  if (!transition.allowed) throw conflict(transition.reason, { status: member.status });
  return memberMove(member, to, now);
}

/**
 * A flow's move of a member (the sender, a tracking link, a sales event) when its workflow allows it, and
 * none otherwise (an open after a click moves nothing). A message refused at send time bounces a TARGETED
 * member too.
 */
export function memberMoveByFlow(member: CampaignMemberEntity, to: CampaignMemberStatus, now: Date) {
  const allowed =
    memberTransition(member.status, to).allowed || (to === 'BOUNCED' && member.status === 'TARGETED');
  return allowed ? memberMove(member, to, now) : null;
}
