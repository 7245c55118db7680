import { defineList, loaderById, type ListArgs, type RequestContext } from '@crm/platform';
import type { ProductOrderField } from '../generated/graphql';
import { ProductEntity } from './product.entity';

/** The product list of the `active` given: defined per call, as `rows` does not see the list's own arguments. */
const productList = (active: boolean | null | undefined) =>
  defineList<ProductEntity, ProductOrderField>({
    entity: ProductEntity,
    alias: 'p',
    filter: { id: 'id', sku: 'string', name: 'string', family: 'string', createdAt: 'dateTime' },
    orderBy: { NAME: 'name', SKU: 'sku', CREATED_AT: 'createdAt' },
    defaultOrder: { property: 'name', direction: 'ASC' },
    rows: (context) => {
      const query = context.db.select(ProductEntity, 'p');
      if (active != null) query.andWhere('p.active = :active', { active });
      return query;
    },
    search: () => ({ where: '(p.name ILIKE :search OR p.sku ILIKE :search)' }),
  });

export const listProducts = (
  context: RequestContext,
  args: ListArgs<ProductOrderField> & { active?: boolean | null },
) => productList(args.active)(context, args);

export const productLoader = (context: RequestContext) => loaderById(context, ProductEntity);
