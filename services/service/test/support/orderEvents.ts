import { randomUUID } from 'node:crypto';
import { encodeCloudEvent, producerDefaults, type EncodedKafkaMessage, type EventData } from '@crm/events';
import { waitFor } from '@crm/testkit';
import type { ServiceTestService } from './serviceTestService';

/** Orders as the sales service publishes them, for the service's order projection. */

export type OrderState = EventData<'crm.sales.order.placed.v1'>['order'];
export type OrderLineState = OrderState['lines'][number];

/** A line of `quantity` units at `unitPrice` without discount. */
export function orderLine(
  position: number,
  quantity: number,
  unitPrice: string,
  sku = `SKU-${position}`,
): OrderLineState {
  const lineTotal = (Number(unitPrice) * quantity).toFixed(2);
  return {
    id: randomUUID(),
    position,
    productId: randomUUID(),
    sku,
    productName: `Product ${sku}`,
    quantity,
    unitPrice,
    listPrice: unitPrice,
    priceOverridden: false,
    discountPercent: '0',
    lineTotal,
  };
}

export function orderState(
  tenantId: string,
  customerId: string,
  fields: Partial<OrderState> = {},
): OrderState {
  return {
    id: randomUUID(),
    tenantId,
    number: 'SO-000001',
    customerId,
    opportunityId: null,
    ownerId: null,
    currency: 'EUR',
    status: 'CONFIRMED',
    lines: [{ ...orderLine(1, 4, '100.00', 'CHAIR-1'), productName: 'Chair' }],
    subtotal: '400.00',
    discountTotal: '0.00',
    total: '400.00',
    requestedDeliveryDate: null,
    actualDeliveryDate: null,
    confirmedAt: '2026-03-01T09:00:00.000Z',
    shippedAt: null,
    deliveredAt: null,
    cancelledAt: null,
    cancellationReason: null,
    version: 1,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...fields,
  };
}

/** The order delivered on `date` (one version later). */
export function deliveredOrder(order: OrderState, date: string): OrderState {
  return {
    ...order,
    status: 'DELIVERED',
    actualDeliveryDate: date,
    deliveredAt: `${date}T15:00:00.000Z`,
    version: order.version + 1,
    updatedAt: `${date}T15:00:00.000Z`,
  };
}

export function orderEvent(
  name: 'placed' | 'status_changed' | 'cancelled',
  order: OrderState,
  id: string = randomUUID(),
): EncodedKafkaMessage {
  const previous = name === 'placed' ? {} : { previousStatus: 'CONFIRMED' as const };
  return encodeCloudEvent({
    id,
    type: `crm.sales.order.${name}.v1`,
    subject: order.id,
    tenantId: order.tenantId,
    time: order.updatedAt,
    source: '/crm/sales',
    data: { order, changedFields: name === 'placed' ? [] : ['status'], ...previous },
  });
}

export async function publishOrderEvents(app: ServiceTestService, messages: EncodedKafkaMessage[]) {
  const producer = app.service.kafka.producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({ topic: 'crm.sales.order', messages });
  } finally {
    await producer.disconnect();
  }
}

/** Waits until the consumer has applied (or skipped as stale) the event with this id. */
export function eventProcessed(app: ServiceTestService, eventId: string) {
  return waitFor(
    async () => {
      const rows = await app.sql('SELECT 1 FROM inbox WHERE event_id = $1', [eventId]);
      return rows.length > 0;
    },
    { timeoutMs: 20_000, what: `event ${eventId} in the inbox` },
  );
}

/** Publishes the orders' events and waits until the projection has applied every one. */
export async function projectOrders(
  app: ServiceTestService,
  events: { name: 'placed' | 'status_changed'; order: OrderState }[],
) {
  const ids = events.map(() => randomUUID());
  await publishOrderEvents(
    app,
    events.map((event, index) => orderEvent(event.name, event.order, ids[index])),
  );
  for (const id of ids) await eventProcessed(app, id);
}
