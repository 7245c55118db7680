import {
  salesSettingsSnapshot as salesSettingsSnapshotSchema,
  imageOf,
  type EventDataInput,
  type OpportunityStage,
} from '@crm/events';
import { centsText, toCents } from '@crm/platform';
import { z } from 'zod';
import { openStages } from '../opportunity/opportunity.entity';
import { discountPercent } from '../order/order.rules';
import type { SalesSettingsEntity, StageProbabilities } from './salesSettings.entity';

export type SalesSettingsSnapshot = EventDataInput<'crm.sales.settings.updated.v1'>['settings'];

/** The default probability of each open stage until a tenant sets its own. */
export const builtInStageProbabilities: StageProbabilities = {
  PROSPECTING: 10,
  QUALIFICATION: 20,
  PROPOSAL: 50,
  NEGOTIATION: 75,
};

/** A tenant's threshold until it sets its own: a sales rep's line discount above 20 % needs a manager's approval. */
export const builtInDiscountApprovalThreshold = '20.00';

/** The settings of a tenant that has changed none. */
export const builtInSalesSettings = {
  stageProbabilities: builtInStageProbabilities,
  discountApprovalThreshold: builtInDiscountApprovalThreshold,
};

/** The probability a deal gets on entering a stage (unless set for the deal): closed stages are fixed. */
export function stageProbability(stage: OpportunityStage, probabilities: StageProbabilities): number {
  if (stage === 'CLOSED_WON') return 100;
  if (stage === 'CLOSED_LOST') return 0;
  return probabilities[stage];
}

const probability = z.number().int('A whole number').min(0, 'At least 0').max(100, 'At most 100');

/** Stages left out keep their probability; the input names them in camel case (GraphQL fields). */
export const stageProbabilitiesInput = z
  .object({
    prospecting: probability.nullish(),
    qualification: probability.nullish(),
    proposal: probability.nullish(),
    negotiation: probability.nullish(),
  })
  .transform((input) => ({
    PROSPECTING: input.prospecting,
    QUALIFICATION: input.qualification,
    PROPOSAL: input.proposal,
    NEGOTIATION: input.negotiation,
  }));

/** The probabilities after a change: the open stages given take theirs, the others keep theirs. */
export function stageProbabilitiesWith(
  current: StageProbabilities,
  input: z.output<typeof stageProbabilitiesInput>,
): StageProbabilities {
  // In the current keys' order: images compare as JSON, and jsonb has its own order of keys.
  const probabilities = { ...current };
  for (const stage of openStages) probabilities[stage] = input[stage] ?? current[stage];
  return probabilities;
}

/** A percentage as line discounts are given (0–100, at most 2 decimals), kept with two decimals. */
export const discountApprovalThresholdInput = z.object({
  percent: discountPercent.transform((percent) => centsText(toCents(percent))),
});

export function salesSettingsSnapshot(settings: SalesSettingsEntity): SalesSettingsSnapshot {
  return imageOf(salesSettingsSnapshotSchema, settings);
}
