import {
  campaignMemberStatus,
  defineAggregate,
  within,
  type CampaignMemberStatus,
  type ChangeContext,
} from '@crm/events';
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
import { campaigns } from '../campaign/campaign.commands';
import { CampaignEntity } from '../campaign/campaign.entity';
import { ContactProfileEntity, CustomerProfileEntity } from '../customer/customerProfile.entity';
import type {
  MutationAddCampaignMemberArgs,
  MutationAddSegmentToCampaignArgs,
  MutationChangeCampaignMemberStatusArgs,
} from '../generated/graphql';
import { SegmentEntity } from '../segment/segment.entity';
import { customersOfSegment } from '../segment/segmentMembers';
import { CampaignMemberEntity } from './campaignMember.entity';
import { addMemberInput, memberMoveByFlow, memberSnapshot, memberStatusChange } from './campaignMember.rules';

export const members = defineAggregate({
  name: 'CampaignMember',
  entity: CampaignMemberEntity,
  eventKey: 'member',
  image: memberSnapshot,
});

/** The campaign, locked so that concurrent additions to it queue; only planned or active ones take members. */
async function campaignTakingMembers(
  tx: TenantDb,
  context: ChangeContext,
  campaignId: string,
): Promise<CampaignEntity> {
  const { row: campaign } = await campaigns.lock(tx, context, { id: campaignId });
  if (campaign.status !== 'PLANNED' && campaign.status !== 'ACTIVE') {
    throw conflict(`Campaign ${campaignId} is ${campaign.status}: it takes no new members`, {
      status: campaign.status,
    });
  }
  return campaign;
}

/** A new member of the campaign: a customer, a contact or a lead, TARGETED. */
function newMember(
  campaignId: string,
  target: {
    customerId?: string | null;
    contactId?: string | null;
    leadId?: string | null;
    segmentId?: string | null;
  },
) {
  return {
    campaignId,
    customerId: target.customerId ?? null,
    contactId: target.contactId ?? null,
    leadId: target.leadId ?? null,
    segmentId: target.segmentId ?? null,
    status: 'TARGETED' as const,
    firstRespondedAt: null,
  };
}

/** Adds a lead of sales to a campaign (the sales flow's attribution), with its member.added event. */
export function addLeadMember(
  context: ChangeContext,
  operation: string,
  campaignId: string,
  leadId: string,
): Promise<CampaignMemberEntity> {
  return members.create(context, operation, {
    values: newMember(campaignId, { leadId }),
    event: 'crm.marketing.member.added.v1',
  });
}

export async function addCampaignMember(
  context: RequestContext,
  { campaignId, input: rawInput }: MutationAddCampaignMemberArgs,
): Promise<CampaignMemberEntity> {
  const input = parseInput(addMemberInput, rawInput);
  return context.db.transaction(async (tx) => {
    await campaignTakingMembers(tx, context, campaignId);
    // Only customers and contacts this service knows (from the customer service's events) are members.
    if (input.customerId && !(await tx.findById(CustomerProfileEntity, input.customerId))) {
      throw badUserInput({ 'input.customerId': 'No such customer' });
    }
    if (input.contactId && !(await tx.findById(ContactProfileEntity, input.contactId))) {
      throw badUserInput({ 'input.contactId': 'No such contact' });
    }
    return uniqueOrConflict(
      members.create(within(context, tx), 'addCampaignMember', {
        values: newMember(campaignId, input),
        event: 'crm.marketing.member.added.v1',
      }),
      'Already a member of this campaign',
    );
  });
}

/** Adds the segment's customers who are not members yet; running it again adds only newcomers. */
export async function addSegmentToCampaign(
  context: RequestContext,
  { campaignId, segmentId }: MutationAddSegmentToCampaignArgs,
): Promise<CampaignEntity> {
  return context.db.transaction(async (tx) => {
    const campaign = await campaignTakingMembers(tx, context, campaignId);
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
    const added = newcomers.map(({ id }) =>
      tx.manager.create(CampaignMemberEntity, {
        ...newMember(campaignId, { customerId: id, segmentId }),
        tenantId: tx.tenantId,
      }),
    );
    // Many rows at once (create would insert one by one); the campaign row is locked, so no concurrent
    // addition inserts the same customer in between.
    await tx.manager.save(CampaignMemberEntity, added, { chunk: 500 });
    for (const member of added) {
      const after = memberSnapshot(member);
      await members.record(tx, context, 'addSegmentToCampaign', member.id, null, after, {
        event: 'crm.marketing.member.added.v1',
        data: { changedFields: changedFields(null, after) },
      });
    }
    return campaign;
  });
}

export function changeCampaignMemberStatus(
  context: RequestContext,
  { id, status: rawStatus, expectedVersion }: MutationChangeCampaignMemberStatusArgs,
): Promise<CampaignMemberEntity> {
  const status = parseInput(campaignMemberStatus, rawStatus, 'status');
  return members.change(
    context,
    { id, expectedVersion, operation: 'changeCampaignMemberStatus' },
    async (member, { tx }) => {
      const campaign = await tx.findById(CampaignEntity, member.campaignId);
      return memberStatusChange(member, campaign?.status ?? null, status, new Date());
    },
  );
}

/** Moves a member on behalf of a flow when its workflow allows the move (memberMoveByFlow); else nothing. */
export function moveMemberByFlow(
  context: ChangeContext,
  operation: string,
  memberId: string,
  to: CampaignMemberStatus,
  now: Date,
): Promise<CampaignMemberEntity> {
  return members.change(context, { id: memberId, operation }, (member) => memberMoveByFlow(member, to, now));
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const campaignMemberMutations = {
  addCampaignMember,
  addSegmentToCampaign,
  changeCampaignMemberStatus,
};
