import {
  defineList,
  groupByKeys,
  loaderByParent,
  type PageArgs,
  type RequestContext,
  type SortKey,
  seesOnlyOwnRecords,
} from '@crm/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { OrderOrderField } from '../generated/graphql';
import { OrderEntity, OrderLineEntity } from './order.entity';
import { parseOrderNumber } from './order.rules';
import { ownedLoader, ownedOfCustomer, visibleRecords } from '../ownership';

/** The tenant's orders this caller may see. */
export function visibleOrders(context: RequestContext, alias = 'o'): SelectQueryBuilder<OrderEntity> {
  return visibleRecords(context, OrderEntity, alias);
}

/** The order list: a sales rep's own; search by number or a line's product, typed filter, keyset pages. */
export const listOrders = defineList<OrderEntity, OrderOrderField>({
  entity: OrderEntity,
  alias: 'o',
  filter: {
    id: 'id',
    status: 'enum',
    approvalStatus: { kind: 'enum', column: 'o.approval_status' },
    customerId: 'id',
    opportunityId: 'id',
    ownerId: 'string',
    currency: 'string',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
  },
  orderBy: { NUMBER: 'number', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' },
  defaultOrder: { property: 'number', direction: 'DESC' },
  rows: (context) => visibleOrders(context),
  // The order number, or a product (SKU or name) on one of its lines.
  search: (text) => ({
    where: `(o.number = :searchNumber OR EXISTS (SELECT 1 FROM order_line sl WHERE sl.order_id = o.id
         AND sl.tenant_id = o.tenant_id AND (sl.sku ILIKE :search OR sl.product_name ILIKE :search)))`,
    params: { searchNumber: parseOrderNumber(text) ?? -1 },
  }),
});

const newestFirst: SortKey[] = [{ property: 'number', direction: 'DESC' }];

/** Customer.orders: the first pages of a list of customers load together. */
export const ordersOfCustomer = (context: RequestContext, customerId: string, args: PageArgs) =>
  ownedOfCustomer(context, OrderEntity, customerId, newestFirst, args);

/** Batches order lookups of one request (`order(id)`, `_entities`); orders the caller may not see are null. */
export const orderLoader = (context: RequestContext) => ownedLoader(context, OrderEntity);

/** Order.lines: one query for the lines of every order in a request. */
export const orderLinesLoader = (context: RequestContext) =>
  loaderByParent(context, OrderLineEntity, 'orderId', { position: 'ASC' });

export interface MoneyAmount {
  amount: string;
  currency: string;
}

/**
 * Customer.revenue: per currency, the sum of the totals of its placed orders that are not cancelled
 * (a DRAFT is not placed yet), summed by PostgreSQL's numeric; one query for a whole list of customers.
 * A sales rep's figure covers the orders they can see.
 */
export function revenueLoader(context: RequestContext) {
  return context.loaders.get<string, MoneyAmount[]>('revenueByCustomer', async (customerIds) => {
    const own = seesOnlyOwnRecords(context.user);
    const rows: { customer_id: string; currency: string; amount: string }[] = await context.db.manager.query(
      `SELECT customer_id, currency, sum(total)::text AS amount FROM sales_order
       WHERE tenant_id = $1 AND customer_id = ANY($2) AND status NOT IN ('DRAFT', 'CANCELLED')
       ${own ? 'AND owner_id = $3' : ''}
       GROUP BY customer_id, currency ORDER BY currency`,
      [context.db.tenantId, [...customerIds], ...(own ? [context.user.userId] : [])],
    );
    return groupByKeys(customerIds, rows, (row) => row.customer_id).map((group) =>
      group.map((row) => ({ amount: row.amount, currency: row.currency })),
    );
  });
}
