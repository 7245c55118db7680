import { defineProjection, upsertNewer, type ConsumedEventOf, type EventData } from '@crm/events';
import type { EntityManager } from 'typeorm';
import { OrderProjectionEntity, OrderProjectionLineEntity } from './orderProjection.entity';

const orderEvents = [
  'crm.sales.order.placed.v1',
  'crm.sales.order.status_changed.v1',
  'crm.sales.order.cancelled.v1',
] as const;

/** An order as the sales service publishes it (the same in placed, status_changed and cancelled). */
type OrderSnapshot = EventData<'crm.sales.order.placed.v1'>['order'];

/** Inserts or updates the order when the event is newer; its lines follow the applied state. */
async function applyOrder(manager: EntityManager, tenantId: string, order: OrderSnapshot): Promise<void> {
  const row: OrderProjectionEntity = {
    id: order.id,
    tenantId,
    customerId: order.customerId,
    number: order.number,
    status: order.status,
    currency: order.currency,
    deliveredAt: order.deliveredAt ? new Date(order.deliveredAt) : null,
    actualDeliveryDate: order.actualDeliveryDate,
    version: order.version,
  };
  // Stale or another tenant's: nothing changes.
  if (!(await upsertNewer(manager, OrderProjectionEntity, row))) return;
  await manager.delete(OrderProjectionLineEntity, { orderId: order.id, tenantId });
  await manager.insert(
    OrderProjectionLineEntity,
    order.lines.map((line) => ({
      id: line.id,
      tenantId,
      orderId: order.id,
      position: line.position,
      productId: line.productId,
      sku: line.sku,
      productName: line.productName,
      quantity: line.quantity,
      lineTotal: line.lineTotal,
    })),
  );
}

/** Applies one order event to the service's order projection; the consumer's inbox makes a repeat a no-op. */
export async function applyToOrderProjection(
  event: ConsumedEventOf<(typeof orderEvents)[number]>,
  manager: EntityManager,
): Promise<void> {
  await applyOrder(manager, event.tenantId, event.data.order);
}

/** The orders tickets are about: their status, delivery and lines (returns, exchanges, warranty checks). */
export const ordersProjection = defineProjection({
  name: 'orders',
  description:
    'Keeps the orders tickets may be about: status, delivery date and lines, for returns, exchanges and warranty checks.',
  handles: orderEvents,
  applyEach: applyToOrderProjection,
  // A new group replays the whole topic (every tenant's history): many events per transaction.
  batched: true,
});
