import {
  applyFilter,
  byKeys,
  paginate,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import type { InteractionFilter } from '../generated/graphql';
import { InteractionEntity } from './interaction.entity';

const filterSpec: FilterSpec = {
  customerId: { kind: 'id', column: 'i.customer_id' },
  contactId: { kind: 'id', column: 'i.contact_id' },
  kind: { kind: 'enum', column: 'i.kind' },
  subject: { kind: 'string', column: 'i.subject' },
  occurredAt: { kind: 'dateTime', column: 'i.occurred_at' },
};

/** Newest first; `customerId` limits it to one customer (Customer.interactions). */
export function listInteractions(
  context: RequestContext,
  args: PageArgs & { filter?: InteractionFilter | null; customerId?: string },
) {
  const query = context.db.select(InteractionEntity, 'i');
  if (args.customerId) query.andWhere('i.customerId = :customerId', { customerId: args.customerId });
  applyFilter(query, args.filter, filterSpec);
  return paginate(query, [{ property: 'occurredAt', direction: 'DESC' }], args);
}

export function interactionLoader(context: RequestContext) {
  return context.loaders.get<string, InteractionEntity | null>('interactionById', async (ids) =>
    byKeys(ids, await context.db.findByIds(InteractionEntity, ids), (interaction) => interaction.id),
  );
}
