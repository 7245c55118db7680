import type { RequestContext, TenantDb } from '@crm/platform';
import { WarrantyPolicyEntity } from './warrantyPolicy.entity';
import { defaultWarrantyMonths } from './warranty.rules';

/** The tenant's warranty in months (the default when none was set). */
export async function warrantyMonths(db: TenantDb): Promise<number> {
  const policy = await db.manager.findOne(WarrantyPolicyEntity, { where: { tenantId: db.tenantId } });
  return policy?.months ?? defaultWarrantyMonths;
}

export async function warrantyPolicy(context: RequestContext) {
  const policy = await context.db.manager.findOne(WarrantyPolicyEntity, {
    where: { tenantId: context.db.tenantId },
  });
  return { months: policy?.months ?? defaultWarrantyMonths, updatedAt: policy?.updatedAt ?? null };
}
