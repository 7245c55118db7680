import { recordChange, type EventType } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import type { CampaignStatus } from '../generated/graphql';
import { CampaignEntity } from './campaign.entity';
import {
  abortReasonInput,
  actualCostInput,
  campaignSnapshot,
  createCampaignInput,
  dateRangeError,
  fieldsOfFinalCampaign,
  updateCampaignInput,
  type CampaignSnapshot,
} from './campaign.rules';
import { campaignTransition, isFinalCampaignStatus } from './campaignWorkflow';

type CampaignEventType = Extract<EventType, `crm.marketing.campaign.${string}`>;

/** Audit record and event of one campaign change, in the caller's transaction. */
function recordCampaignChange<T extends CampaignEventType>(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  before: CampaignSnapshot | null,
  after: CampaignSnapshot,
  event: Parameters<typeof recordChange<T>>[2]['event'],
) {
  return recordChange(tx, context.actor, {
    operation,
    entityType: 'Campaign',
    entityId: after.id,
    before,
    after,
    event,
  });
}

export async function createCampaign(context: RequestContext, rawInput: unknown): Promise<CampaignEntity> {
  const input = parseInput(createCampaignInput, rawInput);
  return context.db.transaction(async (tx) => {
    const campaign = tx.manager.create(CampaignEntity, {
      tenantId: tx.tenantId,
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
    });
    await tx.save(CampaignEntity, campaign);
    const after = campaignSnapshot(campaign);
    await recordCampaignChange(tx, context, 'createCampaign', null, after, {
      type: 'crm.marketing.campaign.created.v1',
      data: { campaign: after, changedFields: changedFields(null, after) },
    });
    return campaign;
  });
}

export async function updateCampaign(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<CampaignEntity> {
  const input = parseInput(updateCampaignInput, rawInput);
  return context.db.transaction(async (tx) => {
    const campaign = await tx.findForUpdate(CampaignEntity, 'Campaign', id, expectedVersion);
    const before = campaignSnapshot(campaign);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(campaign, { [key]: value });
    }
    // The range is checked on the result: one date may change against the other one stored.
    const rangeError = dateRangeError(campaign.startDate, campaign.endDate);
    if (rangeError) {
      throw badUserInput({ [input.endDate !== undefined ? 'input.endDate' : 'input.startDate']: rangeError });
    }
    const changed = changedFields(before, campaignSnapshot(campaign));
    if (changed.length === 0) return campaign; // nothing to write, no event
    const frozen = changed.filter((field) => !fieldsOfFinalCampaign.includes(field));
    if (isFinalCampaignStatus(before.status) && frozen.length > 0) {
      throw conflict(`Campaign ${id} is ${before.status}: only actualCost and description may change`, {
        status: before.status,
        fields: frozen,
      });
    }
    await tx.save(CampaignEntity, campaign);
    const after = campaignSnapshot(campaign);
    await recordCampaignChange(tx, context, 'updateCampaign', before, after, {
      type: 'crm.marketing.campaign.updated.v1',
      data: { campaign: after, changedFields: changed },
    });
    return campaign;
  });
}

/** Moves a campaign in its workflow; an illegal move is CONFLICT and writes nothing. */
async function moveCampaign(
  context: RequestContext,
  operation: string,
  id: string,
  to: CampaignStatus,
  expectedVersion: number | null | undefined,
  apply: (campaign: CampaignEntity, now: Date) => void,
): Promise<CampaignEntity> {
  return context.db.transaction(async (tx) => {
    const campaign = await tx.findForUpdate(CampaignEntity, 'Campaign', id, expectedVersion);
    const transition = campaignTransition(campaign.status, to);
    if (!transition.allowed) throw conflict(transition.reason, { status: campaign.status });
    const before = campaignSnapshot(campaign);
    campaign.status = to;
    apply(campaign, new Date());
    await tx.save(CampaignEntity, campaign);
    const after = campaignSnapshot(campaign);
    await recordCampaignChange(tx, context, operation, before, after, {
      type: `crm.marketing.campaign.${transition.event}.v1`,
      data: { campaign: after, previousStatus: before.status, changedFields: changedFields(before, after) },
    });
    return campaign;
  });
}

export function launchCampaign(context: RequestContext, id: string, expectedVersion?: number | null) {
  return moveCampaign(context, 'launchCampaign', id, 'ACTIVE', expectedVersion, (campaign, now) => {
    campaign.launchedAt = now;
  });
}

export function completeCampaign(
  context: RequestContext,
  id: string,
  rawActualCost: unknown,
  expectedVersion?: number | null,
) {
  const actualCost = parseInput(actualCostInput, rawActualCost, 'actualCost');
  return moveCampaign(context, 'completeCampaign', id, 'COMPLETED', expectedVersion, (campaign, now) => {
    campaign.completedAt = now;
    if (actualCost != null) campaign.actualCost = actualCost;
  });
}

export function abortCampaign(
  context: RequestContext,
  id: string,
  rawReason: unknown,
  expectedVersion?: number | null,
) {
  const reason = parseInput(abortReasonInput, rawReason, 'reason');
  return moveCampaign(context, 'abortCampaign', id, 'ABORTED', expectedVersion, (campaign, now) => {
    campaign.abortedAt = now;
    campaign.abortReason = reason ?? null;
  });
}
