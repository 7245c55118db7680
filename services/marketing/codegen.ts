// The file itself, not the package index: codegen's loader cannot compile the TypeORM entities.
import { subgraphCodegen } from '@crm/platform/src/graphql/subgraphCodegen';

export default subgraphCodegen(
  {
    Customer: '../customer/customerCampaigns.queries#CustomerReference',
    Campaign: '../campaign/campaign.entity#CampaignEntity',
    CampaignMember: '../member/campaignMember.entity#CampaignMemberEntity',
    Segment: '../segment/segment.entity#SegmentEntity',
    CampaignConnection: '@crm/platform#Connection<CampaignEntity>',
    CampaignMemberConnection: '@crm/platform#Connection<CampaignMemberEntity>',
    SegmentConnection: '@crm/platform#Connection<SegmentEntity>',
  },
  { SegmentRulesJson: 'Record<string, unknown>' },
);
