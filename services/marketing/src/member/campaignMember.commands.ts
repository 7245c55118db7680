import { recordChange } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  notFound,
  parseInput,
  uniqueOrConflict,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { z } from 'zod';
import { CampaignEntity } from '../campaign/campaign.entity';
import { ContactProfileEntity, CustomerProfileEntity } from '../customer/customerProfile.entity';
import { SegmentEntity } from '../segment/segment.entity';
import { customersOfSegment } from '../segment/segmentMembers';
import { CampaignMemberEntity } from './campaignMember.entity';
import { addMemberInput, memberSnapshot } from './campaignMember.rules';
import { recordMemberMove } from './memberMoves';
import { memberTransition } from './memberWorkflow';

const memberStatus = z.enum([
  'TARGETED',
  'SENT',
  'OPENED',
  'CLICKED',
  'RESPONDED',
  'CONVERTED',
  'BOUNCED',
  'UNSUBSCRIBED',
]);

/** The campaign, locked so that concurrent additions to it queue; only planned or active ones take members. */
async function campaignTakingMembers(tx: TenantDb, campaignId: string): Promise<CampaignEntity> {
  const campaign = await tx.findForUpdate(CampaignEntity, 'Campaign', campaignId);
  if (campaign.status !== 'PLANNED' && campaign.status !== 'ACTIVE') {
    throw conflict(`Campaign ${campaignId} is ${campaign.status}: it takes no new members`, {
      status: campaign.status,
    });
  }
  return campaign;
}

/** Audit record and member.added event of each new member, in the caller's transaction. */
export async function recordMembersAdded(
  tx: TenantDb,
  context: Pick<RequestContext, 'actor'>,
  operation: string,
  members: CampaignMemberEntity[],
) {
  for (const member of members) {
    const after = memberSnapshot(member);
    await recordChange(tx, context.actor, {
      operation,
      entityType: 'CampaignMember',
      entityId: member.id,
      before: null,
      after,
      event: {
        type: 'crm.marketing.member.added.v1',
        data: { member: after, changedFields: changedFields(null, after) },
      },
    });
  }
}

export function newMember(
  tx: TenantDb,
  campaignId: string,
  target: {
    customerId?: string | null;
    contactId?: string | null;
    leadId?: string | null;
    segmentId?: string | null;
  },
): CampaignMemberEntity {
  return tx.manager.create(CampaignMemberEntity, {
    tenantId: tx.tenantId,
    campaignId,
    customerId: target.customerId ?? null,
    contactId: target.contactId ?? null,
    leadId: target.leadId ?? null,
    segmentId: target.segmentId ?? null,
    status: 'TARGETED',
    firstRespondedAt: null,
  });
}

export async function addCampaignMember(
  context: RequestContext,
  campaignId: string,
  rawInput: unknown,
): Promise<CampaignMemberEntity> {
  const input = parseInput(addMemberInput, rawInput);
  return context.db.transaction(async (tx) => {
    await campaignTakingMembers(tx, campaignId);
    // Only customers and contacts this service knows (from the customer service's events) are members.
    if (input.customerId && !(await tx.findById(CustomerProfileEntity, input.customerId))) {
      throw badUserInput({ 'input.customerId': 'No such customer' });
    }
    if (input.contactId && !(await tx.findById(ContactProfileEntity, input.contactId))) {
      throw badUserInput({ 'input.contactId': 'No such contact' });
    }
    const member = newMember(tx, campaignId, input);
    await uniqueOrConflict(tx.save(CampaignMemberEntity, member), 'Already a member of this campaign');
    await recordMembersAdded(tx, context, 'addCampaignMember', [member]);
    return member;
  });
}

/** Adds the segment's customers who are not members yet; running it again adds only newcomers. */
export async function addSegmentToCampaign(
  context: RequestContext,
  campaignId: string,
  segmentId: string,
): Promise<CampaignEntity> {
  return context.db.transaction(async (tx) => {
    const campaign = await campaignTakingMembers(tx, campaignId);
    const segment = await tx.findById(SegmentEntity, segmentId);
    if (!segment) throw notFound('Segment', segmentId);
    const newcomers: { id: string }[] = await customersOfSegment(tx, segment)
      .select('p.id', 'id')
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM campaign_member m
          WHERE m.tenant_id = p.tenant_id AND m.campaign_id = :campaignId AND m.customer_id = p.id)`,
        { campaignId },
      )
      .orderBy('p.id')
      .getRawMany();
    if (newcomers.length === 0) return campaign;
    const members = newcomers.map(({ id }) => newMember(tx, campaignId, { customerId: id, segmentId }));
    // The campaign row is locked: no concurrent addition can insert the same customer in between.
    await tx.manager.save(CampaignMemberEntity, members, { chunk: 500 });
    await recordMembersAdded(tx, context, 'addSegmentToCampaign', members);
    return campaign;
  });
}

export async function changeCampaignMemberStatus(
  context: RequestContext,
  id: string,
  rawStatus: unknown,
  expectedVersion: number | null | undefined,
): Promise<CampaignMemberEntity> {
  const status = parseInput(memberStatus, rawStatus, 'status');
  return context.db.transaction(async (tx) => {
    const member = await tx.findForUpdate(CampaignMemberEntity, 'CampaignMember', id, expectedVersion);
    const campaign = await tx.findById(CampaignEntity, member.campaignId);
    // Unsubscribing is always possible; anything else happens once the campaign runs (or ran).
    if (status !== 'UNSUBSCRIBED' && campaign?.status !== 'ACTIVE' && campaign?.status !== 'COMPLETED') {
      throw conflict(`The campaign is ${campaign?.status ?? 'gone'}: its members do not move`, {
        campaignStatus: campaign?.status ?? null,
      });
    }
    const transition = memberTransition(member.status, status);
    if (!transition.allowed) throw conflict(transition.reason, { status: member.status });
    await recordMemberMove(tx, context.actor, 'changeCampaignMemberStatus', member, status, new Date());
    return member;
  });
}
