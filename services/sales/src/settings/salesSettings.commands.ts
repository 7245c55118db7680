import { defineAggregate } from '@crm/events';
import { parseInput, uniqueOrConflict, type RequestContext } from '@crm/platform';
import type {
  MutationSetDiscountApprovalThresholdArgs,
  MutationSetStageProbabilitiesArgs,
} from '../generated/graphql';
import { SalesSettingsEntity } from './salesSettings.entity';
import {
  builtInSalesSettings,
  discountApprovalThresholdInput,
  salesSettingsSnapshot,
  stageProbabilitiesInput,
  stageProbabilitiesWith,
} from './salesSettings.rules';

/** One row per tenant, made on its first change. */
export const salesSettings = defineAggregate({
  name: 'SalesSettings',
  entity: SalesSettingsEntity,
  eventKey: 'settings',
  image: salesSettingsSnapshot,
});

type SalesSettingsValues = Pick<SalesSettingsEntity, keyof typeof builtInSalesSettings>;

/**
 * Changes the tenant's settings as `change` says, from the built-in ones on the first change (which makes the
 * row); each change publishes settings.updated.
 */
async function changeSalesSettings(
  context: RequestContext,
  operation: string,
  expectedVersion: number | null | undefined,
  change: (settings: SalesSettingsValues) => Partial<SalesSettingsValues>,
): Promise<SalesSettingsEntity> {
  const existing = await context.db.select(SalesSettingsEntity, 's').getOne();
  if (existing) {
    return salesSettings.change(context, { id: existing.id, expectedVersion, operation }, (settings) => ({
      set: change(settings),
      event: 'crm.sales.settings.updated.v1',
    }));
  }
  // Concurrent first changes meet on the unique tenant index.
  return uniqueOrConflict(
    salesSettings.create(context, operation, {
      values: { ...builtInSalesSettings, ...change(builtInSalesSettings) },
      event: 'crm.sales.settings.updated.v1',
    }),
    'The sales settings were changed meanwhile',
  );
}

/**
 * Sets the tenant's default probability of open stages (those left out keep theirs). Deals take it when
 * they enter a stage from then on; deals already in a stage keep theirs.
 */
export function setStageProbabilities(
  context: RequestContext,
  { input: rawInput, expectedVersion }: MutationSetStageProbabilitiesArgs,
): Promise<SalesSettingsEntity> {
  const input = parseInput(stageProbabilitiesInput, rawInput);
  return changeSalesSettings(context, 'setStageProbabilities', expectedVersion, (settings) => ({
    stageProbabilities: stageProbabilitiesWith(settings.stageProbabilities, input),
  }));
}

/**
 * Sets the highest line discount a sales rep gives without a manager's approval. Orders and quotes priced from
 * then on follow it; those already held or approved keep their approval.
 */
export function setDiscountApprovalThreshold(
  context: RequestContext,
  { percent, expectedVersion }: MutationSetDiscountApprovalThresholdArgs,
): Promise<SalesSettingsEntity> {
  const input = parseInput(discountApprovalThresholdInput, { percent }, '');
  return changeSalesSettings(context, 'setDiscountApprovalThreshold', expectedVersion, () => ({
    discountApprovalThreshold: input.percent,
  }));
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const salesSettingsMutations = { setStageProbabilities, setDiscountApprovalThreshold };
