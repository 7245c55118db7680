import { everyRole, type Permissions, type Role } from '@crm/platform';

/** Who changes marketing data: marketers (and admins); every other role reads. */
const marketers: Role[] = ['admin', 'marketer'];

/** DESIGN §7's allow-list for this subgraph: every root field and entity lookup, by role. */
export const permissions: Permissions = {
  'Query.campaign': everyRole,
  'Query.campaigns': everyRole,
  'Query.segment': everyRole,
  'Query.segments': everyRole,
  'Query.segmentPreview': everyRole,
  'Mutation.createCampaign': marketers,
  'Mutation.updateCampaign': marketers,
  'Mutation.launchCampaign': marketers,
  'Mutation.completeCampaign': marketers,
  'Mutation.abortCampaign': marketers,
  'Mutation.createSegment': marketers,
  'Mutation.updateSegment': marketers,
  'Mutation.deleteSegment': marketers,
  'Mutation.addCampaignMember': marketers,
  'Mutation.addSegmentToCampaign': marketers,
  'Mutation.changeCampaignMemberStatus': marketers,
  'Customer.__resolveReference': everyRole,
  'Campaign.__resolveReference': everyRole,
  'Segment.__resolveReference': everyRole,
};
