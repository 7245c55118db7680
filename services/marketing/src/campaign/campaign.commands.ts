import { defineAggregate, type CampaignStatus } from '@crm/events';
import { parseInput, type RequestContext } from '@crm/platform';
import type {
  MutationAbortCampaignArgs,
  MutationCompleteCampaignArgs,
  MutationCreateCampaignArgs,
  MutationLaunchCampaignArgs,
  MutationUpdateCampaignArgs,
} from '../generated/graphql';
import { CampaignEntity } from './campaign.entity';
import {
  abortReasonInput,
  actualCostInput,
  campaignMove,
  campaignSnapshot,
  campaignUpdate,
  createCampaignInput,
  updateCampaignInput,
} from './campaign.rules';

export const campaigns = defineAggregate({
  name: 'Campaign',
  entity: CampaignEntity,
  eventKey: 'campaign',
  image: campaignSnapshot,
});

export function createCampaign(
  context: RequestContext,
  { input: rawInput }: MutationCreateCampaignArgs,
): Promise<CampaignEntity> {
  const input = parseInput(createCampaignInput, rawInput);
  return campaigns.create(context, 'createCampaign', {
    values: {
      name: input.name,
      type: input.type,
      status: 'PLANNED',
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      location: input.location ?? null,
      currency: input.currency ?? 'USD',
      budget: input.budget ?? null,
      actualCost: input.actualCost ?? null,
      expectedRevenue: input.expectedRevenue ?? null,
      expectedResponseRate: input.expectedResponseRate ?? null,
      ownerId: input.ownerId ?? context.user.userId,
      description: input.description ?? null,
      launchedAt: null,
      completedAt: null,
      abortedAt: null,
      abortReason: null,
    },
    event: 'crm.marketing.campaign.created.v1',
  });
}

export function updateCampaign(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateCampaignArgs,
): Promise<CampaignEntity> {
  const input = parseInput(updateCampaignInput, rawInput);
  return campaigns.change(context, { id, expectedVersion, operation: 'updateCampaign' }, (campaign) => ({
    set: campaignUpdate(campaign, input),
    event: 'crm.marketing.campaign.updated.v1',
  }));
}

/** Moves a campaign in its workflow; an illegal move is CONFLICT and writes nothing. */
function moveCampaign(
  context: RequestContext,
  operation: string,
  id: string,
  to: CampaignStatus,
  expectedVersion: number | null | undefined,
  set: (now: Date) => Partial<CampaignEntity>,
): Promise<CampaignEntity> {
  return campaigns.change(context, { id, expectedVersion, operation }, (campaign) =>
    campaignMove(campaign, to, set(new Date())),
  );
}

export function launchCampaign(context: RequestContext, { id, expectedVersion }: MutationLaunchCampaignArgs) {
  return moveCampaign(context, 'launchCampaign', id, 'ACTIVE', expectedVersion, (now) => ({
    launchedAt: now,
  }));
}

export function completeCampaign(
  context: RequestContext,
  { id, actualCost: rawActualCost, expectedVersion }: MutationCompleteCampaignArgs,
) {
  const actualCost = parseInput(actualCostInput, rawActualCost, 'actualCost');
  return moveCampaign(context, 'completeCampaign', id, 'COMPLETED', expectedVersion, (now) => ({
    completedAt: now,
    ...(actualCost != null ? { actualCost } : {}),
  }));
}

export function abortCampaign(
  context: RequestContext,
  { id, reason: rawReason, expectedVersion }: MutationAbortCampaignArgs,
) {
  const reason = parseInput(abortReasonInput, rawReason, 'reason');
  return moveCampaign(context, 'abortCampaign', id, 'ABORTED', expectedVersion, (now) => ({
    abortedAt: now,
    abortReason: reason ?? null,
  }));
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const campaignMutations = {
  createCampaign,
  updateCampaign,
  launchCampaign,
  completeCampaign,
  abortCampaign,
};
