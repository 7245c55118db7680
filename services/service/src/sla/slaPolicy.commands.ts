import { notFound, parseInput, recordAudit, type RequestContext, type TenantDb } from '@crm/platform';
import type { MutationDeleteSlaPolicyArgs, MutationSetSlaPolicyArgs } from '../generated/graphql';
import { SlaPolicyEntity } from './slaPolicy.entity';
import { slaPolicyInput } from './slaPolicy.rules';

const policyState = (policy: SlaPolicyEntity) => ({
  priority: policy.priority,
  firstResponseHours: policy.firstResponseHours,
  resolutionHours: policy.resolutionHours,
  bumpPriorityOnBreach: policy.bumpPriorityOnBreach,
});

/** Policies are settings, not a domain aggregate with events: each change leaves an audit record. */
function auditPolicy(
  tx: TenantDb,
  context: RequestContext,
  operation: string,
  id: string,
  before: object | null,
  after: object | null,
) {
  return recordAudit(tx, {
    actorId: context.user.userId,
    requestId: context.requestId,
    operation,
    entityType: 'SlaPolicy',
    entityId: id,
    before,
    after,
  });
}

/** Creates or replaces the policy of a priority; tickets opened from now on use it. */
export async function setSlaPolicy(
  context: RequestContext,
  { input: rawInput }: MutationSetSlaPolicyArgs,
): Promise<SlaPolicyEntity> {
  const input = parseInput(slaPolicyInput, rawInput);
  return context.db.transaction(async (tx) => {
    // Serialises concurrent sets of one priority: the unique index would fail the second insert.
    await tx.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `sla_policy:${tx.tenantId}:${input.priority}`,
    ]);
    const existing = await tx.manager.findOne(SlaPolicyEntity, {
      where: { tenantId: tx.tenantId, priority: input.priority },
    });
    const before = existing ? policyState(existing) : null;
    const policy =
      existing ?? tx.manager.create(SlaPolicyEntity, { tenantId: tx.tenantId, priority: input.priority });
    policy.firstResponseHours = input.firstResponseHours;
    policy.resolutionHours = input.resolutionHours;
    policy.bumpPriorityOnBreach = input.bumpPriorityOnBreach ?? false;
    await tx.save(SlaPolicyEntity, policy);
    await auditPolicy(tx, context, 'setSlaPolicy', policy.id, before, policyState(policy));
    return policy;
  });
}

export async function deleteSlaPolicy(
  context: RequestContext,
  { priority }: MutationDeleteSlaPolicyArgs,
): Promise<SlaPolicyEntity> {
  return context.db.transaction(async (tx) => {
    const policy = await tx.manager.findOne(SlaPolicyEntity, {
      where: { tenantId: tx.tenantId, priority },
      lock: { mode: 'pessimistic_write' },
    });
    if (!policy) throw notFound('SlaPolicy', priority);
    const id = policy.id;
    await tx.remove(SlaPolicyEntity, policy);
    await auditPolicy(tx, context, 'deleteSlaPolicy', id, policyState(policy), null);
    return Object.assign(policy, { id });
  });
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const slaPolicyMutations = { setSlaPolicy, deleteSlaPolicy };
