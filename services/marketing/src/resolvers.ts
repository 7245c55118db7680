import { forbidden, moneyText, parseInput } from '@crm/platform';
import { GraphQLScalarType } from 'graphql';
import { campaignPerformanceLoader } from './attribution/campaignPerformance.queries';
import {
  abortCampaign,
  completeCampaign,
  createCampaign,
  launchCampaign,
  updateCampaign,
} from './campaign/campaign.commands';
import { campaignLoader, listCampaigns } from './campaign/campaign.queries';
import { recordConsent, requestConsentConfirmation } from './consent/consent.commands';
import { consentLoader, customerConsentLoader, listConsents } from './consent/consent.queries';
import { emailAddress } from './consent/consent.rules';
import { campaignsOfCustomer } from './customer/customerCampaigns.queries';
import { recordEmailBounce, sendCampaignEmail, sendTestEmail } from './email/emailSend.commands';
import {
  emailSendLoader,
  messageCountsLoader,
  messagesOfSend,
  sendsOfCampaign,
} from './email/emailSend.queries';
import {
  createEmailTemplate,
  deleteEmailTemplate,
  updateEmailTemplate,
} from './email/emailTemplate.commands';
import { emailTemplateLoader, listEmailTemplates } from './email/emailTemplate.queries';
import type { Resolvers } from './generated/graphql';
import type { MarketingRuntime } from './marketingRuntime';
import {
  addCampaignMember,
  addSegmentToCampaign,
  changeCampaignMemberStatus,
} from './member/campaignMember.commands';
import {
  memberCountsLoader,
  memberEmailLoader,
  memberLoader,
  membersOfCampaign,
} from './member/campaignMember.queries';
import { createSegment, deleteSegment, updateSegment } from './segment/segment.commands';
import { listSegments, memberCountLoader, segmentLoader, segmentPreview } from './segment/segment.queries';
import {
  createSocialPost,
  recordSocialPostMetrics,
  scheduleSocialPost,
  updateSocialPost,
} from './social/socialPost.commands';
import { listSocialPosts, socialPostLoader, socialPostsOfCampaign } from './social/socialPost.queries';

const money = (value: string | null) => (value == null ? null : moneyText(value));

/** Output only: segment rules are given through the typed SegmentRules input. */
const SegmentRulesJson = new GraphQLScalarType({
  name: 'SegmentRulesJson',
  description: 'A SegmentRules value as JSON',
  serialize: (value) => value,
});

/** A JSON object of template variables (input only). */
const EmailVariables = new GraphQLScalarType({
  name: 'EmailVariables',
  description: 'Values for template variables, a JSON object',
  parseValue: (value) => value,
  serialize: (value) => value,
});

