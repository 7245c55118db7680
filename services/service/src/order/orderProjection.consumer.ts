import {
  EventConsumer,
  isEventOfType,
  upsertNewer,
  type ConsumedEvent,
  type EventData,
  type KafkaClient,
} from '@crm/events';
import type { Logger } from '@crm/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { OrderProjectionEntity, OrderProjectionLineEntity } from './orderProjection.entity';

export const orderProjectionTopics = ['crm.sales.order'];

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
export async function applyToOrderProjection(event: ConsumedEvent, manager: EntityManager): Promise<void> {
  if (
    isEventOfType(event, 'crm.sales.order.placed.v1') ||
    isEventOfType(event, 'crm.sales.order.status_changed.v1') ||
    isEventOfType(event, 'crm.sales.order.cancelled.v1')
  ) {
    await applyOrder(manager, event.tenantId, event.data.order);
  }
}

export function orderProjectionConsumer(
  kafka: KafkaClient,
  dataSource: DataSource,
  groupPrefix: string,
  log: Logger,
) {
  return new EventConsumer({
    kafka,
    dataSource,
    groupId: `${groupPrefix}service.orders`,
    topics: orderProjectionTopics,
    handle: applyToOrderProjection,
    // A new group replays the whole topic (every tenant's history): many events per transaction.
    batch: {},
    log,
  });
}
