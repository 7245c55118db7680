import {
  applyFilter,
  byKeys,
  childConnection,
  containsPattern,
  groupByKeys,
  paginate,
  sortOrder,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
  type SortKey,
} from '@crm/platform';
import { In, type SelectQueryBuilder } from 'typeorm';
import type { OrderFilter, OrderOrderBy } from '../generated/graphql';
import { OrderEntity, OrderLineEntity } from './order.entity';
import { parseOrderNumber } from './order.rules';
import { seesOnlyOwnRecords, isVisibleRecord, visibleRecords, ownerScope } from '../ownership';

const filterSpec: FilterSpec = {
  id: { kind: 'id', column: 'o.id' },
  status: { kind: 'enum', column: 'o.status' },
  customerId: { kind: 'id', column: 'o.customer_id' },
  opportunityId: { kind: 'id', column: 'o.opportunity_id' },
  ownerId: { kind: 'string', column: 'o.owner_id' },
  currency: { kind: 'string', column: 'o.currency' },
  createdAt: { kind: 'dateTime', column: 'o.created_at' },
  updatedAt: { kind: 'dateTime', column: 'o.updated_at' },
};

const orderProperty = { NUMBER: 'number', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** The tenant's orders this caller may see. */
export function visibleOrders(context: RequestContext, alias = 'o'): SelectQueryBuilder<OrderEntity> {
  return visibleRecords(context, OrderEntity, alias);
}

export function listOrders(
  context: RequestContext,
  args: PageArgs & { search?: string | null; filter?: OrderFilter | null; orderBy?: OrderOrderBy | null },
): Promise<Connection<OrderEntity>> {
  const query = visibleOrders(context);
  const search = args.search?.trim();
  if (search) {
    // The order number, or a product (SKU or name) on one of its lines.
    query.andWhere(
      `(o.number = :searchNumber OR EXISTS (SELECT 1 FROM order_line sl WHERE sl.order_id = o.id
         AND sl.tenant_id = o.tenant_id AND (sl.sku ILIKE :search OR sl.product_name ILIKE :search)))`,
      { searchNumber: parseOrderNumber(search) ?? -1, search: containsPattern(search) },
    );
  }
  applyFilter(query, args.filter, filterSpec);
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'number', direction: 'DESC' }),
    args,
  );
}

const newestFirst: SortKey[] = [{ property: 'number', direction: 'DESC' }];

/** Customer.orders: the first pages of a list of customers load together. */
export function ordersOfCustomer(
  context: RequestContext,
  customerId: string,
  args: PageArgs,
): Promise<Connection<OrderEntity>> {
  return childConnection(
    context,
    {
      entity: OrderEntity,
      parentProperty: 'customerId',
      parentId: customerId,
      sort: newestFirst,
      scope: ownerScope(context),
      query: () => visibleOrders(context).andWhere('o.customerId = :customerId', { customerId }),
    },
    args,
  );
}

/** Batches order lookups of one request (`order(id)`, `_entities`); orders the caller may not see are null. */
export function orderLoader(context: RequestContext) {
  return context.loaders.get<string, OrderEntity | null>('orderById', async (ids) =>
    byKeys(ids, await context.db.findByIds(OrderEntity, ids), (order) => order.id).map((order) =>
      order && isVisibleRecord(context, order) ? order : null,
    ),
  );
}

/** Order.lines: one query for the lines of every order in a request. */
export function orderLinesLoader(context: RequestContext) {
  return context.loaders.get<string, OrderLineEntity[]>('linesByOrder', async (orderIds) =>
    groupByKeys(
      orderIds,
      await context.db.manager.find(OrderLineEntity, {
        where: { orderId: In([...orderIds]), tenantId: context.db.tenantId },
        order: { position: 'ASC' },
      }),
      (line) => line.orderId,
    ),
  );
}

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
