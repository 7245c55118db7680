import { defineModule } from '@crm/events';
import { everyRole, moneyText, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { marketers } from '../roles';
import { campaignMutations } from './campaign.commands';
import { CampaignEntity } from './campaign.entity';
import { campaignLoader, listCampaigns } from './campaign.queries';

const money = (value: string | null) => (value == null ? null : moneyText(value));

const resolvers: Resolvers = {
  Query: {
    campaign: (_, { id }, context) => campaignLoader(context).load(id),
    campaigns: (_, args, context) => listCampaigns(context, args),
  },
  Mutation: commandResolvers(campaignMutations),
  Campaign: {
    __resolveReference: (reference, context) => campaignLoader(context).load(reference.id),
    budget: (campaign) => money(campaign.budget),
    actualCost: (campaign) => money(campaign.actualCost),
    expectedRevenue: (campaign) => money(campaign.expectedRevenue),
    expectedResponseRate: (campaign) => money(campaign.expectedResponseRate),
  },
};

/** Campaigns: PLANNED → ACTIVE → COMPLETED, or ABORTED. */
export const campaignModule = defineModule({
  resolvers,
  access: { read: everyRole, change: marketers },
  entities: [CampaignEntity],
});
