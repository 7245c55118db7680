import {
  childConnection,
  defineList,
  loaderById,
  loaderByParent,
  type ListArgs,
  type PageArgs,
  type RequestContext,
  type SortKey,
} from '@crm/platform';
import type { PriceBookOrderField } from '../generated/graphql';
import { PriceBookEntity, PriceBookEntryEntity } from './priceBook.entity';

interface PriceBookArgs extends ListArgs<PriceBookOrderField> {
  isStandard?: boolean | null;
  active?: boolean | null;
}

/** The price book list; `isStandard` and `active` narrow it. */
export const listPriceBooks = defineList<PriceBookEntity, PriceBookOrderField, PriceBookArgs>({
  entity: PriceBookEntity,
  alias: 'b',
  filter: { id: 'id', name: 'string', currency: 'string', createdAt: 'dateTime' },
  orderBy: { NAME: 'name', CREATED_AT: 'createdAt' },
  defaultOrder: { property: 'name', direction: 'ASC' },
  rows: (context, { isStandard, active }) => {
    const query = context.db.select(PriceBookEntity, 'b');
    if (isStandard != null) query.andWhere('b.isStandard = :isStandard', { isStandard });
    if (active != null) query.andWhere('b.active = :active', { active });
    return query;
  },
});

const byCreation: SortKey[] = [{ property: 'createdAt', direction: 'ASC' }];

/** PriceBook.entries: the first pages of a list of books load together. */
export function entriesOfPriceBook(context: RequestContext, priceBookId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: PriceBookEntryEntity,
      parentProperty: 'priceBookId',
      parentId: priceBookId,
      sort: byCreation,
    },
    args,
  );
}

/** Product.prices: every price of a product, one query for a whole list of products. */
export const pricesOfProductLoader = (context: RequestContext) =>
  loaderByParent(context, PriceBookEntryEntity, 'productId', { createdAt: 'ASC' });

export const priceBookLoader = (context: RequestContext) => loaderById(context, PriceBookEntity);
