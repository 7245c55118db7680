import type { EntityManager } from 'typeorm';
import { defaultSettings } from '../settings/analyticsSettings';

/**
 * The tenant's span writers (order consumers, shared) against a change of its window (exclusive): a
 * consumer never writes spans of the old window after the change recomputed them all.
 */
const windowLock = (mode: 'shared' | 'exclusive') =>
  `SELECT ${mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}(hashtext('analytics.activity-window'), hashtext(t))
   FROM (SELECT DISTINCT t FROM unnest($1::text[]) AS u(t) ORDER BY t) AS tenants`;

/**
 * Recomputes the customers' activity spans from their counted orders under each tenant's inactivity
 * window: an order more than the window after the previous one starts a new span. Days are 24 hours.
 * A customer marked churned is inactive after that time: its spans end there at the latest.
 */
export async function refreshActivitySpans(
  manager: EntityManager,
  customers: [tenantId: string, customerId: string][],
): Promise<void> {
  if (customers.length === 0) return;
  const keys = [customers.map(([tenantId]) => tenantId), customers.map(([, customerId]) => customerId)];
  await manager.query(windowLock('shared'), [keys[0]]);
  await manager.query(
    `DELETE FROM customer_activity_span s USING unnest($1::text[], $2::uuid[]) AS k(t, c)
     WHERE s.tenant_id = k.t AND s.customer_id = k.c`,
    keys,
  );
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
    [...keys, defaultSettings.inactivityDays],
  );
}

/** Every span of the tenant afresh, after its window changed (in the change's transaction). */
export async function recomputeTenantActivitySpans(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query(windowLock('exclusive'), [[tenantId]]);
  await manager.query('DELETE FROM customer_activity_span WHERE tenant_id = $1', [tenantId]);
  const customers = (await manager.query(
    'SELECT DISTINCT customer_id FROM order_fact WHERE tenant_id = $1 AND counted',
    [tenantId],
  )) as { customer_id: string }[];
  await refreshActivitySpans(
    manager,
    customers.map(({ customer_id }) => [tenantId, customer_id]),
  );
}
