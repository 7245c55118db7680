import type { EntityManager } from 'typeorm';
import type { OrderFactEntity } from './orderFact.entity';
import type { RevenueDimension } from './revenueRollup.entity';

/** The customer attributes revenue is broken down by; '' is "none". */
export type CustomerAttributes = Record<'SEGMENT' | 'INDUSTRY' | 'REGION', string>;

/** An order entering (+1) or leaving (−1) the rollups. */
export interface Contribution {
  sign: 1 | -1;
  order: Pick<
    OrderFactEntity,
    'tenantId' | 'customerId' | 'ownerId' | 'currency' | 'total' | 'placedAt' | 'lines'
  >;
}

interface DimensionDelta {
  tenantId: string;
  currency: string;
  dimension: RevenueDimension;
  value: string;
  label: string;
  month: string;
  revenue: string;
  /** −1, 0 or 1 orders, times the contribution's sign. */
  orders: number;
}

const monthOf = (at: Date) => `${at.toISOString().slice(0, 7)}-01`;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const signed = (amount: string, sign: number) => (sign === 1 ? amount : `-${amount}`.replace('--', ''));

/**
 * Adds the orders' contributions to the rollups (days and months UTC), a statement per rollup for the
 * whole batch. An order that changes leaves with its old state and enters with its new one.
 */
export async function applyContributions(
  manager: EntityManager,
  contributions: Contribution[],
): Promise<void> {
  if (contributions.length === 0) return;
  const column = <T>(value: (c: Contribution) => T) => contributions.map(value);
  await manager.query(
    `INSERT INTO daily_revenue AS r (tenant_id, currency, day, revenue, order_count)
     SELECT t, c, d::date, sum(v), sum(n) FROM unnest($1::text[], $2::text[], $3::text[], $4::numeric[], $5::int[]) AS u(t, c, d, v, n)
     GROUP BY t, c, d
     ON CONFLICT (tenant_id, currency, day) DO UPDATE
       SET revenue = r.revenue + EXCLUDED.revenue, order_count = r.order_count + EXCLUDED.order_count`,
    [
      column((c) => c.order.tenantId),
      column((c) => c.order.currency),
      column((c) => dayOf(c.order.placedAt)),
      column((c) => signed(c.order.total, c.sign)),
      column((c) => c.sign),
    ],
  );
  await manager.query(
    `INSERT INTO customer_month_revenue AS r (tenant_id, customer_id, currency, month, revenue, order_count)
     SELECT t, k, c, m::date, sum(v), sum(n)
     FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::int[]) AS u(t, k, c, m, v, n)
     GROUP BY t, k, c, m
     ON CONFLICT (tenant_id, customer_id, currency, month) DO UPDATE
       SET revenue = r.revenue + EXCLUDED.revenue, order_count = r.order_count + EXCLUDED.order_count`,
    [
      column((c) => c.order.tenantId),
      column((c) => c.order.customerId),
      column((c) => c.order.currency),
      column((c) => monthOf(c.order.placedAt)),
      column((c) => signed(c.order.total, c.sign)),
      column((c) => c.sign),
    ],
  );
  const attributes = await customerAttributes(
    manager,
    contributions.map((c) => [c.order.tenantId, c.order.customerId]),
  );
  const deltas = contributions.flatMap(({ order, sign }) => {
    const month = monthOf(order.placedAt);
    const base = { tenantId: order.tenantId, currency: order.currency, month };
    const revenue = signed(order.total, sign);
    const customer = attributes.get(`${order.tenantId}|${order.customerId}`) ?? attributesOf(null);
    return [
      ...(Object.entries(customer) as [RevenueDimension, string][]).map(([dimension, value]) => ({
        ...base,
        dimension,
        value,
        label: value,
        revenue,
        orders: sign,
      })),
      {
        ...base,
        dimension: 'OWNER' as const,
        value: order.ownerId ?? '',
        label: order.ownerId ?? '',
        revenue,
        orders: sign,
      },
      // One row per line; the order counts once per product.
      ...order.lines.map((line, index) => ({
        ...base,
        dimension: 'PRODUCT' as const,
        value: line.productId,
        label: line.productName,
        revenue: signed(line.lineTotal, sign),
        orders: order.lines.findIndex((l) => l.productId === line.productId) === index ? sign : 0,
      })),
    ];
  });
  await addDimensionDeltas(manager, deltas);
}

