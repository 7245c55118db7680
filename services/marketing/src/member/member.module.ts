import { commandResolvers } from '@crm/platform';
import { defineModule } from '@crm/events';
import { campaignLoader } from '../campaign/campaign.queries';
import type { Resolvers } from '../generated/graphql';
import { marketers } from '../roles';
import { segmentLoader } from '../segment/segment.queries';
import { campaignMemberMutations } from './campaignMember.commands';
import { CampaignMemberEntity } from './campaignMember.entity';
import { memberCountsLoader, memberEmailLoader, membersOfCampaign } from './campaignMember.queries';

const resolvers: Resolvers = {
  Mutation: commandResolvers(campaignMemberMutations),
  Campaign: {
    members: (campaign, args, context) => membersOfCampaign(context, campaign.id, args),
    memberCounts: (campaign, _, context) => memberCountsLoader(context).load(campaign.id),
  },
  CampaignMember: {
    campaign: async (member, _, context) => (await campaignLoader(context).load(member.campaignId))!,
    customer: (member) => (member.customerId ? { id: member.customerId } : null),
    email: (member, _, context) => memberEmailLoader(context).load(member),
    segment: (member, _, context) =>
      member.segmentId ? segmentLoader(context).load(member.segmentId) : null,
  },
};

/** A campaign's members (customers and contacts) and their response statuses. */
export const memberModule = defineModule({
  resolvers,
  access: { change: marketers },
  entities: [CampaignMemberEntity],
});
