import { childConnection, loaderById, type PageArgs, type RequestContext } from '@crm/platform';
import { ContactProfileEntity, CustomerProfileEntity } from '../customer/customerProfile.entity';
import type { CampaignMemberCounts, CampaignMemberStatus } from '../generated/graphql';
import { CampaignMemberEntity } from './campaignMember.entity';

/** Campaign.members, newest first; the first pages of a whole list of campaigns load together. */
export function membersOfCampaign(context: RequestContext, campaignId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: CampaignMemberEntity,
      parentProperty: 'campaignId',
      parentId: campaignId,
      sort: [{ property: 'createdAt', direction: 'DESC' }],
    },
    args,
  );
}

const countField: Record<CampaignMemberStatus, keyof Omit<CampaignMemberCounts, 'total' | '__typename'>> = {
  TARGETED: 'targeted',
  SENT: 'sent',
  OPENED: 'opened',
  CLICKED: 'clicked',
  RESPONDED: 'responded',
  CONVERTED: 'converted',
  BOUNCED: 'bounced',
  UNSUBSCRIBED: 'unsubscribed',
};

function noMembers(): CampaignMemberCounts {
  return {
    total: 0,
    targeted: 0,
    sent: 0,
    opened: 0,
    clicked: 0,
    responded: 0,
    converted: 0,
    bounced: 0,
    unsubscribed: 0,
  };
}

/** Campaign.memberCounts for every campaign of a request in one query. */
export function memberCountsLoader(context: RequestContext) {
  return context.loaders.get<string, CampaignMemberCounts>('memberCountsByCampaign', async (campaignIds) => {
    const rows: { campaign_id: string; status: CampaignMemberStatus; members: number }[] = await context.db
      .select(CampaignMemberEntity, 'm')
      .select('m.campaign_id', 'campaign_id')
      .addSelect('m.status', 'status')
      .addSelect('count(*)::int', 'members')
      .andWhere('m.campaign_id = ANY(:campaignIds)', { campaignIds })
      .groupBy('m.campaign_id')
      .addGroupBy('m.status')
      .getRawMany();
    const counts = new Map(campaignIds.map((id) => [id, noMembers()]));
    for (const row of rows) {
      const of = counts.get(row.campaign_id)!;
      of[countField[row.status]] += row.members;
      of.total += row.members;
    }
    return campaignIds.map((id) => counts.get(id)!);
  });
}

/** A member's address as the projection knows it (the customer's, or the contact's), batched per request. */
export function memberEmailLoader(context: RequestContext) {
  return context.loaders.get<CampaignMemberEntity, string | null>('memberEmail', async (members) => {
    const customerIds = members.flatMap((member) => (member.customerId ? [member.customerId] : []));
    const contactIds = members.flatMap((member) => (member.contactId ? [member.contactId] : []));
    const [customers, contacts] = await Promise.all([
      context.db.findByIds(CustomerProfileEntity, customerIds),
      context.db.findByIds(ContactProfileEntity, contactIds),
    ]);
    const emails = new Map<string, string | null>([
      ...customers.map((customer) => [customer.id, customer.email] as const),
      ...contacts.map((contact) => [contact.id, contact.email] as const),
    ]);
    return members.map((member) => emails.get(member.customerId ?? member.contactId ?? '') ?? null);
  });
}

export const memberLoader = (context: RequestContext) => loaderById(context, CampaignMemberEntity);
