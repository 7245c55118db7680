import { defineAggregate } from '@crm/events';
import { parseInput, uniqueOrConflict, type RequestContext } from '@crm/platform';
import type { MutationSetStageProbabilitiesArgs } from '../generated/graphql';
import { SalesSettingsEntity } from './salesSettings.entity';
import {
  builtInStageProbabilities,
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

/**
 * Sets the tenant's default probability of open stages (those left out keep theirs). Deals take it when
 * they enter a stage from then on; deals already in a stage keep theirs.
 */
export async function setStageProbabilities(
  context: RequestContext,
  { input: rawInput, expectedVersion }: MutationSetStageProbabilitiesArgs,
): Promise<SalesSettingsEntity> {
  const input = parseInput(stageProbabilitiesInput, rawInput);
  const existing = await context.db.select(SalesSettingsEntity, 's').getOne();
  if (existing) {
    return salesSettings.change(
      context,
      { id: existing.id, expectedVersion, operation: 'setStageProbabilities' },
      (settings) => ({
        set: { stageProbabilities: stageProbabilitiesWith(settings.stageProbabilities, input) },
        event: 'crm.sales.settings.updated.v1',
      }),
    );
  }
  // Concurrent first changes meet on the unique tenant index.
  return uniqueOrConflict(
    salesSettings.create(context, 'setStageProbabilities', {
      values: { stageProbabilities: stageProbabilitiesWith(builtInStageProbabilities, input) },
      event: 'crm.sales.settings.updated.v1',
    }),
    'The sales settings were changed meanwhile',
  );
}
