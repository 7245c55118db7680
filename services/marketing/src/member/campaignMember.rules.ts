import type { EventDataInput } from '@crm/events';
import { z } from 'zod';
import type { CampaignMemberEntity } from './campaignMember.entity';

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
  return {
    id: member.id,
    tenantId: member.tenantId,
    campaignId: member.campaignId,
    customerId: member.customerId,
    contactId: member.contactId,
    leadId: member.leadId,
    segmentId: member.segmentId,
    status: member.status,
    firstRespondedAt: member.firstRespondedAt ? member.firstRespondedAt.toISOString() : null,
    version: member.version,
    createdAt: member.createdAt.toISOString(),
    updatedAt: member.updatedAt.toISOString(),
  };
}
