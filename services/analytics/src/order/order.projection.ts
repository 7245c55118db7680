import {
  upsertNewer,
  latestPerKey,
  defineProjection,
  type ConsumedEventOf,
  type EventData,
} from '@crm/events';
import type { EntityManager } from 'typeorm';
import { refreshActivitySpans } from '../customer/activitySpans';
import { OrderFactEntity } from './orderFact.entity';
import { applyContributions, type Contribution } from './revenueRollups';

type OrderSnapshot = EventData<'crm.sales.order.placed.v1'>['order'];

export type OrderEvent = ConsumedEventOf<
  'crm.sales.order.placed.v1' | 'crm.sales.order.status_changed.v1' | 'crm.sales.order.cancelled.v1'
>;

/** docs/architecture.md §9: revenue is the orders that are not cancelled; a DRAFT order is not placed yet. */
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
 * Keeps each order's newest state and moves its contribution in the rollups (a cancelled order leaves
 * them), then recomputes the metrics and activity spans of the customers concerned; a statement per step for the batch.
 */
export async function applyOrderEvents(manager: EntityManager, events: OrderEvent[]): Promise<void> {
  const next = latestPerKey(
    events,
    (e) => `${e.tenantId}|${e.data.order.id}`,
    (e) => e.data.order.version,
  ).map((e) => orderFact(e.tenantId, e.data.order));
  const stored = (await manager.query(
    `SELECT o.tenant_id, o.id, o.customer_id, o.owner_id, o.currency, o.counted, o.total::text AS total,
            o.placed_at, o.lines, o.version
     FROM order_fact o JOIN unnest($1::text[], $2::uuid[]) AS k(t, id) ON o.tenant_id = k.t AND o.id = k.id
     FOR UPDATE OF o`,
    [next.map((o) => o.tenantId), next.map((o) => o.id)],
  )) as {
    tenant_id: string;
    id: string;
    customer_id: string;
    owner_id: string | null;
    currency: string;
    counted: boolean;
    total: string;
    placed_at: Date;
    lines: OrderFactEntity['lines'];
    version: number;
  }[];
  const previousOf = new Map(stored.map((row) => [`${row.tenant_id}|${row.id}`, row]));
  const contributions: Contribution[] = [];
  const touched = new Map<string, [string, string, string]>();
  const changed: OrderFactEntity[] = [];
  for (const order of next) {
    const previous = previousOf.get(`${order.tenantId}|${order.id}`);
    if (previous && previous.version >= order.version) continue;
    changed.push(order);
    if (previous?.counted) {
      const before = {
        tenantId: previous.tenant_id,
        customerId: previous.customer_id,
        ownerId: previous.owner_id,
        currency: previous.currency,
        total: previous.total,
        placedAt: previous.placed_at,
        lines: previous.lines,
      };
      contributions.push({ sign: -1, order: before });
      touched.set(`${before.tenantId}|${before.customerId}|${before.currency}`, [
        before.tenantId,
        before.customerId,
        before.currency,
      ]);
    }
    if (order.counted) contributions.push({ sign: 1, order });
    touched.set(`${order.tenantId}|${order.customerId}|${order.currency}`, [
      order.tenantId,
      order.customerId,
      order.currency,
    ]);
  }
  if (changed.length === 0) return;
  const customers = [...touched.values()];
  const cohortsBefore = await cohortCells(manager, customers);
  await upsertNewer(manager, OrderFactEntity, changed);
  await applyContributions(manager, contributions);
  await refreshCustomerMetrics(manager, customers);
  await refreshActivitySpans(
    manager,
    customers.map(([tenantId, customerId]) => [tenantId, customerId]),
  );
  await addCohortCells(manager, cohortsBefore, -1);
  await addCohortCells(manager, await cohortCells(manager, customers), 1);
}

interface CohortCell {
  tenant_id: string;
  currency: string;
  cohort: string;
  active: string;
}

/** The customers' (cohort month, month with an order) cells as customer_metrics and the months say now. */
async function cohortCells(manager: EntityManager, keys: [string, string, string][]): Promise<CohortCell[]> {
  return (await manager.query(
    `SELECT m.tenant_id, m.currency, to_char(date_trunc('month', m.first_order_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS cohort,
            to_char(r.month, 'YYYY-MM-DD') AS active
     FROM customer_metrics m
     JOIN unnest($1::text[], $2::uuid[], $3::text[]) AS k(t, c, cur)
       ON m.tenant_id = k.t AND m.customer_id = k.c AND m.currency = k.cur
     JOIN customer_month_revenue r ON r.tenant_id = m.tenant_id AND r.customer_id = m.customer_id
       AND r.currency = m.currency AND r.order_count > 0`,
    [keys.map(([t]) => t), keys.map(([, c]) => c), keys.map(([, , currency]) => currency)],
  )) as CohortCell[];
}

async function addCohortCells(manager: EntityManager, cells: CohortCell[], sign: 1 | -1): Promise<void> {
  if (cells.length === 0) return;
  await manager.query(
    `INSERT INTO cohort_activity AS a (tenant_id, currency, cohort_month, active_month, customers)
     SELECT t, c, k::date, m::date, count(*) * $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(t, c, k, m)
     GROUP BY t, c, k, m
     ON CONFLICT (tenant_id, currency, cohort_month, active_month) DO UPDATE SET customers = a.customers + EXCLUDED.customers`,
    [
      cells.map((x) => x.tenant_id),
      cells.map((x) => x.currency),
      cells.map((x) => x.cohort),
      cells.map((x) => x.active),
      sign,
    ],
  );
}

/** The customers' rows of customer_metrics, recomputed from their orders in that currency (gone when none count). */
async function refreshCustomerMetrics(
  manager: EntityManager,
  keys: [string, string, string][],
): Promise<void> {
  const parameters = [keys.map(([t]) => t), keys.map(([, c]) => c), keys.map(([, , currency]) => currency)];
  await manager.query(
    `DELETE FROM customer_metrics m USING unnest($1::text[], $2::uuid[], $3::text[]) AS k(t, c, cur)
     WHERE m.tenant_id = k.t AND m.customer_id = k.c AND m.currency = k.cur`,
    parameters,
  );
  await manager.query(
    `INSERT INTO customer_metrics (tenant_id, customer_id, currency, revenue, order_count, first_order_at, last_order_at)
     SELECT o.tenant_id, o.customer_id, o.currency, sum(o.total), count(*), min(o.placed_at), max(o.placed_at)
     FROM order_fact o JOIN unnest($1::text[], $2::uuid[], $3::text[]) AS k(t, c, cur)
       ON o.tenant_id = k.t AND o.customer_id = k.c AND o.currency = k.cur
     WHERE o.counted
     GROUP BY o.tenant_id, o.customer_id, o.currency`,
    parameters,
  );
}

export const orderFacts = defineProjection({
  name: 'orderFacts',
  description: 'Orders with their totals and status, the revenue rollups and the activity spans of churn.',
  handles: ['crm.sales.order.placed.v1', 'crm.sales.order.status_changed.v1', 'crm.sales.order.cancelled.v1'],
  applyAll: (events, manager) => applyOrderEvents(manager, events),
});
