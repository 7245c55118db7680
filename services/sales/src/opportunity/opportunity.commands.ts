import { recordChange, type EventType } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  forbidden,
  notFound,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { OpportunityEntity } from './opportunity.entity';
import { isVisibleOpportunity, seesOnlyOwnOpportunities } from './opportunity.queries';
import {
  assertOpportunityMove,
  changeStageInput,
  createOpportunityInput,
  defaultProbability,
  forecastAfterMove,
  isClosed,
  opportunitySnapshot,
  stageMove,
  updateOpportunityInput,
  type OpportunitySnapshot,
} from './opportunity.rules';

type OpportunityEventType = Extract<EventType, `crm.sales.opportunity.${string}`>;

function assertOwnerAllowed(context: RequestContext, ownerId: string | null | undefined): void {
  if (seesOnlyOwnOpportunities(context.user) && ownerId != null && ownerId !== context.user.userId) {
    throw forbidden('A sales rep may only own opportunities themselves');
  }
}

function recordOpportunityChange<T extends OpportunityEventType>(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  before: OpportunitySnapshot | null,
  after: OpportunitySnapshot,
  event: Parameters<typeof recordChange<T>>[2]['event'],
) {
  return recordChange(tx, context.actor, {
    operation,
    entityType: 'Opportunity',
    entityId: after.id,
    before,
    after,
    event,
  });
}

/** Locks an opportunity the caller may change; one they may not see is NOT_FOUND, before the version. */
export async function findOpportunityForUpdate(
  tx: TenantDb,
  context: RequestContext,
  id: string,
  expectedVersion?: number | null,
): Promise<OpportunityEntity> {
  const opportunity = await tx.findForUpdate(OpportunityEntity, 'Opportunity', id);
  if (!isVisibleOpportunity(context, opportunity)) throw notFound('Opportunity', id);
  if (expectedVersion != null && opportunity.version !== expectedVersion) {
    throw conflict(
      `Opportunity ${id} was changed by someone else (version ${opportunity.version}, expected ${expectedVersion})`,
      { currentVersion: opportunity.version },
    );
  }
  return opportunity;
}

/** A new deal in PROSPECTING, with that stage's probability unless one is given. */
export async function createOpportunity(
  context: RequestContext,
  rawInput: unknown,
): Promise<OpportunityEntity> {
  const input = parseInput(createOpportunityInput, rawInput);
  assertOwnerAllowed(context, input.ownerId);
  return context.db.transaction(async (tx) => {
    const now = new Date();
    const opportunity = tx.manager.create(OpportunityEntity, {
      tenantId: tx.tenantId,
      name: input.name,
      customerId: input.customerId,
      primaryContactId: input.primaryContactId ?? null,
      amount: input.amount ?? null,
      currency: input.currency,
      stage: 'PROSPECTING',
      probability: input.probability ?? defaultProbability.PROSPECTING,
      forecastCategory: input.forecastCategory ?? 'PIPELINE',
      expectedCloseDate: input.expectedCloseDate ?? null,
      ownerId: input.ownerId ?? context.user.userId,
      campaignId: input.campaignId ?? null,
      competitors: input.competitors ?? [],
      lossReason: null,
      stageEnteredAt: now,
      closedAt: null,
      stageHistory: [],
      createdAt: now,
    });
    await tx.save(OpportunityEntity, opportunity);
    const after = opportunitySnapshot(opportunity);
    await recordOpportunityChange(tx, context, 'createOpportunity', null, after, {
      type: 'crm.sales.opportunity.created.v1',
      data: { opportunity: after, changedFields: changedFields(null, after) },
    });
    return opportunity;
  });
}

/** Changes the given fields (not the stage: changeOpportunityStage); a closed deal no longer changes. */
export async function updateOpportunity(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<OpportunityEntity> {
  const input = parseInput(updateOpportunityInput, rawInput);
  assertOwnerAllowed(context, input.ownerId);
  return context.db.transaction(async (tx) => {
    const opportunity = await findOpportunityForUpdate(tx, context, id, expectedVersion);
    if (isClosed(opportunity.stage)) {
      throw conflict(`Opportunity ${id} is closed and can no longer change`, { stage: opportunity.stage });
    }
    const before = opportunitySnapshot(opportunity);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(opportunity, { [key]: value });
    }
    if (input.probability === null) opportunity.probability = defaultProbability[opportunity.stage];
    if (input.forecastCategory === null) opportunity.forecastCategory = 'PIPELINE';
    const changed = changedFields(before, opportunitySnapshot(opportunity));
    if (changed.length === 0) return opportunity;
    await tx.save(OpportunityEntity, opportunity);
    const after = opportunitySnapshot(opportunity);
    await recordOpportunityChange(tx, context, 'updateOpportunity', before, after, {
      type: 'crm.sales.opportunity.updated.v1',
      data: { opportunity: after, changedFields: changed },
    });
    return opportunity;
  });
}

/**
 * Moves a deal along its stages (opportunity.rules), recording the move with the whole days spent in the
 * stage it leaves. The probability becomes the new stage's default unless given; losing needs a reason.
 */
export async function changeOpportunityStage(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number | null | undefined,
): Promise<OpportunityEntity> {
  const input = parseInput(changeStageInput, rawInput, '');
  if (input.stage === 'CLOSED_LOST' && !input.lossReason) {
    throw badUserInput({ lossReason: 'Required when the opportunity is lost' });
  }
  if (input.stage !== 'CLOSED_LOST' && input.lossReason) {
    throw badUserInput({ lossReason: 'Only when the opportunity is lost' });
  }
  if (isClosed(input.stage) && input.probability != null) {
    throw badUserInput({ probability: 'A closed opportunity has the probability of its stage' });
  }
  return context.db.transaction(async (tx) => {
    const opportunity = await findOpportunityForUpdate(tx, context, id, expectedVersion);
    assertOpportunityMove(opportunity.stage, input.stage);
    const before = opportunitySnapshot(opportunity);
    const now = new Date();
    const move = stageMove(
      opportunity.stage,
      input.stage,
      opportunity.stageEnteredAt,
      now,
      context.user.userId,
    );
    Object.assign(opportunity, {
      stage: input.stage,
      probability: input.probability ?? defaultProbability[input.stage],
      forecastCategory: forecastAfterMove(input.stage, opportunity.forecastCategory),
      lossReason: input.lossReason ?? null,
      stageEnteredAt: now,
      closedAt: isClosed(input.stage) ? now : null,
      stageHistory: [...opportunity.stageHistory, move],
    });
    await tx.save(OpportunityEntity, opportunity);
    const after = opportunitySnapshot(opportunity);
    const data = {
      opportunity: after,
      previousStage: before.stage,
      changedFields: changedFields(before, after),
    };
    const event =
      input.stage === 'CLOSED_WON'
        ? ({ type: 'crm.sales.opportunity.won.v1', data } as const)
        : input.stage === 'CLOSED_LOST'
          ? ({ type: 'crm.sales.opportunity.lost.v1', data } as const)
          : ({ type: 'crm.sales.opportunity.stage_changed.v1', data } as const);
    await recordOpportunityChange(tx, context, 'changeOpportunityStage', before, after, event);
    return opportunity;
  });
}
