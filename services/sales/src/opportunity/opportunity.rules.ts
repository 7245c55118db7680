import type { EventDataInput } from '@crm/events';
import { conflict, optionalText, requiredText } from '@crm/platform';
import { z } from 'zod';
import { calendarDate } from '../order/order.rules';
import { createPriceBookInput } from '../priceBook/priceBook.rules';
import {
  forecastCategories,
  type ForecastCategory,
  type OpportunityEntity,
  type OpportunityStage,
  type StageMove,
} from './opportunity.entity';

export type OpportunitySnapshot = EventDataInput<'crm.sales.opportunity.created.v1'>['opportunity'];

const openStages: readonly OpportunityStage[] = ['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION'];

/** The probability a deal gets on entering a stage, unless one is set for the deal. */
export const defaultProbability: Record<OpportunityStage, number> = {
  PROSPECTING: 10,
  QUALIFICATION: 20,
  PROPOSAL: 50,
  NEGOTIATION: 75,
  CLOSED_WON: 100,
  CLOSED_LOST: 0,
};

export function isClosed(stage: OpportunityStage): boolean {
  return stage === 'CLOSED_WON' || stage === 'CLOSED_LOST';
}

/**
 * An open deal moves one stage forward, back to any earlier open stage, or closes (won or lost) from
 * any open stage. A closed deal is final: a new deal is a new opportunity.
 */
export function canMoveOpportunity(from: OpportunityStage, to: OpportunityStage): boolean {
  if (isClosed(from) || from === to) return false;
  if (isClosed(to)) return true;
  const fromIndex = openStages.indexOf(from);
  const toIndex = openStages.indexOf(to);
  return toIndex === fromIndex + 1 || toIndex < fromIndex;
}

export function assertOpportunityMove(from: OpportunityStage, to: OpportunityStage): void {
  if (!canMoveOpportunity(from, to)) {
    throw conflict(`An opportunity cannot move from ${from} to ${to}`, { stage: from });
  }
}

/** The forecast category after a move: closed deals are CLOSED or OMITTED, open ones keep theirs. */
export function forecastAfterMove(to: OpportunityStage, current: ForecastCategory): ForecastCategory {
  if (to === 'CLOSED_WON') return 'CLOSED';
  if (to === 'CLOSED_LOST') return 'OMITTED';
  return current === 'CLOSED' || current === 'OMITTED' ? 'PIPELINE' : current;
}

/** Whole days between entering a stage and leaving it. */
export function daysInStage(enteredAt: Date, leftAt: Date): number {
  return Math.max(0, Math.floor((leftAt.getTime() - enteredAt.getTime()) / 86_400_000));
}

export function stageMove(
  from: OpportunityStage,
  to: OpportunityStage,
  enteredAt: Date,
  at: Date,
  by: string,
): StageMove {
  return { from, to, at: at.toISOString(), by, daysInPreviousStage: daysInStage(enteredAt, at) };
}

const amount = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,2})?$/, 'A decimal of at least 0 with at most 2 decimals, e.g. "1234.50"');
const probability = z.number().int('A whole number').min(0, 'At least 0').max(100, 'At most 100');
const competitors = z
  .array(z.string().trim().min(1, 'Must not be empty').max(100, 'At most 100 characters'))
  .max(20, 'At most 20 competitors')
  .transform((values) => [...new Set(values)]);

export const createOpportunityInput = z.object({
  name: requiredText(200),
  customerId: z.uuid('Not a UUID'),
  primaryContactId: z.uuid('Not a UUID').nullish(),
  amount: amount.nullish(),
  currency: createPriceBookInput.shape.currency,
  probability: probability.nullish(),
  forecastCategory: z.enum(forecastCategories.filter((c) => c !== 'CLOSED')).nullish(),
  expectedCloseDate: calendarDate.nullish(),
  ownerId: optionalText(100),
  campaignId: z.uuid('Not a UUID').nullish(),
  competitors: competitors.nullish(),
});

export const updateOpportunityInput = createOpportunityInput.partial().extend({
  name: requiredText(200).optional(),
  customerId: z.uuid('Not a UUID').optional(),
  currency: createPriceBookInput.shape.currency.optional(),
  competitors: competitors.optional(),
});

export const changeStageInput = z.object({
  stage: z.enum(['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST']),
  probability: probability.nullish(),
  lossReason: optionalText(1000),
});

export function opportunitySnapshot(opportunity: OpportunityEntity): OpportunitySnapshot {
  return {
    id: opportunity.id,
    tenantId: opportunity.tenantId,
    name: opportunity.name,
    customerId: opportunity.customerId,
    primaryContactId: opportunity.primaryContactId,
    amount: opportunity.amount === null ? null : normalizedAmount(opportunity.amount),
    currency: opportunity.currency,
    stage: opportunity.stage,
    probability: opportunity.probability,
    forecastCategory: opportunity.forecastCategory,
    expectedCloseDate: opportunity.expectedCloseDate,
    ownerId: opportunity.ownerId,
    campaignId: opportunity.campaignId,
    competitors: opportunity.competitors,
    lossReason: opportunity.lossReason,
    stageEnteredAt: opportunity.stageEnteredAt.toISOString(),
    closedAt: opportunity.closedAt?.toISOString() ?? null,
    stageHistory: opportunity.stageHistory,
    version: opportunity.version,
    createdAt: opportunity.createdAt.toISOString(),
    updatedAt: opportunity.updatedAt.toISOString(),
  };
}

/** Amounts are kept to cents (numeric(21,2)): "1200.5" and "1200.50" are the same amount. */
export function normalizedAmount(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  return `${BigInt(whole!).toString()}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}
