import { parseInput, recordAudit, type RequestContext } from '@crm/platform';
import type { MutationSetWarrantyPolicyArgs } from '../generated/graphql';
import { WarrantyPolicyEntity } from './warrantyPolicy.entity';
import { warrantyMonthsInput } from './warranty.rules';

/** Sets the tenant's warranty; REPAIR tickets opened from now on are checked against it. Audited, no event. */
export async function setWarrantyPolicy(
  context: RequestContext,
  { months: rawMonths }: MutationSetWarrantyPolicyArgs,
) {
  const months = parseInput(warrantyMonthsInput, rawMonths, 'months');
  return context.db.transaction(async (tx) => {
    // Serialises concurrent first sets: the unique index would fail the second insert.
    await tx.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `warranty_policy:${tx.tenantId}`,
    ]);
    const existing = await tx.manager.findOne(WarrantyPolicyEntity, { where: { tenantId: tx.tenantId } });
    const before = existing ? { months: existing.months } : null;
    const policy = existing ?? tx.manager.create(WarrantyPolicyEntity, { tenantId: tx.tenantId });
    policy.months = months;
    await tx.save(WarrantyPolicyEntity, policy);
    await recordAudit(tx, {
      ...context.actor,
      operation: 'setWarrantyPolicy',
      entityType: 'WarrantyPolicy',
      entityId: policy.id,
      before,
      after: { months },
    });
    return { months: policy.months, updatedAt: policy.updatedAt };
  });
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const warrantyPolicyMutations = { setWarrantyPolicy };