/** The marketing subgraph's resolvers; the runtime gives the mail settings and link signer once started. */
export function marketingResolvers(runtime: MarketingRuntime): Resolvers {
  return {
    SegmentRulesJson,
    EmailVariables,
    Query: {
      campaign: (_, { id }, context) => campaignLoader(context).load(id),
      campaigns: (_, args, context) => listCampaigns(context, args),
      segment: (_, { id }, context) => segmentLoader(context).load(id),
      segments: (_, args, context) => listSegments(context, args),
      segmentPreview: (_, { rules }, context) => segmentPreview(context, rules),
      emailTemplate: (_, { id }, context) => emailTemplateLoader(context).load(id),
      emailTemplates: (_, args, context) => listEmailTemplates(context, args),
      emailSend: (_, { id }, context) => emailSendLoader(context).load(id),
      consent: (_, { email }, context) => {
        // Who may not see addresses may not probe them either (the customer service's rule for filters).
        if (!context.seesPersonalData) throw forbidden('Your roles may not look up consent by address');
        return consentLoader(context).load(parseInput(emailAddress, email, 'email'));
      },
      consents: (_, args, context) => listConsents(context, args),
      socialPost: (_, { id }, context) => socialPostLoader(context).load(id),
      socialPosts: (_, args, context) => listSocialPosts(context, args),
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
      createSegment: (_, { input }, context) => createSegment(context, input),
      updateSegment: (_, { id, input, expectedVersion }, context) =>
        updateSegment(context, id, input, expectedVersion),
      deleteSegment: (_, { id, expectedVersion }, context) => deleteSegment(context, id, expectedVersion),
      addCampaignMember: (_, { campaignId, input }, context) => addCampaignMember(context, campaignId, input),
      addSegmentToCampaign: (_, { campaignId, segmentId }, context) =>
        addSegmentToCampaign(context, campaignId, segmentId),
      changeCampaignMemberStatus: (_, { id, status, expectedVersion }, context) =>
        changeCampaignMemberStatus(context, id, status, expectedVersion),
      createEmailTemplate: (_, { input }, context) => createEmailTemplate(context, input),
      updateEmailTemplate: (_, { id, input, expectedVersion }, context) =>
        updateEmailTemplate(context, id, input, expectedVersion),
      deleteEmailTemplate: (_, { id, expectedVersion }, context) =>
        deleteEmailTemplate(context, id, expectedVersion),
      sendTestEmail: (_, { templateId, to, variables }, context) =>
        sendTestEmail(context, runtime, templateId, to, variables),
      sendCampaignEmail: (_, { campaignId, templateId }, context) =>
        sendCampaignEmail(context, runtime, campaignId, templateId),
      recordEmailBounce: (_, { messageId, reason }, context) => recordEmailBounce(context, messageId, reason),
      recordConsent: (_, { input }, context) => recordConsent(context, input),
      requestConsentConfirmation: (_, { email }, context) =>
        requestConsentConfirmation(context, runtime, email),
      createSocialPost: (_, { input }, context) => createSocialPost(context, input),
      updateSocialPost: (_, { id, input, expectedVersion }, context) =>
        updateSocialPost(context, id, input, expectedVersion),
      scheduleSocialPost: (_, { id, scheduledAt, expectedVersion }, context) =>
        scheduleSocialPost(context, id, scheduledAt, expectedVersion),
      recordSocialPostMetrics: (_, { id, input }, context) => recordSocialPostMetrics(context, id, input),
    },
    Customer: {
      // The customer subgraph owns the customer; here it is its id, and its memberships are the caller tenant's.
      __resolveReference: (reference) => ({ id: reference.id }),
      campaigns: (customer, args, context) => campaignsOfCustomer(context, customer.id, args),
      consent: (customer, _, context) => customerConsentLoader(context).load(customer.id),
    },
    Campaign: {
      __resolveReference: (reference, context) => campaignLoader(context).load(reference.id),
      budget: (campaign) => money(campaign.budget),
      actualCost: (campaign) => money(campaign.actualCost),
      expectedRevenue: (campaign) => money(campaign.expectedRevenue),
      expectedResponseRate: (campaign) => money(campaign.expectedResponseRate),
      members: (campaign, args, context) => membersOfCampaign(context, campaign.id, args),
      memberCounts: (campaign, _, context) => memberCountsLoader(context).load(campaign.id),
      performance: (campaign, _, context) => campaignPerformanceLoader(context).load(campaign.id),
      emailSends: (campaign, args, context) => sendsOfCampaign(context, campaign.id, args),
      socialPosts: (campaign, args, context) => socialPostsOfCampaign(context, campaign.id, args),
    },
    CampaignPerformance: {
      membersByStatus: (performance, _, context) => memberCountsLoader(context).load(performance.campaignId),
    },
    CampaignMember: {
      campaign: async (member, _, context) => (await campaignLoader(context).load(member.campaignId))!,
      customer: (member) => (member.customerId ? { id: member.customerId } : null),
      email: async (member, _, context) => context.personal(await memberEmailLoader(context).load(member)),
      segment: (member, _, context) =>
        member.segmentId ? segmentLoader(context).load(member.segmentId) : null,
    },
    Segment: {
      __resolveReference: (reference, context) => segmentLoader(context).load(reference.id),
      memberCount: (segment, _, context) => memberCountLoader(context).load(segment),
    },
    EmailTemplate: {
      __resolveReference: (reference, context) => emailTemplateLoader(context).load(reference.id),
    },
    EmailSend: {
      campaign: async (send, _, context) => (await campaignLoader(context).load(send.campaignId))!,
      template: (send, _, context) => emailTemplateLoader(context).load(send.templateId),
      counts: (send, _, context) => messageCountsLoader(context).load(send.id),
      messages: (send, args, context) => messagesOfSend(context, send.id, args),
    },
    EmailMessage: {
      member: (message, _, context) => memberLoader(context).load(message.memberId),
      recipient: (message, _, context) => context.personal(message.recipient),
      // An SMTP refusal names the address ("550 <ann@example.com>: no such user").
      bounceReason: (message, _, context) => context.personal(message.bounceReason),
    },
    Consent: {
      email: (consent, _, context) => context.personal(consent.email),
      // Free text of whoever recorded it, which often names the person or the address.
      proof: (consent, _, context) => context.personal(consent.proof),
    },
    SocialPost: {
      __resolveReference: (reference, context) => socialPostLoader(context).load(reference.id),
      campaign: (post, _, context) =>
        post.campaignId ? campaignLoader(context).load(post.campaignId) : null,
    },
  };
}
