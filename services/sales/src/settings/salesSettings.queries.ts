import type { TenantDb } from '@crm/platform';
import { SalesSettingsEntity, type StageProbabilities } from './salesSettings.entity';
import { builtInStageProbabilities } from './salesSettings.rules';

/** What Query.salesSettings shows: version 0 and no time while the tenant has the built-in defaults. */
export interface SalesSettingsView {
  stageProbabilities: StageProbabilities;
  version: number;
  updatedAt: Date | null;
}

export async function salesSettingsOf(db: TenantDb): Promise<SalesSettingsView> {
  const settings = await db.select(SalesSettingsEntity, 's').getOne();
  return settings ?? { stageProbabilities: builtInStageProbabilities, version: 0, updatedAt: null };
}

/** The tenant's default probabilities of the open stages (the built-in ones until it sets its own). */
export async function stageProbabilitiesOf(db: TenantDb): Promise<StageProbabilities> {
  const settings = await db.select(SalesSettingsEntity, 's').getOne();
  return settings?.stageProbabilities ?? builtInStageProbabilities;
}
