import { defineList, loaderById, type ListArgs, type RequestContext } from '@crm/platform';
import type { ProductOrderField } from '../generated/graphql';
import { ProductEntity } from './product.entity';

/** The product list; `active` narrows it to active or inactive products. */
export const listProducts = defineList<
  ProductEntity,
  ProductOrderField,
  ListArgs<ProductOrderField> & { active?: boolean | null }
>({
  entity: ProductEntity,
  alias: 'p',
  filter: { id: 'id', sku: 'string', name: 'string', family: 'string', createdAt: 'dateTime' },
  orderBy: { NAME: 'name', SKU: 'sku', CREATED_AT: 'createdAt' },
  defaultOrder: { property: 'name', direction: 'ASC' },
  rows: (context, { active }) => {
    const query = context.db.select(ProductEntity, 'p');
    if (active != null) query.andWhere('p.active = :active', { active });
    return query;
  },
  search: () => ({ where: '(p.name ILIKE :search OR p.sku ILIKE :search)' }),
});

export const productLoader = (context: RequestContext) => loaderById(context, ProductEntity);
