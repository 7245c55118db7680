import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { memberCountsLoader } from '../member/campaignMember.queries';
import { attributionProjection } from './attribution.projection';
import { LeadAttributionEntity, OpportunityAttributionEntity } from './attribution.entity';
import { campaignPerformanceLoader } from './campaignPerformance.queries';

const resolvers: Resolvers = {
  Campaign: {
    performance: (campaign, _, context) => campaignPerformanceLoader(context).load(campaign.id),
  },
  CampaignPerformance: {
    membersByStatus: (performance, _, context) => memberCountsLoader(context).load(performance.campaignId),
  },
};

/** Campaign.performance: sales' leads and opportunities attributed to campaigns, kept from their events. */
export const attributionModule = defineModule({
  resolvers,
  entities: [LeadAttributionEntity, OpportunityAttributionEntity],
  projections: [attributionProjection],
});
