import {
  childConnection,
  applyFilter,
  byKeys,
  paginate,
  type SortKey,
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
const newestFirst: SortKey[] = [{ property: 'occurredAt', direction: 'DESC' }];

export function listInteractions(
  context: RequestContext,
  args: PageArgs & { filter?: InteractionFilter | null },
) {
  const query = context.db.select(InteractionEntity, 'i');
  applyFilter(query, args.filter, filterSpec);
  return paginate(query, newestFirst, args);
}

/** Customer.interactions: the first pages of a whole list of customers load together. */
export function interactionsOfCustomer(context: RequestContext, customerId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: InteractionEntity,
      parentProperty: 'customerId',
      parentId: customerId,
      sort: newestFirst,
      query: () =>
        context.db.select(InteractionEntity, 'i').andWhere('i.customerId = :customerId', { customerId }),
    },
    args,
  );
}

export function interactionLoader(context: RequestContext) {
  return context.loaders.get<string, InteractionEntity | null>('interactionById', async (ids) =>
    byKeys(ids, await context.db.findByIds(InteractionEntity, ids), (interaction) => interaction.id),
  );
}
