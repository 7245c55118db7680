import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { analysts } from '../roles';
import { campaignEmailFacts, campaignFacts, campaignMemberFacts } from './campaign.projection';
import { CampaignEmailFactEntity, CampaignFactEntity, CampaignMemberFactEntity } from './campaignFact.entity';
import { campaignPerformance } from './campaignPerformance.queries';

const resolvers: Resolvers = {
  Query: {
    campaignPerformanceReport: (_, __, context) => campaignPerformance(context),
  },
};

/** Campaign performance: responses, conversions, revenue and ROI per campaign. */
export const campaignModule = defineModule({
  resolvers,
  access: { read: [...analysts, 'marketer'] },
  entities: [CampaignFactEntity, CampaignMemberFactEntity, CampaignEmailFactEntity],
  projections: [campaignFacts, campaignMemberFacts, campaignEmailFacts],
});
