import {
  applyFilter,
  byKeys,
  childConnection,
  groupByKeys,
  paginate,
  sortOrder,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
  type SortKey,
} from '@crm/platform';
import { In } from 'typeorm';
import type { PriceBookFilter, PriceBookOrderBy } from '../generated/graphql';
import { PriceBookEntity, PriceBookEntryEntity } from './priceBook.entity';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 'b.id' },
  name: { kind: 'string', column: 'b.name' },
  currency: { kind: 'string', column: 'b.currency' },
  createdAt: { kind: 'dateTime', column: 'b.created_at' },
};

const orderProperty = { NAME: 'name', CREATED_AT: 'createdAt' } as const;

export function listPriceBooks(
  context: RequestContext,
  args: PageArgs & {
    isStandard?: boolean | null;
    active?: boolean | null;
    filter?: PriceBookFilter | null;
    orderBy?: PriceBookOrderBy | null;
  },
): Promise<Connection<PriceBookEntity>> {
  const query = context.db.select(PriceBookEntity, 'b');
  if (args.isStandard != null) query.andWhere('b.isStandard = :isStandard', { isStandard: args.isStandard });
  if (args.active != null) query.andWhere('b.active = :active', { active: args.active });
  applyFilter(query, args.filter, filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'name', direction: 'ASC' }),
    args,
  );
}

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
      query: () =>
        context.db
          .select(PriceBookEntryEntity, 'e')
          .andWhere('e.priceBookId = :priceBookId', { priceBookId }),
    },
    args,
  );
}

/** Product.prices: every price of a product, one query for a whole list of products. */
export function pricesOfProductLoader(context: RequestContext) {
  return context.loaders.get<string, PriceBookEntryEntity[]>('pricesByProduct', async (productIds) =>
    groupByKeys(
      productIds,
      await context.db.manager.find(PriceBookEntryEntity, {
        where: { productId: In([...productIds]), tenantId: context.db.tenantId },
        order: { createdAt: 'ASC' },
      }),
      (entry) => entry.productId,
    ),
  );
}

export function priceBookLoader(context: RequestContext) {
  return context.loaders.get<string, PriceBookEntity | null>('priceBookById', async (ids) =>
    byKeys(ids, await context.db.findByIds(PriceBookEntity, ids), (book) => book.id),
  );
}
