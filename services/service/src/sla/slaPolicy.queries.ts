import type { RequestContext, TenantDb } from '@crm/platform';
import type { TicketPriority } from '../generated/graphql';
import { SlaPolicyEntity } from './slaPolicy.entity';

const priorityOrder: TicketPriority[] = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'];

/** The tenant's policies, most urgent first. */
export async function listSlaPolicies(context: RequestContext): Promise<SlaPolicyEntity[]> {
  const policies = await context.db.select(SlaPolicyEntity, 'p').getMany();
  return policies.sort((a, b) => priorityOrder.indexOf(a.priority) - priorityOrder.indexOf(b.priority));
}

/** The policy for a priority, or null (tickets then have no due times). */
export function slaPolicyFor(tx: TenantDb, priority: TicketPriority): Promise<SlaPolicyEntity | null> {
  return tx.manager.findOne(SlaPolicyEntity, { where: { tenantId: tx.tenantId, priority } });
}
