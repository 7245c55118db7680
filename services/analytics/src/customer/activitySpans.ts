import type { EntityManager } from 'typeorm';
import { defaultSettings } from '../settings/settings';

type CustomerKey = [tenantId: string, customerId: string];

/**
 * Recomputes the customers' activity spans from their counted orders under each tenant's inactivity
 * window: an order more than the window after the previous one starts a new span. Days are 24 hours.
 * A customer marked churned is inactive after that time: its spans end there at the latest.
 */
export async function refreshActivitySpans(manager: EntityManager, customers: CustomerKey[]): Promise<void> {
  if (customers.length === 0) return;
  const columns: [string[], string[]] = [
    customers.map(([tenantId]) => tenantId),
    customers.map(([, customerId]) => customerId),
  ];
  // Shared: a window change (exclusive, see lockActivityWindow) waits for the consumers, and they for it.
  await manager.query(
    `SELECT pg_advisory_xact_lock_shared(hashtext('analytics.activity-window'), hashtext(t))
     FROM (SELECT DISTINCT t FROM unnest($1::text[]) AS u(t) ORDER BY t) AS tenants`,
    [columns[0]],
  );
  // One refresh of a customer at a time (two replicas, or an order and a customer batch): the later
  // one's DELETE would not see the spans the earlier one inserted, and both would stay.
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtextextended(t || '|' || c, 0))
     FROM (SELECT DISTINCT t, c::text AS c FROM unnest($1::text[], $2::uuid[]) AS u(t, c) ORDER BY t, c) AS customers`,
    columns,
  );
  await manager.query(
    `DELETE FROM customer_activity_span s USING unnest($1::text[], $2::uuid[]) AS k(t, c)
     WHERE s.tenant_id = k.t AND s.customer_id = k.c`,
    columns,
  );
  await insertSpans(manager, columns);
}

/** Inserts the spans of the customers (tenant ids, customer ids), which have none now. */
async function insertSpans(manager: EntityManager, columns: [string[], string[]]): Promise<void> {
  await manager.query(
    `INSERT INTO customer_activity_span (tenant_id, customer_id, starts_at, ends_at)
     WITH orders AS (
       SELECT o.tenant_id, o.customer_id, o.placed_at,
              make_interval(hours => 24 * coalesce(s.inactivity_days, $3)) AS inactivity,
              lag(o.placed_at) OVER (PARTITION BY o.tenant_id, o.customer_id ORDER BY o.placed_at) AS previous
       FROM order_fact o
       JOIN (SELECT DISTINCT t, c FROM unnest($1::text[], $2::uuid[]) AS u(t, c)) AS k
         ON o.tenant_id = k.t AND o.customer_id = k.c
       LEFT JOIN analytics_settings s ON s.tenant_id = o.tenant_id
       WHERE o.counted
     ),
     runs AS (
       SELECT *, count(*) FILTER (WHERE previous IS NULL OR placed_at > previous + inactivity)
                   OVER (PARTITION BY tenant_id, customer_id ORDER BY placed_at) AS run
       FROM orders
     )
     SELECT * FROM (
       SELECT r.tenant_id, r.customer_id, min(r.placed_at) AS starts_at,
              least(max(r.placed_at) + r.inactivity, min(c.churned_at)) AS ends_at
       FROM runs r LEFT JOIN customer_fact c ON c.tenant_id = r.tenant_id AND c.id = r.customer_id
       GROUP BY r.tenant_id, r.customer_id, r.run, r.inactivity
     ) AS spans
     WHERE starts_at < ends_at`,
    [...columns, defaultSettings.inactivityDays],
  );
}

/**
 * Taken first by a transaction that changes the tenant's window: the read-model generation shared,
 * as consumers take it (a rebuild's TRUNCATE then waits for the whole change instead of deadlocking
 * with it), then the tenant's window exclusively, so that no consumer writes spans of the old window
 * and two changes do not interleave.
 */
export async function lockActivityWindow(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query('SELECT generation FROM read_model_generation WHERE id = 1 FOR SHARE');
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('analytics.activity-window'), hashtext($1))`, [
    tenantId,
  ]);
}

/**
 * Every span of the tenant afresh, after its window changed (in the change's transaction). The window
 * lock keeps the consumers out, so the customers need no locks of their own.
 */
export async function recomputeTenantActivitySpans(manager: EntityManager, tenantId: string): Promise<void> {
  await lockActivityWindow(manager, tenantId);
  await manager.query('DELETE FROM customer_activity_span WHERE tenant_id = $1', [tenantId]);
  const customers = (await manager.query(
    'SELECT DISTINCT customer_id FROM order_fact WHERE tenant_id = $1 AND counted',
    [tenantId],
  )) as { customer_id: string }[];
  await insertSpans(manager, [customers.map(() => tenantId), customers.map((row) => row.customer_id)]);
}
