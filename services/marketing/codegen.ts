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
    EmailTemplate: '../email/emailTemplate.entity#EmailTemplateEntity',
    EmailSend: '../email/emailSend.entity#EmailSendEntity',
    EmailMessage: '../email/emailMessage.entity#EmailMessageEntity',
    Consent: '../consent/consent.queries#ConsentView',
    SocialPost: '../social/socialPost.entity#SocialPostEntity',
    CampaignPerformance: '../attribution/campaignPerformance.queries#CampaignPerformanceView',
    EmailTemplateConnection: '@crm/platform#Connection<EmailTemplateEntity>',
    EmailSendConnection: '@crm/platform#Connection<EmailSendEntity>',
    EmailMessageConnection: '@crm/platform#Connection<EmailMessageEntity>',
    ConsentConnection: '@crm/platform#Connection<ConsentView>',
    SocialPostConnection: '@crm/platform#Connection<SocialPostEntity>',
  },
  { SegmentRulesJson: 'Record<string, unknown>', EmailVariables: 'Record<string, unknown>' },
);
