import {
  childConnection,
  defineList,
  loaderById,
  type PageArgs,
  type RequestContext,
  type SortKey,
} from '@crm/platform';
import { InteractionEntity } from './interaction.entity';

/** Newest first; `customerId` limits it to one customer (Customer.interactions). */
const newestFirst: SortKey = { property: 'occurredAt', direction: 'DESC' };

export const listInteractions = defineList<InteractionEntity, never>({
  entity: InteractionEntity,
  alias: 'i',
  filter: { customerId: 'id', contactId: 'id', kind: 'enum', subject: 'string', occurredAt: 'dateTime' },
  orderBy: {},
  defaultOrder: newestFirst,
});

/** Customer.interactions: the first pages of a whole list of customers load together. */
export function interactionsOfCustomer(context: RequestContext, customerId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: InteractionEntity,
      parentProperty: 'customerId',
      parentId: customerId,
      sort: [newestFirst],
    },
    args,
  );
}

export const interactionLoader = (context: RequestContext) => loaderById(context, InteractionEntity);
