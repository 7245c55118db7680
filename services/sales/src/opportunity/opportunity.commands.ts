import { recordChange, type EventType } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  forbidden,
  hasRole,
  notFound,
  parseInput,
  type RequestContext,
  type TenantDb,
} from '@crm/platform';
import { assertMayBackdate } from '../order/order.commands';
import { chosenPriceBook, priceFromBook } from '../priceBook/pricing';
import { reassignQuotesOfOpportunity } from '../quote/quote.commands';
import { stageProbabilitiesOf } from '../settings/salesSettings.queries';
import { stageProbability } from '../settings/salesSettings.rules';
import { OpportunityEntity, OpportunityLineEntity } from './opportunity.entity';
import {
  assertOpportunityMove,
  changeStageInput,
  contactsAfter,
  createOpportunityInput,
  forecastAfterMove,
  isClosed,
  opportunityLinesInput,
  opportunitySnapshot,
  stageMove,
  updateOpportunityInput,
  type CreateOpportunity,
  type OpportunitySnapshot,
} from './opportunity.rules';
import { seesOnlyOwnRecords, isVisibleRecord } from '../ownership';

type OpportunityEventType = Extract<EventType, `crm.sales.opportunity.${string}`>;

export function assertOpportunityOwnerAllowed(
  context: RequestContext,
  ownerId: string | null | undefined,
): void {
  if (seesOnlyOwnRecords(context.user) && ownerId != null && ownerId !== context.user.userId) {
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

function linesOf(tx: TenantDb, opportunityId: string): Promise<OpportunityLineEntity[]> {
  return tx.manager.find(OpportunityLineEntity, {
    where: { opportunityId, tenantId: tx.tenantId },
    order: { position: 'ASC' },
  });
}

/** Locks an opportunity the caller may change; one they may not see is NOT_FOUND, before the version. */
export async function findOpportunityForUpdate(
  tx: TenantDb,
  context: RequestContext,
  id: string,
  expectedVersion?: number | null,
): Promise<{ opportunity: OpportunityEntity; lines: OpportunityLineEntity[] }> {
  const opportunity = await tx.findForUpdate(OpportunityEntity, 'Opportunity', id);
  if (!isVisibleRecord(context, opportunity)) throw notFound('Opportunity', id);
  if (expectedVersion != null && opportunity.version !== expectedVersion) {
    throw conflict(
      `Opportunity ${id} was changed by someone else (version ${opportunity.version}, expected ${expectedVersion})`,
      { currentVersion: opportunity.version },
    );
  }
  return { opportunity, lines: await linesOf(tx, id) };
}

/** As findOpportunityForUpdate, and a closed deal no longer changes (CONFLICT). */
async function findOpenOpportunityForUpdate(
  tx: TenantDb,
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
) {
  const found = await findOpportunityForUpdate(tx, context, id, expectedVersion);
  if (isClosed(found.opportunity.stage)) {
    throw conflict(`Opportunity ${id} is closed and can no longer change`, {
      stage: found.opportunity.stage,
    });
  }
  return found;
}

/**
 * Saves a changed deal with its audit record and opportunity.updated; nothing when nothing changed. Lines
 * alone still bump the deal's version: the deal as a whole changed.
 */
async function saveUpdate(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  before: OpportunitySnapshot,
  opportunity: OpportunityEntity,
  lines: OpportunityLineEntity[],
): Promise<OpportunityEntity> {
  const changed = changedFields(before, opportunitySnapshot(opportunity, lines));
  if (changed.length === 0) return opportunity;
  opportunity.updatedAt = new Date();
  await tx.save(OpportunityEntity, opportunity);
  const after = opportunitySnapshot(opportunity, lines);
  await recordOpportunityChange(tx, context, operation, before, after, {
    type: 'crm.sales.opportunity.updated.v1',
    data: { opportunity: after, changedFields: changed },
  });
  return opportunity;
}

/**
 * Writes a new deal in PROSPECTING (the tenant's probability of that stage unless one is given) with its
 * audit record and opportunity.created, in the caller's transaction: createOpportunity and convertLead.
 */
export async function insertOpportunity(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  input: CreateOpportunity & { leadId?: string | null },
): Promise<OpportunityEntity> {
  const now = input.createdAt ?? new Date();
  const probabilities = await stageProbabilitiesOf(tx);
  const opportunity = tx.manager.create(OpportunityEntity, {
    tenantId: tx.tenantId,
    name: input.name,
    customerId: input.customerId,
    ...contactsAfter({ primaryContactId: null, contactRoles: [] }, input),
    leadId: input.leadId ?? null,
    priceBookId: null,
    amount: input.amount ?? null,
    currency: input.currency,
    stage: 'PROSPECTING',
    probability: input.probability ?? stageProbability('PROSPECTING', probabilities),
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
  const after = opportunitySnapshot(opportunity, []);
  await recordOpportunityChange(tx, context, operation, null, after, {
    type: 'crm.sales.opportunity.created.v1',
    data: { opportunity: after, changedFields: changedFields(null, after) },
  });
  return opportunity;
}

/** A new deal in PROSPECTING, with the tenant's probability of that stage unless one is given. */
export async function createOpportunity(
  context: RequestContext,
  rawInput: unknown,
): Promise<OpportunityEntity> {
  const input = parseInput(createOpportunityInput, rawInput);
  assertOpportunityOwnerAllowed(context, input.ownerId);
  assertMayBackdate(context, input.createdAt);
  return context.db.transaction((tx) => insertOpportunity(tx, context, 'createOpportunity', input));
}

/**
 * Changes the given fields (not the stage: changeOpportunityStage; not the lines: setOpportunityLines);
 * a closed deal no longer changes. While the deal has lines its amount is theirs, and their currency fixed.
 */
export async function updateOpportunity(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<OpportunityEntity> {
  const input = parseInput(updateOpportunityInput, rawInput);
  assertOpportunityOwnerAllowed(context, input.ownerId);
  return context.db.transaction(async (tx) => {
    const { opportunity, lines } = await findOpenOpportunityForUpdate(tx, context, id, expectedVersion);
    if (lines.length > 0) {
      const errors: Record<string, string> = {};
      if (input.amount !== undefined) errors['input.amount'] = 'The amount is the sum of the lines';
      if (input.currency !== undefined && input.currency !== opportunity.currency) {
        errors['input.currency'] = `The lines are priced in ${opportunity.currency}: remove them first`;
      }
      if (Object.keys(errors).length > 0) throw badUserInput(errors);
    }
    const before = opportunitySnapshot(opportunity, lines);
    const { contactRoles: _roles, primaryContactId: _primary, ...fields } = input;
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) Object.assign(opportunity, { [key]: value });
    }
    Object.assign(opportunity, contactsAfter(opportunity, input));
    if (input.probability === null) {
      opportunity.probability = stageProbability(opportunity.stage, await stageProbabilitiesOf(tx));
    }
    if (input.forecastCategory === null) opportunity.forecastCategory = 'PIPELINE';
    if (opportunity.ownerId !== before.ownerId) {
      await reassignQuotesOfOpportunity(tx, context, opportunity.id, opportunity.ownerId);
    }
    return saveUpdate(tx, context, 'updateOpportunity', before, opportunity, lines);
  });
}

/**
 * Replaces a deal's product lines, priced from the price book named, the deal's, or the standard book of
 * its currency (admins and sales managers may give a unit price). With lines, the amount is their total;
 * removing every line leaves the last amount, editable again.
 */
export async function setOpportunityLines(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number | null | undefined,
): Promise<OpportunityEntity> {
  const input = parseInput(opportunityLinesInput, rawInput);
  if (
    !hasRole(context.user, 'admin', 'sales_manager') &&
    input.lines.some((line) => line.unitPrice != null)
  ) {
    throw forbidden('Only admins and sales managers may override a unit price');
  }
  return context.db.transaction(async (tx) => {
    const { opportunity, lines } = await findOpenOpportunityForUpdate(tx, context, id, expectedVersion);
    const before = opportunitySnapshot(opportunity, lines);
    let newLines: OpportunityLineEntity[] = [];
    if (input.lines.length > 0) {
      const book = await chosenPriceBook(
        tx,
        input.priceBookId ?? opportunity.priceBookId,
        opportunity.currency,
      );
      const priced = await priceFromBook(tx, book, opportunity.currency, input.lines);
      newLines = priced.lines.map(({ priced: _priced, ...line }) =>
        tx.manager.create(OpportunityLineEntity, { ...line, tenantId: tx.tenantId, opportunityId: id }),
      );
      Object.assign(opportunity, { priceBookId: book.id, amount: priced.totals.total });
    }
    for (const line of lines) await tx.remove(OpportunityLineEntity, line);
    for (const line of newLines) await tx.save(OpportunityLineEntity, line);
    return saveUpdate(tx, context, 'setOpportunityLines', before, opportunity, newLines);
  });
}

/**
 * Moves a deal along its stages (opportunity.rules), recording the move with the whole days spent in the
 * stage it leaves. The probability becomes the tenant's default of the new stage unless given; losing
 * needs a reason.
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
  assertMayBackdate(context, input.movedAt);
  return context.db.transaction(async (tx) => {
    const { opportunity, lines } = await findOpportunityForUpdate(tx, context, id, expectedVersion);
    assertOpportunityMove(opportunity.stage, input.stage);
    if (input.movedAt && input.movedAt < opportunity.stageEnteredAt) {
      throw badUserInput({ movedAt: 'Before the deal entered its current stage' });
    }
    const before = opportunitySnapshot(opportunity, lines);
    const now = input.movedAt ?? new Date();
    const move = stageMove(
      opportunity.stage,
      input.stage,
      opportunity.stageEnteredAt,
      now,
      context.user.userId,
    );
    Object.assign(opportunity, {
      stage: input.stage,
      probability: input.probability ?? stageProbability(input.stage, await stageProbabilitiesOf(tx)),
      forecastCategory: forecastAfterMove(input.stage, opportunity.forecastCategory),
      lossReason: input.lossReason ?? null,
      stageEnteredAt: now,
      closedAt: isClosed(input.stage) ? now : null,
      stageHistory: [...opportunity.stageHistory, move],
    });
    await tx.save(OpportunityEntity, opportunity);
    const after = opportunitySnapshot(opportunity, lines);
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
