import { recordChange } from '@crm/events';
import { changedFields, conflict, parseInput, uniqueOrConflict, type RequestContext } from '@crm/platform';
import { openStages } from '../opportunity/opportunity.entity';
import { SalesSettingsEntity } from './salesSettings.entity';
import {
  builtInStageProbabilities,
  salesSettingsSnapshot,
  stageProbabilitiesInput,
} from './salesSettings.rules';

/**
 * Sets the tenant's default probability of open stages (those left out keep theirs). Deals take it when
 * they enter a stage from then on; deals already in a stage keep theirs.
 */
export async function setStageProbabilities(
  context: RequestContext,
  rawInput: unknown,
  expectedVersion: number | null | undefined,
): Promise<SalesSettingsEntity> {
  const input = parseInput(stageProbabilitiesInput, rawInput);
  return context.db.transaction(async (tx) => {
    const existing = await tx.select(SalesSettingsEntity, 's').setLock('pessimistic_write').getOne();
    if (existing && expectedVersion != null && existing.version !== expectedVersion) {
      throw conflict(`The sales settings were changed by someone else (version ${existing.version})`, {
        currentVersion: existing.version,
      });
    }
    const current = existing?.stageProbabilities ?? builtInStageProbabilities;
    const probabilities = { ...current };
    for (const stage of openStages) probabilities[stage] = input[stage] ?? current[stage];
    const changed = openStages.filter((stage) => probabilities[stage] !== current[stage]);
    if (existing && changed.length === 0) return existing;
    // The row is made on the first change; concurrent first changes meet on the unique tenant index.
    const settings =
      existing ??
      tx.manager.create(SalesSettingsEntity, { tenantId: tx.tenantId, stageProbabilities: current });
    const before = existing ? salesSettingsSnapshot(existing) : null;
    settings.stageProbabilities = probabilities;
    await uniqueOrConflict(
      tx.save(SalesSettingsEntity, settings),
      'The sales settings were changed meanwhile',
    );
    const after = salesSettingsSnapshot(settings);
    await recordChange(tx, context.actor, {
      operation: 'setStageProbabilities',
      entityType: 'SalesSettings',
      entityId: settings.id,
      before,
      after,
      event: {
        type: 'crm.sales.settings.updated.v1',
        data: { settings: after, changedFields: changedFields(before, after) },
      },
    });
    return settings;
  });
}