export function attributesOf(
  customer: { segment: string | null; industry: string | null; country: string | null } | null,
): CustomerAttributes {
  return {
    SEGMENT: customer?.segment ?? '',
    INDUSTRY: customer?.industry ?? '',
    REGION: customer?.country ?? '',
  };
}

/** The current attributes of the customers, keyed `tenant|id` (share-locked against a concurrent move). */
async function customerAttributes(manager: EntityManager, keys: [string, string][]) {
  const rows = (await manager.query(
    `SELECT c.tenant_id, c.id, c.segment, c.industry, c.country FROM customer_fact c
     JOIN unnest($1::text[], $2::uuid[]) AS k(t, id) ON c.tenant_id = k.t AND c.id = k.id
     FOR SHARE OF c`,
    [keys.map(([tenant]) => tenant), keys.map(([, id]) => id)],
  )) as {
    tenant_id: string;
    id: string;
    segment: string | null;
    industry: string | null;
    country: string | null;
  }[];
  return new Map(rows.map((row) => [`${row.tenant_id}|${row.id}`, attributesOf(row)]));
}

async function addDimensionDeltas(manager: EntityManager, deltas: DimensionDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const column = <T>(value: (d: DimensionDelta) => T) => deltas.map(value);
  // Summed per key first: ON CONFLICT DO UPDATE may touch a row once per statement.
  await manager.query(
    `INSERT INTO monthly_dimension_revenue AS r (tenant_id, currency, dimension, value, month, label, revenue, order_count)
     SELECT t, c, d, v, m::date, max(l), sum(x), sum(n)
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::numeric[], $8::int[])
       AS u(t, c, d, v, l, m, x, n)
     GROUP BY t, c, d, v, m
     ON CONFLICT (tenant_id, currency, dimension, value, month) DO UPDATE
       SET revenue = r.revenue + EXCLUDED.revenue, order_count = r.order_count + EXCLUDED.order_count,
           label = EXCLUDED.label`,
    [
      column((d) => d.tenantId),
      column((d) => d.currency),
      column((d) => d.dimension),
      column((d) => d.value),
      column((d) => d.label),
      column((d) => d.month),
      column((d) => d.revenue),
      column((d) => d.orders),
    ],
  );
}

export interface AttributeChange {
  tenantId: string;
  customerId: string;
  before: CustomerAttributes;
  after: CustomerAttributes;
}

/**
 * Moves customers' revenue months from their old attribute values to the new ones (a customer whose
 * segment changes, or who becomes known after its orders arrived).
 */
export async function moveCustomerAttributes(
  manager: EntityManager,
  changes: AttributeChange[],
): Promise<void> {
  const moving = changes.filter((change) =>
    (Object.keys(change.after) as (keyof CustomerAttributes)[]).some(
      (d) => change.before[d] !== change.after[d],
    ),
  );
  if (moving.length === 0) return;
  const months = (await manager.query(
    `SELECT r.tenant_id, r.customer_id, r.currency, to_char(r.month, 'YYYY-MM-DD') AS month,
            r.revenue::text AS revenue, r.order_count
     FROM customer_month_revenue r
     JOIN unnest($1::text[], $2::uuid[]) AS k(t, id) ON r.tenant_id = k.t AND r.customer_id = k.id
     WHERE r.order_count <> 0`,
    [moving.map((c) => c.tenantId), moving.map((c) => c.customerId)],
  )) as {
    tenant_id: string;
    customer_id: string;
    currency: string;
    month: string;
    revenue: string;
    order_count: number;
  }[];
  const changeOf = new Map(moving.map((c) => [`${c.tenantId}|${c.customerId}`, c]));
  const deltas = months.flatMap((m) => {
    const change = changeOf.get(`${m.tenant_id}|${m.customer_id}`)!;
    const base = { tenantId: m.tenant_id, currency: m.currency, month: m.month };
    return (Object.keys(change.after) as (keyof CustomerAttributes)[])
      .filter((dimension) => change.before[dimension] !== change.after[dimension])
      .flatMap((dimension) => [
        {
          ...base,
          dimension,
          value: change.before[dimension],
          label: change.before[dimension],
          revenue: signed(m.revenue, -1),
          orders: -m.order_count,
        },
        {
          ...base,
          dimension,
          value: change.after[dimension],
          label: change.after[dimension],
          revenue: m.revenue,
          orders: m.order_count,
        },
      ]);
  });
  await addDimensionDeltas(manager, deltas);
}
