import { within, type ChangeContext } from '@crm/events';
import { badUserInput, forbidden, parseInput, seesOnlyOwnRecords, type RequestContext } from '@crm/platform';
import type {
  MutationChangeOpportunityStageArgs,
  MutationCreateOpportunityArgs,
  MutationSetOpportunityLinesArgs,
  MutationUpdateOpportunityArgs,
} from '../generated/graphql';
import { assertMayBackdate } from '../order/order.commands';

import { chosenPriceBook, priceFromBook, writeLines, type ProductLineValues } from '../priceBook/pricing';
import { reassignQuotesOfOpportunity } from '../quote/quote.commands';
import { hasPricingAuthority } from '../roles';
import { stageProbabilitiesOf } from '../settings/salesSettings.queries';
import { stageProbability } from '../settings/salesSettings.rules';
import { opportunities } from './opportunity.aggregate';
import { OpportunityLineEntity, type OpportunityEntity } from './opportunity.entity';
import {
  assertOpen,
  changeStageInput,
  contactsAfter,
  createOpportunityInput,
  isClosed,
  opportunityLinesInput,
  opportunityUpdate,
  stageChange,
  updateOpportunityInput,
  type CreateOpportunity,
} from './opportunity.rules';

export function assertOpportunityOwnerAllowed(
  context: RequestContext,
  ownerId: string | null | undefined,
): void {
  if (seesOnlyOwnRecords(context.user) && ownerId != null && ownerId !== context.user.userId) {
    throw forbidden('A sales rep may only own opportunities themselves');
  }
}

/**
 * Writes a new deal in PROSPECTING (the tenant's probability of that stage unless one is given) with its
 * audit record and opportunity.created: createOpportunity and convertLead.
 */
export function insertOpportunity(
  context: ChangeContext,
  operation: string,
  input: CreateOpportunity & { leadId?: string | null },
): Promise<OpportunityEntity> {
  const now = input.createdAt ?? new Date();
  return context.db.transaction(async (tx) => {
    const probabilities = await stageProbabilitiesOf(tx);
    return opportunities.create(within(context, tx), operation, {
      values: {
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
        ownerId: input.ownerId ?? context.user?.userId ?? null,
        campaignId: input.campaignId ?? null,
        competitors: input.competitors ?? [],
        lossReason: null,
        stageEnteredAt: now,
        closedAt: null,
        stageHistory: [],
        createdAt: now,
      },
      // A new deal has no lines yet.
      writeParts: async () => [],
      event: 'crm.sales.opportunity.created.v1',
    });
  });
}

/** A new deal in PROSPECTING, with the tenant's probability of that stage unless one is given. */
export function createOpportunity(
  context: RequestContext,
  { input: rawInput }: MutationCreateOpportunityArgs,
): Promise<OpportunityEntity> {
  const input = parseInput(createOpportunityInput, rawInput);
  assertOpportunityOwnerAllowed(context, input.ownerId);
  assertMayBackdate(context, input.createdAt);
  return insertOpportunity(context, 'createOpportunity', input);
}

/**
 * Changes the given fields (not the stage: changeOpportunityStage; not the lines: setOpportunityLines);
 * a closed deal no longer changes. A deal handed to another owner takes its quotes along.
 */
export function updateOpportunity(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateOpportunityArgs,
): Promise<OpportunityEntity> {
  const input = parseInput(updateOpportunityInput, rawInput);
  assertOpportunityOwnerAllowed(context, input.ownerId);
  return opportunities.change(
    context,
    { id, expectedVersion, operation: 'updateOpportunity' },
    async (opportunity, { parts: lines, tx }) => {
      const stageDefault =
        input.probability === null
          ? stageProbability(opportunity.stage, await stageProbabilitiesOf(tx))
          : undefined;
      const set = opportunityUpdate(opportunity, lines, input, stageDefault);
      if (set.ownerId !== undefined && set.ownerId !== opportunity.ownerId) {
        // The quotes follow the deal whoever may see them: a flow of this change, not the caller's own edit.
        await reassignQuotesOfOpportunity({ db: tx, actor: context.actor }, id, set.ownerId);
      }
      return { set, event: 'crm.sales.opportunity.updated.v1' };
    },
  );
}

/**
 * Replaces a deal's product lines, priced from the price book named, the deal's, or the standard book of
 * its currency (admins and sales managers may give a unit price). With lines, the amount is their total;
 * removing every line leaves the last amount, editable again.
 */
export function setOpportunityLines(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationSetOpportunityLinesArgs,
): Promise<OpportunityEntity> {
  const input = parseInput(opportunityLinesInput, rawInput);
  if (!hasPricingAuthority(context.user) && input.lines.some((line) => line.unitPrice != null)) {
    throw forbidden('Only admins and sales managers may override a unit price');
  }
  return opportunities.change(
    context,
    { id, expectedVersion, operation: 'setOpportunityLines' },
    async (opportunity, { parts: lines, tx }) => {
      assertOpen(opportunity);
      let priced: ProductLineValues[] = [];
      let set = {};
      if (input.lines.length > 0) {
        const book = await chosenPriceBook(
          tx,
          input.priceBookId ?? opportunity.priceBookId,
          opportunity.currency,
        );
        const pricing = await priceFromBook(tx, book, opportunity.currency, input.lines);
        priced = pricing.lines;
        set = { priceBookId: book.id, amount: pricing.totals.total };
      }
      for (const line of lines) await tx.remove(OpportunityLineEntity, line);
      const written = await writeLines(tx, OpportunityLineEntity, { opportunityId: id }, priced);
      return { set, parts: written, event: 'crm.sales.opportunity.updated.v1' };
    },
  );
}

/**
 * Moves a deal along its stages (opportunity.rules), recording the move with the whole days spent in the
 * stage it leaves. The probability becomes the tenant's default of the new stage unless given; losing
 * needs a reason.
 */
export function changeOpportunityStage(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationChangeOpportunityStageArgs,
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
  return opportunities.change(
    context,
    { id, expectedVersion, operation: 'changeOpportunityStage' },
    async (opportunity, { tx }) => {
      const probability = input.probability ?? stageProbability(input.stage, await stageProbabilitiesOf(tx));
      return stageChange(opportunity, input, probability, context.user.userId);
    },
  );
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const opportunityMutations = {
  createOpportunity,
  updateOpportunity,
  changeOpportunityStage,
  setOpportunityLines,
};
