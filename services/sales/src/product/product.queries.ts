import {
  applyFilter,
  byKeys,
  containsPattern,
  paginate,
  sortOrder,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import type { ProductFilter, ProductOrderBy } from '../generated/graphql';
import { ProductEntity } from './product.entity';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 'p.id' },
  sku: { kind: 'string', column: 'p.sku' },
  name: { kind: 'string', column: 'p.name' },
  family: { kind: 'string', column: 'p.family' },
  createdAt: { kind: 'dateTime', column: 'p.created_at' },
};

const orderProperty = { NAME: 'name', SKU: 'sku', CREATED_AT: 'createdAt' } as const;

export function listProducts(
  context: RequestContext,
  args: PageArgs & {
    search?: string | null;
    active?: boolean | null;
    filter?: ProductFilter | null;
    orderBy?: ProductOrderBy | null;
  },
): Promise<Connection<ProductEntity>> {
  const query = context.db.select(ProductEntity, 'p');
  const search = args.search?.trim();
  if (search) {
    query.andWhere('(p.name ILIKE :search OR p.sku ILIKE :search)', { search: containsPattern(search) });
  }
  if (args.active != null) query.andWhere('p.active = :active', { active: args.active });
  applyFilter(query, args.filter, filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'name', direction: 'ASC' }),
    args,
  );
}

export function productLoader(context: RequestContext) {
  return context.loaders.get<string, ProductEntity | null>('productById', async (ids) =>
    byKeys(ids, await context.db.findByIds(ProductEntity, ids), (product) => product.id),
  );
}
