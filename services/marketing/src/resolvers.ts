import { canSeePersonalData, moneyText, type RequestContext } from '@crm/platform';
import { GraphQLScalarType } from 'graphql';
import {
  abortCampaign,
  completeCampaign,
  createCampaign,
  launchCampaign,
  updateCampaign,
} from './campaign/campaign.commands';
import { campaignLoader, listCampaigns } from './campaign/campaign.queries';
import { campaignsOfCustomer } from './customer/customerCampaigns.queries';
import type { Resolvers } from './generated/graphql';
import {
  addCampaignMember,
  addSegmentToCampaign,
  changeCampaignMemberStatus,
} from './member/campaignMember.commands';
import { memberCountsLoader, memberEmailLoader, membersOfCampaign } from './member/campaignMember.queries';
import { createSegment, deleteSegment, updateSegment } from './segment/segment.commands';
import { listSegments, memberCountLoader, segmentLoader, segmentPreview } from './segment/segment.queries';

/** Personal contact data is null for callers who may not see it (analysts). */
function personal<T>(context: RequestContext, value: T): T | null {
  return context.principal && canSeePersonalData(context.principal) ? value : null;
}

const money = (value: string | null) => (value == null ? null : moneyText(value));

/** Output only: segment rules are given through the typed SegmentRules input. */
const SegmentRulesJson = new GraphQLScalarType({
  name: 'SegmentRulesJson',
  description: 'A SegmentRules value as JSON',
  serialize: (value) => value,
});

export const resolvers: Resolvers = {
  SegmentRulesJson,
  Query: {
    campaign: (_, { id }, context) => campaignLoader(context).load(id),
    campaigns: (_, args, context) => listCampaigns(context, args),
    segment: (_, { id }, context) => segmentLoader(context).load(id),
    segments: (_, args, context) => listSegments(context, args),
    segmentPreview: (_, { rules }, context) => segmentPreview(context, rules),
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
  },
  Customer: {
    // The customer subgraph owns the customer; here it is its id, and its memberships are the caller tenant's.
    __resolveReference: (reference) => ({ id: reference.id }),
    campaigns: (customer, args, context) => campaignsOfCustomer(context, customer.id, args),
  },
  Campaign: {
    __resolveReference: (reference, context) => campaignLoader(context).load(reference.id),
    budget: (campaign) => money(campaign.budget),
    actualCost: (campaign) => money(campaign.actualCost),
    expectedRevenue: (campaign) => money(campaign.expectedRevenue),
    expectedResponseRate: (campaign) => money(campaign.expectedResponseRate),
    members: (campaign, args, context) => membersOfCampaign(context, campaign.id, args),
    memberCounts: (campaign, _, context) => memberCountsLoader(context).load(campaign.id),
  },
  CampaignMember: {
    campaign: async (member, _, context) => (await campaignLoader(context).load(member.campaignId))!,
    customer: (member) => (member.customerId ? { id: member.customerId } : null),
    email: async (member, _, context) => personal(context, await memberEmailLoader(context).load(member)),
    segment: (member, _, context) =>
      member.segmentId ? segmentLoader(context).load(member.segmentId) : null,
  },
  Segment: {
    __resolveReference: (reference, context) => segmentLoader(context).load(reference.id),
    memberCount: (segment, _, context) => memberCountLoader(context).load(segment),
  },
};
