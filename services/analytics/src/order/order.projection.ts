import type { ConsumedEventOf, EventData } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { upsertNewer } from '../readModel/upsertNewer';
import { OrderFactEntity } from './orderFact.entity';
import { applyOrderToRollups } from './revenueRollups';

type OrderSnapshot = EventData<'crm.sales.order.placed.v1'>['order'];

type OrderEvent = ConsumedEventOf<
  'crm.sales.order.placed.v1' | 'crm.sales.order.status_changed.v1' | 'crm.sales.order.cancelled.v1'
>;

/** DESIGN §9: revenue is the orders that are not cancelled; a DRAFT order is not placed yet. */
export function countsAsRevenue(status: string): boolean {
  return status !== 'CANCELLED' && status !== 'DRAFT';
}

function orderFact(tenantId: string, order: OrderSnapshot): OrderFactEntity {
  return {
    tenantId,
    id: order.id,
    customerId: order.customerId,
    ownerId: order.ownerId,
    currency: order.currency,
    status: order.status,
    counted: countsAsRevenue(order.status),
    total: order.total,
    placedAt: new Date(order.confirmedAt ?? order.createdAt),
    lines: order.lines.map((line) => ({
      productId: line.productId,
      productName: line.productName,
      quantity: line.quantity,
      lineTotal: line.lineTotal,
    })),
    version: order.version,
  };
}

/**
 * Keeps the order and, when it is newer than what is stored, moves its contribution in the rollups
 * (a cancelled order leaves them) and recomputes its customer's metrics.
 */
export async function applyOrderEvent(manager: EntityManager, event: OrderEvent): Promise<void> {
  const next = orderFact(event.tenantId, event.data.order);
  const [previous] = await manager.find(OrderFactEntity, {
    where: { tenantId: event.tenantId, id: next.id },
    lock: { mode: 'pessimistic_write' },
  });
  if (previous && previous.version >= next.version) return;
  await upsertNewer(manager, OrderFactEntity, next);
  const before = previous?.counted ? { ...previous, total: String(previous.total) } : null;
  await applyOrderToRollups(manager, event.tenantId, before, next.counted ? next : null);
  await refreshCustomerMetrics(manager, event.tenantId, next.customerId, next.currency);
  if (previous && (previous.customerId !== next.customerId || previous.currency !== next.currency)) {
    await refreshCustomerMetrics(manager, event.tenantId, previous.customerId, previous.currency);
  }
}

/** The customer's row of customer_metrics, recomputed from its orders in that currency (gone when none count). */
async function refreshCustomerMetrics(
  manager: EntityManager,
  tenantId: string,
  customerId: string,
  currency: string,
): Promise<void> {
  await manager.query(
    'DELETE FROM customer_metrics WHERE tenant_id = $1 AND customer_id = $2 AND currency = $3',
    [tenantId, customerId, currency],
  );
  await manager.query(
    `INSERT INTO customer_metrics (tenant_id, customer_id, currency, revenue, order_count, first_order_at, last_order_at)
     SELECT $1, $2, $3, sum(total), count(*), min(placed_at), max(placed_at)
     FROM order_fact WHERE tenant_id = $1 AND customer_id = $2 AND currency = $3 AND counted
     HAVING count(*) > 0`,
    [tenantId, customerId, currency],
  );
}
