import { defineModule } from '@crm/events';
import { everyRole, moneyText } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { marketers } from '../roles';
import {
  abortCampaign,
  completeCampaign,
  createCampaign,
  launchCampaign,
  updateCampaign,
} from './campaign.commands';
import { CampaignEntity } from './campaign.entity';
import { campaignLoader, listCampaigns } from './campaign.queries';

const money = (value: string | null) => (value == null ? null : moneyText(value));

const resolvers: Resolvers = {
  Query: {
    campaign: (_, { id }, context) => campaignLoader(context).load(id),
    campaigns: (_, args, context) => listCampaigns(context, args),
  },
  Mutation: {
    createCampaign: (_, { input }, context) => createCampaign(context, input),
    updateCampaign: (_, { id, input, expectedVersion }, context) =>
      updateCampaign(context, id, input, expectedVersion),
    launchCampaign: (_, { id, expectedVersion }, context) => launchCampaign(context, id, expectedVersion),
    completeCampaign: (_, { id, actualCost, expectedVersion }, context) =>
      completeCampaign(context, id, actualCost, expectedVersion),
    abortCampaign: (_, { id, reason, expectedVersion }, context) =>
      abortCampaign(context, id, reason, expectedVersion),
  },
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
  permissions: {
    'Query.campaign': everyRole,
    'Query.campaigns': everyRole,
    'Mutation.createCampaign': marketers,
    'Mutation.updateCampaign': marketers,
    'Mutation.launchCampaign': marketers,
    'Mutation.completeCampaign': marketers,
    'Mutation.abortCampaign': marketers,
    'Campaign.__resolveReference': everyRole,
  },
  entities: [CampaignEntity],
});
