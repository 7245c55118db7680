import { defineModule } from '@crm/events';
import { campaignLoader } from '../campaign/campaign.queries';
import type { Resolvers } from '../generated/graphql';
import { marketers } from '../roles';
import { segmentLoader } from '../segment/segment.queries';
import {
  addCampaignMember,
  addSegmentToCampaign,
  changeCampaignMemberStatus,
} from './campaignMember.commands';
import { CampaignMemberEntity } from './campaignMember.entity';
import { memberCountsLoader, memberEmailLoader, membersOfCampaign } from './campaignMember.queries';

const resolvers: Resolvers = {
  Mutation: {
    addCampaignMember: (_, { campaignId, input }, context) => addCampaignMember(context, campaignId, input),
    addSegmentToCampaign: (_, { campaignId, segmentId }, context) =>
      addSegmentToCampaign(context, campaignId, segmentId),
    changeCampaignMemberStatus: (_, { id, status, expectedVersion }, context) =>
      changeCampaignMemberStatus(context, id, status, expectedVersion),
  },
  Campaign: {
    members: (campaign, args, context) => membersOfCampaign(context, campaign.id, args),
    memberCounts: (campaign, _, context) => memberCountsLoader(context).load(campaign.id),
  },
  CampaignMember: {
    campaign: async (member, _, context) => (await campaignLoader(context).load(member.campaignId))!,
    customer: (member) => (member.customerId ? { id: member.customerId } : null),
    email: async (member, _, context) => context.personal(await memberEmailLoader(context).load(member)),
    segment: (member, _, context) =>
      member.segmentId ? segmentLoader(context).load(member.segmentId) : null,
  },
};

/** A campaign's members (customers and contacts) and their response statuses. */
export const memberModule = defineModule({
  resolvers,
  permissions: {
    'Mutation.addCampaignMember': marketers,
    'Mutation.addSegmentToCampaign': marketers,
    'Mutation.changeCampaignMemberStatus': marketers,
  },
  entities: [CampaignMemberEntity],
});
