import type { TenantDb } from '@crm/platform';
import { SalesSettingsEntity, type StageProbabilities } from './salesSettings.entity';
import { builtInSalesSettings } from './salesSettings.rules';

/** What Query.salesSettings shows: version 0 and no time while the tenant has the built-in defaults. */
export interface SalesSettingsView {
  stageProbabilities: StageProbabilities;
  discountApprovalThreshold: string;
  version: number;
  updatedAt: Date | null;
}

export async function salesSettingsOf(db: TenantDb): Promise<SalesSettingsView> {
  const settings = await db.select(SalesSettingsEntity, 's').getOne();
  return settings ?? { ...builtInSalesSettings, version: 0, updatedAt: null };
}

/** The tenant's default probabilities of the open stages (the built-in ones until it sets its own). */
export async function stageProbabilitiesOf(db: TenantDb): Promise<StageProbabilities> {
  return (await salesSettingsOf(db)).stageProbabilities;
}

/** The highest line discount a sales rep of the tenant gives without a manager's approval (20 % until set). */
export async function discountApprovalThresholdOf(db: TenantDb): Promise<string> {
  return (await salesSettingsOf(db)).discountApprovalThreshold;
}
